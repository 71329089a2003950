import { UsageError } from './usageError';
import { terminalSafe } from './terminalText';

/**
 * What a command writes to stderr when it fails (exit 2): a usage error followed by the usage text, or
 * the internal error with its stack. Made terminal-safe, as messages may quote folder names.
 */
export function failureText(err: unknown, usage: string): string {
  return terminalSafe(err instanceof UsageError ? `presales: ${err.message}` : `presales: internal error: ${(err as Error)?.stack ?? err}`) + (err instanceof UsageError ? `\n\n${usage}` : '');
}
