// Where the assistant's answers come from: the built-in assistant (offline), OpenAI, or a local
// OpenAI-compatible server such as Ollama or LM Studio.
import { type FormEvent, useId, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/shared/ipc/contract.ts';
import type { Provider, Settings } from '../../../../electron/shared/settings.ts';
import { useQuery } from '../../hooks/use-query.ts';
import { api } from '../../lib/api.ts';
import { Dialog } from '../Dialog.tsx';
import { DialogMessage } from '../DialogMessage.tsx';
import { ErrorBanner } from '../ErrorBanner.tsx';
import { ReminderSettings } from '../ReminderSettings.tsx';
import { McpSettings } from './McpSettings.tsx';
import { ModelFiles } from './ModelFiles.tsx';

type KeyStatus = ChannelOutput<'model.status'>;

const PROVIDER_LABELS: Record<Provider, string> = {
  builtin: 'Built-in assistant (offline)',
  openai: 'OpenAI',
  'openai-compatible': 'Local or other server (OpenAI-compatible)',
  embedded: 'Built-in model (this computer)',
};

export function ModelSettings({ onClose }: { onClose: () => void }) {
  const settings = useQuery('settings.get', {});
  const status = useQuery('model.status', {});
  // What the person has edited, over what was loaded.
  const [edited, setForm] = useState<Settings | null>(null);
  const [stored, setKey] = useState<KeyStatus | null>(null);
  const form = edited ?? settings.value;
  const key = stored ?? status.value;
  const [apiKey, setApiKey] = useState('');
  const [models, setModels] = useState<string[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  // The downloaded model chosen in this dialog (undefined: as saved).
  const [modelFile, setModelFile] = useState<string | null | undefined>(undefined);
  const listId = useId();

  const loadError = settings.error ?? status.error;
  if (loadError)
    return (
      <Dialog
        title="Assistant settings"
        onClose={onClose}
        actions={
          <button type="button" className="primary" onClick={onClose}>
            Close
          </button>
        }
      >
        <ErrorBanner message={loadError} onDismiss={onClose} />
      </Dialog>
    );
  if (!form) return null;
  const set = (patch: Partial<Settings>) => setForm({ ...form, ...patch });

  const save = async () => {
    const result = await api.invoke('settings.update', {
      provider: form.provider,
      baseUrl: form.baseUrl,
      model: form.model,
      modelPath: form.modelPath,
      quickAddDates: form.quickAddDates,
      dateOrder: form.dateOrder,
      reminderTime: form.reminderTime,
    });
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return false;
    }
    if (form.provider === 'embedded' && modelFile) {
      const used = await api.invoke('models.use', { fileName: modelFile });
      if (!used.ok) {
        setMessage({ text: used.error.message, error: true });
        return false;
      }
    }
    if (apiKey.trim()) {
      const stored = await api.invoke('model.setApiKey', { apiKey });
      if (!stored.ok) {
        setMessage({ text: stored.error.message, error: true });
        return false;
      }
      setKey(stored.value);
      setApiKey('');
    }
    return true;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save()) onClose();
  };

  const test = async () => {
    setBusy(true);
    setMessage(null);
    if (await save()) {
      const result = await api.invoke('model.test', {});
      if (result.ok) {
        setModels(result.value.models);
        setMessage({ text: result.value.message, error: !result.value.ok });
      } else setMessage({ text: result.error.message, error: true });
    }
    setBusy(false);
  };

  const remote = form.provider === 'openai' || form.provider === 'openai-compatible';
  return (
    <Dialog
      title="Assistant settings"
      onClose={onClose}
      onSubmit={submit}
      actions={
        <>
          {(remote || form.provider === 'embedded') && (
            <button type="button" onClick={() => void test()} disabled={busy}>
              {busy ? 'Testing…' : remote ? 'Test connection' : 'Test the model'}
            </button>
          )}
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Save
          </button>
        </>
      }
    >
      <fieldset>
        <legend>Who answers</legend>
        {(Object.keys(PROVIDER_LABELS) as Provider[]).map((p) => (
          <label key={p} className="option">
            <input
              type="radio"
              name="provider"
              checked={form.provider === p}
              onChange={() => set({ provider: p })}
            />
            {PROVIDER_LABELS[p]}
          </label>
        ))}
      </fieldset>
      {form.provider === 'openai-compatible' && (
        <label className="field">
          Base URL
          <input
            type="text"
            value={form.baseUrl}
            placeholder="http://127.0.0.1:11434/v1"
            onChange={(e) => set({ baseUrl: e.target.value })}
          />
        </label>
      )}
      {form.provider === 'embedded' && (
        <ModelFiles
          chosen={modelFile}
          onChoose={(fileName) => setModelFile(fileName)}
          modelPath={form.modelPath}
          onModelPath={(modelPath) => {
            setModelFile(null);
            set({ modelPath });
          }}
        />
      )}
      {remote && (
        <>
          <label className="field">
            Model
            <input
              type="text"
              list={listId}
              value={form.model}
              placeholder={form.provider === 'openai' ? 'gpt-4.1-mini' : 'llama3.1'}
              onChange={(e) => set({ model: e.target.value })}
            />
            <datalist id={listId}>
              {models.map((m) => (
                <option key={m} value={m} />
              ))}
            </datalist>
          </label>
          <label className="field">
            API key{' '}
            {key?.hasApiKey
              ? '(one is set)'
              : form.provider === 'openai'
                ? ''
                : '(optional for local servers)'}
            <input
              type="password"
              autoComplete="off"
              value={apiKey}
              disabled={key ? !key.canStoreKey : true}
              placeholder={key?.canStoreKey ? 'sk-…' : 'set OPENAI_API_KEY'}
              onChange={(e) => setApiKey(e.target.value)}
            />
          </label>
          {key && !key.canStoreKey && <p className="muted small-print">{key.keyHelp}</p>}
        </>
      )}
      <fieldset>
        <legend>Quick add</legend>
        <label className="option">
          <input
            type="checkbox"
            checked={form.quickAddDates}
            onChange={(e) => set({ quickAddDates: e.target.checked })}
          />
          Read dates and times in new tasks (“tomorrow 5pm”)
        </label>
        <fieldset disabled={!form.quickAddDates}>
          <legend className="small-print">Numeric dates like 4/12 mean</legend>
          <label className="option">
            <input
              type="radio"
              name="date-order"
              checked={form.dateOrder === 'month-first'}
              onChange={() => set({ dateOrder: 'month-first' })}
            />
            April 12 (month first)
          </label>
          <label className="option">
            <input
              type="radio"
              name="date-order"
              checked={form.dateOrder === 'day-first'}
              onChange={() => set({ dateOrder: 'day-first' })}
            />
            4 December (day first)
          </label>
        </fieldset>
      </fieldset>
      <ReminderSettings
        reminderTime={form.reminderTime}
        onReminderTime={(reminderTime) => set({ reminderTime })}
      />
      <McpSettings />
      <DialogMessage message={message} />
    </Dialog>
  );
}
