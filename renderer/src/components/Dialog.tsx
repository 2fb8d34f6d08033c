// The one dialog shell: the native <dialog> element opened as a modal, so focus moves in and
// stays there, Escape closes it, and focus goes back to where it was.
import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import './Dialog.css';

export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom. */
  actions: ReactNode;
  /** When given, the dialog is a form and Enter submits it. */
  onSubmit?: (e: FormEvent) => void;
  className?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The latest onClose, without reopening the dialog each time a parent renders a new one.
  const onCloseRef = useRef(props.onClose);
  useEffect(() => {
    onCloseRef.current = props.onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault(); // close through React, so state and the element agree
      onCloseRef.current();
    };
    // A modal dialog keeps the page behind it inert, but Tab from its last control would leave
    // for the browser's own toolbar: it goes round to the first instead (and Shift+Tab back).
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Tab') return;
      const focusable = [
        ...dialog.querySelectorAll<HTMLElement>(
          'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])',
        ),
      ].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (!first || !last) return;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      if (dialog.open) dialog.close();
      returnTo?.focus?.();
    };
  }, []);

  const body = (
    <>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div className="dialog-actions">{props.actions}</div>
    </>
  );
  return (
    <dialog ref={ref} className={`dialog ${props.className ?? ''}`} aria-labelledby={titleId}>
      {props.onSubmit ? <form onSubmit={props.onSubmit}>{body}</form> : body}
    </dialog>
  );
}
