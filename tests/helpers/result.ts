import type { Result } from '../../electron/shared/errors.ts';

/** A handler's answer that must be a success: its value (else the test fails with the error). */
export const ok = async <T>(promise: Promise<Result<T>>): Promise<T> => {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};
