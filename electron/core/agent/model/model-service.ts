// Which engine answers a turn, and the model settings' checks (test connection, list models).
import { AppError } from '../../../shared/errors.ts';
import type { ModelConfig, Settings } from '../../../shared/settings.ts';
import type { Logger } from '../../log.ts';
import { OPENAI_KEY, type SecretStore } from '../../secrets.ts';
import type { SettingsService } from '../../settings-service.ts';
import type { Engine } from '../engine.ts';
import { FallbackEngine } from './fallback-engine.ts';
import { explainModelError } from './model-errors.ts';
import { createClient, ModelEngine } from './model-engine.ts';
import { toolDefinitions } from './tool-definitions.ts';
import { EmbeddedEngine, type EmbeddedEngineOptions } from './embedded/embedded-engine.ts';
import { LocalModel, type ModelProcess } from './embedded/local-model.ts';
import path from 'node:path';

export interface ModelServiceOptions {
  settings: SettingsService;
  secrets: SecretStore;
  offline: Engine;
  logger: Logger;
  /** The CLI's --provider/--base-url/--model: this run only, not saved. */
  override?: Partial<Pick<Settings, 'provider' | 'baseUrl' | 'model' | 'modelPath'>>;
  timeoutMs?: number;
  maxRetries?: number;
  /** Where a built-in model runs: a worker thread unless the host says otherwise (Electron: a utility process). */
  spawnModel?: () => ModelProcess;
  /** The built-in model's processor ('auto' finds a GPU) and, for tests, its sampling. */
  embedded?: { gpu?: 'auto' | false } & EmbeddedEngineOptions;
}

export interface ModelStatus {
  provider: Settings['provider'];
  model: string;
  baseUrl: string;
  hasApiKey: boolean;
  canStoreKey: boolean;
  keyHelp?: string;
}

export interface ConnectionReport {
  ok: boolean;
  message: string;
  models: string[];
  toolCalls: boolean;
}

export class ModelService {
  readonly #o: ModelServiceOptions;

  constructor(options: ModelServiceOptions) {
    this.#o = options;
  }

  #effective(): Settings {
    return { ...this.#o.settings.get(), ...this.#o.override };
  }

  config(): ModelConfig | null {
    const s = this.#effective();
    if (s.provider === 'embedded') {
      if (!s.modelPath) return null;
      return { provider: 'embedded', model: path.basename(s.modelPath), modelPath: s.modelPath };
    }
    if (s.provider === 'builtin' || !s.model) return null;
    if (s.provider === 'openai-compatible' && !s.baseUrl) return null;
    const apiKey = this.#o.secrets.get(OPENAI_KEY);
    return {
      provider: s.provider,
      model: s.model,
      ...(s.baseUrl ? { baseUrl: s.baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
    };
  }

  /** Chosen for each turn: the model with the built-in assistant behind it, or the built-in alone. */
  engine(): Engine {
    const config = this.config();
    if (!config) return this.#o.offline;
    if (config.modelPath) {
      const embedded = new EmbeddedEngine(this.#local(config.modelPath), this.#o.embedded);
      return new FallbackEngine(embedded, this.#o.offline, config.model, this.#o.logger);
    }
    const model = new ModelEngine({
      config,
      timeoutMs: this.#o.timeoutMs,
      maxRetries: this.#o.maxRetries,
    });
    return new FallbackEngine(model, this.#o.offline, config.model, this.#o.logger);
  }

  #loaded: LocalModel | undefined;

  /** The built-in model stays loaded between turns; choosing another file ends the old one's process. */
  #local(modelPath: string): LocalModel {
    if (this.#loaded?.modelPath !== modelPath) {
      this.#loaded?.dispose();
      this.#loaded = new LocalModel({
        modelPath,
        ...(this.#o.spawnModel ? { spawn: this.#o.spawnModel } : {}),
        ...(this.#o.embedded?.gpu !== undefined ? { gpu: this.#o.embedded.gpu } : {}),
      });
    }
    return this.#loaded;
  }

  /** Ends the built-in model's process (the host is closing). */
  close(): void {
    this.#loaded?.dispose();
    this.#loaded = undefined;
  }

  status(): ModelStatus {
    const s = this.#effective();
    const can = this.#o.secrets.canStore();
    return {
      provider: s.provider,
      model: s.model,
      baseUrl: s.baseUrl,
      hasApiKey: this.#o.secrets.get(OPENAI_KEY) !== undefined,
      canStoreKey: can.ok,
      ...(can.ok ? {} : { keyHelp: can.reason }),
    };
  }

  setApiKey(apiKey: string | null): ModelStatus {
    const can = this.#o.secrets.canStore();
    if (!can.ok) throw new AppError('UNAVAILABLE', can.reason);
    this.#o.secrets.set(OPENAI_KEY, apiKey ?? undefined);
    return this.status();
  }

  async listModels(): Promise<string[]> {
    const config = this.#requireConfig();
    if (config.modelPath) return [config.model];
    try {
      const client = await createClient({ config, timeoutMs: 10_000, maxRetries: 0 });
      const ids: string[] = [];
      for await (const m of client.models.list()) ids.push(m.id);
      return ids.sort();
    } catch (err) {
      throw new AppError('UNAVAILABLE', `${explainModelError(err, config.model).notice}.`);
    }
  }

  /** Reaches the server, lists its models where it offers /models, and checks the model can call tools. */
  async test(): Promise<ConnectionReport> {
    const config = this.#requireConfig();
    if (config.modelPath) return this.#testEmbedded(config.modelPath, config.model);
    const client = await createClient({ config, timeoutMs: 20_000, maxRetries: 0 });
    let models: string[] = [];
    try {
      for await (const m of client.models.list()) models.push(m.id);
      models.sort();
    } catch {
      models = []; // not every server offers /models
    }
    try {
      const res = await client.chat.completions.create({
        model: config.model,
        messages: [
          { role: 'system', content: 'You are testing tool calling.' },
          { role: 'user', content: 'Call the list_tasks tool with status "pending".' },
        ],
        tools: toolDefinitions(),
      });
      const toolCalls = (res.choices[0]?.message.tool_calls ?? []).length > 0;
      return {
        ok: toolCalls,
        models,
        toolCalls,
        message: toolCalls
          ? `Connected: “${config.model}” answers and can use tools.`
          : `Connected, but “${config.model}” didn't call a tool when asked; it may not support tools. The built-in assistant will step in when it can't.`,
      };
    } catch (err) {
      return {
        ok: false,
        models,
        toolCalls: false,
        message: `${explainModelError(err, config.model).notice}.`,
      };
    }
  }

  /** Loads the model file (kept loaded for the next turn) and says where it runs. */
  async #testEmbedded(modelPath: string, name: string): Promise<ConnectionReport> {
    try {
      const info = await this.#local(modelPath).ready();
      const where = info.gpu ? `on the graphics card (${info.gpu})` : 'on the processor';
      return {
        ok: true,
        models: [],
        toolCalls: true,
        message: `Loaded “${info.name}”: it runs ${where} with ${info.contextSize.toLocaleString('en-US')} tokens of context, and its answers are held to the task tools.`,
      };
    } catch (err) {
      return {
        ok: false,
        models: [],
        toolCalls: false,
        message: `${explainModelError(err, name).notice}.`,
      };
    }
  }

  #requireConfig(): ModelConfig {
    const config = this.config();
    if (!config) {
      throw new AppError(
        'VALIDATION',
        'Choose a provider and a model (a base URL for a local server, a model file for the built-in model) first.',
      );
    }
    return config;
  }
}
