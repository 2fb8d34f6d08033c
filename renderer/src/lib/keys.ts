// Keyboard facts every view needs alike.

/** Where typing goes: there single keys type and Ctrl/Cmd+Z undoes text, not tasks. */
export const isTyping = (el: Element | null) =>
  el instanceof HTMLTextAreaElement ||
  // Letters pick an option in a list box.
  el instanceof HTMLSelectElement ||
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(el.type)) ||
  (el instanceof HTMLElement && el.isContentEditable);

/** The modifier for shortcuts, as this computer's keyboard names it. */
export const MOD_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';

/** The Alt key, as this computer's keyboard names it. */
export const ALT_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌥' : 'Alt';
