/**
 * Prefix the in-host suite puts on each console line so `run.ts` can tell test output apart from the
 * workbench's own log, which arrives through the same `codeAutomationLog` hook.
 */
export const ITEST_LOG_MARKER = '[itest] ';
