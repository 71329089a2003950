/**
 * Every message between the compliance-matrix panel and the extension host, plus the view model the panel
 * draws. Plain data only and NO imports: both sides (browser bundle and host) compile this file.
 * Positions are 0-based like the core's `Range`; paths are workspace-folder-relative POSIX paths.
 */

/** A 0-based half-open range (duplicate of the core's `Range`). */
export interface MatrixRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One link of a cell: a place in a file of the engagement and what the cell shows for it. */
export interface MatrixLink {
  file: string;
  range: MatrixRange;
  /** What the cell shows (a heading, an item and amount, a clause ref, a person). */
  label: string;
  /** `file:line` (1-based), for the tooltip and the screen reader. */
  where: string;
}

/** One requirement and its places. */
export interface MatrixRow {
  id: string;
  title: string;
  kano?: 'basic' | 'performance' | 'excitement';
  /** Kano and status in the display language ('' when absent). */
  kanoLabel: string;
  statusLabel: string;
  /** Cited by a ★ deviation row or a ★ control parameter (a void-the-bid clause rides on it). */
  star: boolean;
  /** The requirement's own `id` in requirements.yaml. */
  at: MatrixLink;
  answered: MatrixLink[];
  priced: MatrixLink[];
  deviations: MatrixLink[];
  source: MatrixLink[];
}

/** The matrix of one engagement, in the display language. */
export interface MatrixModel {
  key: string;
  title: string;
  rows: MatrixRow[];
}

/** The filters of the panel (the webview's own state). */
export const MATRIX_FILTERS = ['all', 'unanswered', 'unpriced', 'star'] as const;
export type MatrixFilter = (typeof MATRIX_FILTERS)[number];

/** Keys of the UI strings the host sends with a snapshot (`{0}` placeholders are filled in by the webview). */
export type MatrixStringKey =
  'empty' | 'heading' | 'filter.label' | 'filter.all' | 'filter.unanswered' | 'filter.unpriced' | 'filter.star' |
  'column.requirement' | 'column.answered' | 'column.priced' | 'column.deviations' | 'column.source' | 'none' |
  'shown' | 'noRows' | 'noRequirements' | 'link.aria';

/** Webview → host. */
export type MatrixWebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; key: string; file: string; range: MatrixRange };

/** Host → webview. `model` is undefined when there is no engagement to show. */
export type MatrixHostMessage =
  | { type: 'snapshot'; model: MatrixModel | undefined; strings: Record<MatrixStringKey, string> }
  | { type: 'update'; model: MatrixModel | undefined };
