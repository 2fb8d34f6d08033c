/** A problem the person should see, in words, with a way to dismiss it. */
export function ErrorBanner({
  message,
  onDismiss,
}: {
  message: string | null;
  onDismiss: () => void;
}) {
  if (!message) return null;
  return (
    <div className="error" role="alert">
      <span>{message}</span>
      <button type="button" className="icon" aria-label="Dismiss error" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
