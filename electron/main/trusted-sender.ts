// Every IPC call is checked: it must come from our own window's top frame, showing our own page.
export interface SenderLike {
  sender: unknown;
  senderFrame: { url: string } | null;
}

export function isTrustedSender(
  event: SenderLike & { sender: { mainFrame: unknown } },
  window: { webContents: unknown } | null,
  isAppUrl: (url: string) => boolean,
): boolean {
  const frame = event.senderFrame;
  return (
    window !== null &&
    event.sender === window.webContents &&
    frame !== null &&
    frame === event.sender.mainFrame &&
    isAppUrl(frame.url)
  );
}
