// Narrows the list shown to one label, with how many tasks carry each.
import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../electron/shared/ipc/contract.ts';
import { api } from '../lib/api.ts';
import './LabelFilter.css';

type Labels = ChannelOutput<'labels.list'>;

/** Labels in use, kept current as tasks change anywhere. */
function useLabels(onError: (message: string) => void): Labels {
  const [labels, setLabels] = useState<Labels>([]);
  useEffect(() => {
    let live = true;
    let queued = false;
    const load = () => {
      // A burst of changes (a bulk action) is one request.
      if (queued) return;
      queued = true;
      queueMicrotask(() => {
        queued = false;
        void api.invoke('labels.list', {}).then((result) => {
          if (!live) return;
          if (result.ok) setLabels(result.value);
          else onError(result.error.message);
        });
      });
    };
    load();
    const off = api.on('tasks.changed', load);
    return () => {
      live = false;
      off();
    };
  }, [onError]);
  return labels;
}

export function LabelFilter(props: {
  value: string | undefined;
  onChange: (label: string | undefined) => void;
  onError: (message: string) => void;
}) {
  const { value, onChange } = props;
  const labels = useLabels(props.onError);
  if (labels.length === 0 && value === undefined) return null;
  // The chosen label stays a choice after its last task lost it.
  const shown =
    value === undefined || labels.some((l) => l.name === value)
      ? labels
      : [...labels, { name: value, tasks: 0, pending: 0 }];
  return (
    <div className="label-filter">
      <label htmlFor="label-filter">Label</label>
      <select
        id="label-filter"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">Any label</option>
        {shown.map((l) => (
          <option key={l.name} value={l.name}>
            #{l.name} ({l.tasks})
          </option>
        ))}
      </select>
      {value !== undefined && (
        <button type="button" className="link" onClick={() => onChange(undefined)}>
          Show all labels
        </button>
      )}
    </div>
  );
}
