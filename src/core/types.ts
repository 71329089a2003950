/** Shared value types of the core. No behaviour lives here. */

import type { Language, StageId } from './method/vocabulary';

export type { Language, StageId };

/** Finding severity, most severe first. */
export type Severity = 'error' | 'warning' | 'info';

/** A zero-based position; `character` counts UTF-16 code units, as VS Code does. */
export interface Position {
  line: number;
  character: number;
}

/** A half-open range between two positions. */
export interface Range {
  start: Position;
  end: Position;
}

/** A text in both product languages. */
export interface Localized {
  en: string;
  'zh-CN': string;
}

/**
 * One problem found in an engagement. `file` is a workspace-relative POSIX path
 * (the same string the `EngagementFs` was asked for).
 */
export interface Finding {
  file: string;
  range: Range;
  severity: Severity;
  code: string;
  message: string;
  /** Machine-readable details for quick fixes and views (e.g. the missing section or field). */
  data?: Record<string, unknown>;
}
