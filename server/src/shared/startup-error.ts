/**
 * A start-up failure the user can fix: printed as one line that names the cause and the fix,
 * with a non-zero exit and no stack trace (main.ts). Anything else is a bug and keeps its stack.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The system error code of a failed call (ENOENT, EADDRINUSE, …), if it has one. */
export const systemCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
