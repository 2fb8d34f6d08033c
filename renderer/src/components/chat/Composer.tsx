import { type FormEvent, type KeyboardEvent, useState } from 'react';
import { MESSAGE_MAX } from '../../../../electron/shared/limits.ts';
import { clip } from '../../../../electron/shared/text.ts';
import { LengthCounter } from '../LengthCounter.tsx';
import './Composer.css';

export function Composer(props: {
  busy: boolean;
  onSend: (text: string) => Promise<boolean>;
  onStop: () => void;
}) {
  const [text, setText] = useState('');

  const send = async () => {
    if (props.busy || !text.trim()) return;
    const sent = text;
    setText('');
    // Whatever happens, the words are not lost: they come back if the message wasn't taken.
    if (!(await props.onSend(sent))) setText((current) => current || sent);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="composer"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void send();
      }}
    >
      <textarea
        aria-label="Message"
        title="Message (/)"
        dir="auto"
        placeholder="Ask me to add, list, complete or change tasks…"
        rows={2}
        value={text}
        onChange={(e) => setText(clip(e.target.value, MESSAGE_MAX))}
        onKeyDown={onKeyDown}
      />
      <LengthCounter text={text} max={MESSAGE_MAX} near={500} />
      {props.busy ? (
        <button type="button" onClick={props.onStop}>
          Stop
        </button>
      ) : (
        <button type="submit" className="primary" disabled={!text.trim()}>
          Send
        </button>
      )}
    </form>
  );
}
