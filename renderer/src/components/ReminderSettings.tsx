// The "Reminders" part of the settings: when a task with a date but no time reminds you, and, in
// the browser, whether reminders may be the browser's notifications (asked only on a click).
import { useEffect, useRef, useState } from 'react';
import { isDesktop } from '../lib/api.ts';
import { notificationPermission } from '../lib/reminders.ts';
import './ReminderSettings.css';

export function ReminderSettings(props: {
  reminderTime: string;
  onReminderTime: (time: string) => void;
}) {
  return (
    <fieldset className="reminder-settings">
      <legend>Reminders</legend>
      <label className="option">
        Tasks with a date but no time remind you at
        <input
          type="time"
          required
          step={60}
          value={props.reminderTime}
          onChange={(e) => props.onReminderTime(e.target.value)}
        />
      </label>
      {isDesktop ? (
        <p className="small-print muted">Reminders show as your system’s notifications.</p>
      ) : (
        <NotificationPermission />
      )}
    </fieldset>
  );
}

const STATES = {
  granted:
    'Browser notifications: allowed. Reminders show as notifications, also while this tab is in the background.',
  denied:
    'Browser notifications: blocked for this page, so reminders show inside it while it is open. To allow them, click the icon left of the address bar (site settings), set Notifications to Allow, and reload the page.',
  default:
    'Browser notifications: not asked yet. Until you allow them, reminders show inside this page while it is open.',
  unsupported:
    'This browser can’t show notifications: reminders show inside this page while it is open.',
};

function NotificationPermission() {
  const [permission, setPermission] = useState(notificationPermission);
  const [asking, setAsking] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);

  // Changed in the browser's own site settings meanwhile: show it at once.
  useEffect(() => {
    let live = true;
    let status: PermissionStatus | undefined;
    const check = () => setPermission(notificationPermission());
    navigator.permissions
      ?.query({ name: 'notifications' })
      .then((s) => {
        if (!live) return;
        status = s;
        s.addEventListener('change', check);
      })
      .catch(() => undefined);
    window.addEventListener('focus', check);
    return () => {
      live = false;
      status?.removeEventListener('change', check);
      window.removeEventListener('focus', check);
    };
  }, []);

  const ask = async () => {
    setAsking(true);
    let answer: ReturnType<typeof notificationPermission>;
    try {
      answer = await Notification.requestPermission();
    } catch {
      answer = notificationPermission();
    }
    setPermission(answer);
    setAsking(false);
    // The button goes once answered: the focus stays in the dialog, on what it says now.
    if (answer !== 'default') said.current?.focus();
  };

  return (
    <>
      <p className="small-print" ref={said} tabIndex={-1} aria-live="polite">
        {STATES[permission]}
      </p>
      {permission === 'default' && (
        <button
          type="button"
          className="allow-notifications"
          disabled={asking}
          onClick={() => void ask()}
        >
          Allow notifications
        </button>
      )}
    </>
  );
}
