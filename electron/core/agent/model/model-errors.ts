// Why a model couldn't answer, in words a person can act on. Used for the notice shown when the
// built-in assistant answers instead.
import { loadedOpenAI } from './openai-sdk.ts';

export class ModelProblem extends Error {
  readonly notice: string;
  constructor(notice: string, cause?: unknown) {
    super(notice, { cause });
    this.name = 'ModelProblem';
    this.notice = notice;
  }
}

export function explainModelError(err: unknown, model: string): ModelProblem {
  if (err instanceof ModelProblem) return err;
  const sdk = loadedOpenAI();
  if (!sdk) return new ModelProblem('The model stopped answering', err);
  const {
    APIConnectionError,
    APIError,
    APIUserAbortError,
    AuthenticationError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
  } = sdk;
  if (err instanceof APIUserAbortError) return new ModelProblem('Stopped', err);
  if (err instanceof APIConnectionError) return new ModelProblem('Model unreachable', err);
  if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) {
    return new ModelProblem('The model server refused the API key', err);
  }
  if (err instanceof NotFoundError) {
    return new ModelProblem(`The model “${model}” isn't available on the server`, err);
  }
  if (err instanceof RateLimitError)
    return new ModelProblem('The model server is busy (rate limited)', err);
  if (err instanceof APIError) {
    const message = String(err.message ?? '');
    if (err.status === 400 && /tool|function/i.test(message)) {
      return new ModelProblem(`The model “${model}” can't use tools`, err);
    }
    if ((err.status ?? 0) >= 500) return new ModelProblem('The model server had an error', err);
    return new ModelProblem('The model server rejected the request', err);
  }
  return new ModelProblem('The model stopped answering', err);
}
