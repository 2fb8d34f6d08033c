import { z } from 'zod';

/** Preferences kept in the profile (not secrets: those never go through here). */
export const settingsSchema = z.strictObject({
  /** The built-in chat works offline; the ChatKit view needs OpenAI's web component from the network. */
  chatView: z.enum(['builtin', 'chatkit']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = { chatView: 'builtin' };

export const settingsPatchSchema = settingsSchema.partial().strict();
