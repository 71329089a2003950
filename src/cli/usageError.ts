/** Thrown for a command line we cannot run (exit code 2). */
export class UsageError extends Error {}
