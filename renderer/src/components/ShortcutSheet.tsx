// The keyboard shortcuts, on "?": every key the app answers to, in one place.
import { ALT_KEY, MOD_KEY } from '../lib/keys.ts';
import { Dialog } from './Dialog.tsx';
import './ShortcutSheet.css';

export const SHORTCUTS: [keys: string, what: string][] = [
  [`${MOD_KEY}+K`, 'Search tasks and messages, and run commands (from anywhere)'],
  ['N', 'New task: go to the “New task” box'],
  [`${ALT_KEY}+Backspace`, 'In “New task”: turn the date, label… just recognised back into text'],
  ['/', 'Chat: go to the message box'],
  [`${MOD_KEY}+Z`, 'Undo the last change (the task list’s or the chat’s)'],
  ['J / K or ↓ / ↑', 'Move through the tasks'],
  ['Space', 'Tick or untick the task'],
  ['E or Enter', 'Edit the task (Enter saves, Escape cancels)'],
  ['Delete', 'Move the task to the Trash'],
  ['Home / End', 'First / last task'],
  ['Enter / Shift+Enter', 'Send the message / new line in it'],
  ['R', 'Go to the reminders on screen (Escape goes back)'],
  ['Escape', 'Close a dialog or menu'],
  ['?', 'Show these shortcuts'],
];

export function ShortcutSheet(props: { onClose: () => void }) {
  return (
    <Dialog
      title="Keyboard shortcuts"
      onClose={props.onClose}
      actions={
        <button type="button" onClick={props.onClose}>
          Close
        </button>
      }
    >
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">
                <kbd>{keys}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
