/** The outcome of a dialog's action: announced as status, or as an alert when it failed. */
export function DialogMessage({ message }: { message: { text: string; error: boolean } | null }) {
  if (!message) return null;
  return (
    <p
      role={message.error ? 'alert' : 'status'}
      className={message.error ? 'error-text' : 'ok-text'}
    >
      {message.text}
    </p>
  );
}
