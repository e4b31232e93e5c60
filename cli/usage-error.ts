/** A mistake in how the command was called: main prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** UsageError from any command module, InputError (bad input paths) and node:util parseArgs errors. */
export function isUsageError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    error.name === 'UsageError' ||
    error.name === 'InputError' ||
    (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_'))
  );
}
