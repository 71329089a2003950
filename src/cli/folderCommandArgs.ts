import { UsageError } from './usageError';

/** The words `check`, `portfolio` and `gaps` share: one folder, and the findings cache (checkCache.ts). */
export interface FolderCommandArgs {
  folder: string;
  /** `--cache`: reuse the results of engagements whose files did not change. */
  cache: boolean;
  /** `--cache-location <file>` (default `.presalescache` in the current folder); implies `--cache`. */
  cacheLocation?: string;
}

/** Takes `--cache` or `--cache-location <file>` into `args`; false for any other option (walkArgv's contract). */
export function cacheOption(args: FolderCommandArgs, name: string, value: () => string): boolean {
  if (name === '--cache') {
    args.cache = true;
  } else if (name === '--cache-location') {
    args.cacheLocation = value();
    args.cache = true;
  } else return false;
  return true;
}

/** The positional words of a folder command: the first is the folder, a second one is a usage error. */
export function folderPositional(args: FolderCommandArgs): (word: string) => void {
  return (word) => {
    if (!args.folder) args.folder = word;
    else throw new UsageError(`unexpected argument "${word}"`);
  };
}
