import { z } from 'zod';

export const PROVIDERS = ['builtin', 'openai', 'openai-compatible', 'embedded'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** An http:// or https:// address, at most `max` characters. */
export const httpUrlSchema = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((s) => {
      try {
        return ['http:', 'https:'].includes(new URL(s).protocol);
      } catch {
        return false;
      }
    }, message);

const httpUrl = httpUrlSchema(
  500,
  'Base URL must be an http:// or https:// address, like http://127.0.0.1:11434/v1',
);

/** Preferences kept in the profile (not secrets: API keys never go through here). */
export const settingsSchema = z.strictObject({
  /** The built-in chat works offline; the ChatKit view needs OpenAI's web component from the network. */
  chatView: z.enum(['builtin', 'chatkit']),
  /** Who answers in chat: the built-in assistant, OpenAI, or any OpenAI-compatible server. */
  provider: z.enum(PROVIDERS, {
    error: 'Provider must be builtin, openai, openai-compatible or embedded',
  }),
  /** For openai-compatible servers (Ollama, LM Studio, llama.cpp). */
  baseUrl: z.union([httpUrl, z.literal('')]),
  model: z.string().trim().max(200),
  /** For the built-in model (embedded): the .gguf file it runs, picked or downloaded. */
  modelPath: z
    .string()
    .trim()
    .max(4096)
    .refine((s) => s === '' || /\.gguf$/i.test(s), 'The model file must be a .gguf file'),
  /** Quick add reads dates and times in the text ("tomorrow 5pm"); off, they stay in the title. */
  quickAddDates: z.boolean({ error: 'quickAddDates must be true or false' }),
  /** How numeric dates are read: 4/12 as 4 December (day first) or April 12 (month first). */
  dateOrder: z.enum(['day-first', 'month-first'], {
    error: 'Date order must be day-first or month-first',
  }),
  /** When a task with a date but no time reminds you, local HH:MM. */
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Reminder time must be written like 09:00'),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  chatView: 'builtin',
  provider: 'builtin',
  baseUrl: '',
  model: '',
  modelPath: '',
  quickAddDates: true,
  dateOrder: 'month-first',
  reminderTime: '09:00',
};

export const settingsPatchSchema = settingsSchema.partial().strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Where a model can be reached, as the core needs it for one turn. */
export interface ModelConfig {
  provider: Exclude<Provider, 'builtin'>;
  baseUrl?: string;
  model: string;
  apiKey?: string;
  /** The built-in model's file (embedded). */
  modelPath?: string;
}
