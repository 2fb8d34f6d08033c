import { useState } from 'react';
import type { Conversation } from '../../../../electron/shared/chat.ts';
import { api } from '../../lib/api.ts';

export function ConversationList(props: {
  items: Conversation[] | null;
  hasMore: boolean;
  onShowMore: () => void;
  selectedId: number | null;
  onSelect: (id: number | null) => void;
  onError: (message: string) => void;
}) {
  const { items, selectedId, onSelect, onError } = props;
  const [renaming, setRenaming] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);

  const rename = async (id: number) => {
    const result = await api.invoke('conversations.rename', { id, title: draft });
    if (!result.ok) return onError(result.error.message);
    setRenaming(null);
  };
  const remove = async (id: number) => {
    const result = await api.invoke('conversations.delete', { id });
    setConfirmDelete(null);
    if (!result.ok) return onError(result.error.message);
    if (id === selectedId) onSelect(null);
  };

  return (
    <nav className="conversations" id="conversation-list" aria-label="Conversations">
      <button type="button" className="new-conversation" onClick={() => onSelect(null)}>
        + New conversation
      </button>
      {items?.length === 0 && <p className="muted small">Your conversations will be kept here.</p>}
      <ul>
        {items?.map((c) => (
          <li key={c.id} className={c.id === selectedId ? 'selected' : undefined}>
            {renaming === c.id ? (
              <input
                type="text"
                aria-label="Conversation title"
                value={draft}
                autoFocus
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') void rename(c.id);
                  if (e.key === 'Escape') setRenaming(null);
                }}
                onBlur={() => setRenaming(null)}
              />
            ) : confirmDelete === c.id ? (
              <div className="confirm-delete" role="group" aria-label={`Delete ${c.title}?`}>
                <span>Delete this conversation?</span>
                <button type="button" onClick={() => void remove(c.id)}>
                  Delete
                </button>
                <button type="button" onClick={() => setConfirmDelete(null)}>
                  Keep
                </button>
              </div>
            ) : (
              <>
                <button
                  type="button"
                  className="conversation-title"
                  dir="auto"
                  aria-current={c.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(c.id)}
                  title={c.title}
                >
                  {c.title}
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Rename ${c.title}`}
                  onClick={() => {
                    setDraft(c.title);
                    setRenaming(c.id);
                  }}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="icon"
                  aria-label={`Delete conversation ${c.title}`}
                  onClick={() => setConfirmDelete(c.id)}
                >
                  ×
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      {props.hasMore && (
        <button type="button" className="link show-more" onClick={props.onShowMore}>
          Show older conversations
        </button>
      )}
    </nav>
  );
}
