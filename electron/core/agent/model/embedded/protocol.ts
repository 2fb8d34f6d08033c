// Messages between the app and what runs a built-in model (a worker thread in the browser host
// and the CLI, a utility process in the desktop app). Plain data, structured-cloned.

export interface ChatItem {
  role: 'system' | 'user' | 'model';
  text: string;
}

export interface LoadRequest {
  kind: 'load';
  modelPath: string;
  /** Tokens of context to ask for (the model's own limit caps it). */
  contextSize: number;
  /** 'auto' uses Metal, CUDA or Vulkan when the machine has it, else the CPU. */
  gpu: 'auto' | false;
}

export interface GenerateRequest {
  kind: 'generate';
  id: number;
  history: ChatItem[];
  /** Names the JSON schema (the grammar's subset) every output must follow. */
  schemaKey: number;
  /** The schema itself, the first time this process is sent it (it keeps its grammar by key). */
  schema?: Record<string, unknown>;
  maxTokens: number;
  /** 0 (the default) always picks the likeliest token: the same question, the same answer. */
  temperature?: number;
  seed?: number;
}

export interface StopRequest {
  kind: 'stop';
  id: number;
}

/** The app is done with the model: stop, free it and end (a thread is never ended from outside
 * while llama.cpp is running in it: that aborts the whole process). */
export interface ExitRequest {
  kind: 'exit';
}

export type ToModel = LoadRequest | GenerateRequest | StopRequest | ExitRequest;

export interface ModelInfo {
  /** The model's own name from its file, or the file's name. */
  name: string;
  contextSize: number;
  /** Where it runs: 'metal', 'cuda', 'vulkan', or false for the CPU. */
  gpu: string | false;
}

/** Why a model could not load or answer, sorted so the app can say it plainly. */
export type ModelFailure =
  'not-found' | 'not-a-model' | 'out-of-memory' | 'context-full' | 'unavailable' | 'failed';

export type FromModel =
  | { kind: 'loaded'; info: ModelInfo }
  | { kind: 'load-failed'; failure: ModelFailure; detail: string }
  | { kind: 'text'; id: number; text: string }
  | {
      kind: 'done';
      id: number;
      text: string;
      stopped: boolean;
      tokens: number;
      /** From the request to the first token, in ms (the bench compares it). */
      firstTokenMs: number;
    }
  | { kind: 'failed'; id: number; failure: ModelFailure; detail: string };
