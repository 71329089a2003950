import * as vscode from 'vscode';

/** The user pressed the Back button of a step. */
export const BACK = Symbol('back');

/** What a step answered: a value, Back, or `undefined` when the user cancelled (Esc). */
export type Answer<T> = T | typeof BACK | undefined;

/** Where a step stands in its command: shown as VS Code's "2/6" counter. */
export interface StepPosition {
  title: string;
  step: number;
  totalSteps: number;
}

/** One step of a multi-step command; `skip` leaves it out (its field came as an argument, or does not apply). */
export interface WizardStep {
  skip?: () => boolean;
  /** Asks, stores the answer itself, and says whether to go on, go back or stop. */
  run(at: StepPosition): Promise<'next' | typeof BACK | 'cancel'>;
}

/** A quick-pick row carrying its value; every row has a description (what the choice means). */
export interface Row<T> extends vscode.QuickPickItem {
  value: T;
}

/** A separator row grouping the rows after it. */
export interface SeparatorRow extends vscode.QuickPickItem {
  kind: vscode.QuickPickItemKind.Separator;
}

/**
 * Runs the steps in order with a step counter and Back navigation; steps that `skip` are neither asked
 * nor counted (the counter is recomputed as answers change which steps apply). False when cancelled.
 */
export async function runWizard(title: string, steps: readonly WizardStep[]): Promise<boolean> {
  const history: number[] = [];
  let i = 0;
  while (i < steps.length) {
    if (steps[i].skip?.()) {
      i++;
      continue;
    }
    const asked = steps.filter((s) => !s.skip?.());
    const at = { title, step: asked.indexOf(steps[i]) + 1, totalSteps: asked.length };
    const outcome = await steps[i].run(at);
    if (outcome === 'cancel') return false;
    if (outcome === BACK) {
      const previous = history.pop();
      if (previous !== undefined) i = previous;
      continue;
    }
    history.push(i);
    i++;
  }
  return true;
}

/** Turns an answer into a step outcome, storing the value when there is one. */
export function settle<T>(answer: Answer<T>, store: (value: T) => void): 'next' | typeof BACK | 'cancel' {
  if (answer === BACK) return BACK;
  if (answer === undefined) return 'cancel';
  store(answer);
  return 'next';
}

/** Options of a text step. */
export interface InputOptions {
  prompt: string;
  /** Pre-filled, editable value (never an invented event: follow-ups and contacts are never pre-filled). */
  value?: string;
  placeholder?: string;
  /** Enter on an empty box skips the step (answer `''`). */
  optional?: boolean;
  /** Why a (trimmed, non-empty) value is refused, or undefined when it is fine. */
  validate?: (value: string) => string | undefined;
}

/** A text step; `''` when an optional step is skipped. */
export function inputStep(at: StepPosition, o: InputOptions): Promise<Answer<string>> {
  const box = vscode.window.createInputBox();
  box.title = at.title;
  if (at.totalSteps > 1) [box.step, box.totalSteps] = [at.step, at.totalSteps];
  box.prompt = o.optional ? vscode.l10n.t('{0} (optional: Enter on an empty box skips it)', o.prompt) : o.prompt;
  box.placeholder = o.placeholder;
  box.value = o.value ?? '';
  box.ignoreFocusOut = true;
  box.buttons = at.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  const problem = (raw: string): string | undefined => {
    const v = raw.trim();
    if (v === '') return o.optional ? undefined : vscode.l10n.t('Please enter a value.');
    return o.validate?.(v);
  };
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: Answer<string>) => {
      if (settled) return;
      settled = true;
      resolve(answer);
      box.dispose();
    };
    box.onDidChangeValue((v) => (box.validationMessage = v.trim() === '' ? undefined : problem(v)));
    box.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && done(BACK));
    box.onDidAccept(() => {
      const message = problem(box.value);
      if (message) box.validationMessage = message;
      else done(box.value.trim());
    });
    box.onDidHide(() => done(undefined));
    box.show();
  });
}

/** Options of a pick step. */
export interface PickOptions<T> {
  placeholder: string;
  rows: readonly (Row<T> | SeparatorRow)[];
  /** The row highlighted first (the current stage, the previous answer). */
  active?: T;
  /** Adds a "Skip" row: the step then answers `null`. */
  optional?: boolean;
}

/** A one-of pick step; `null` when an optional step is skipped. */
export async function pickStep<T>(at: StepPosition, o: PickOptions<T>): Promise<Answer<T | null>> {
  const skip: Row<null> = { label: vscode.l10n.t('Skip'), description: vscode.l10n.t('Leave this field out'), value: null };
  const rows = o.optional ? [...o.rows, separator(''), skip] : o.rows;
  const picked = await showPick<T | null>(at, o.placeholder, rows as readonly (Row<T | null> | SeparatorRow)[], false, o.active);
  if (picked === BACK || picked === undefined) return picked;
  return picked[0] === undefined ? undefined : picked[0].value;
}

/** A several-of pick step (none picked = skipped, `[]`). */
export async function pickManyStep<T>(at: StepPosition, o: { placeholder: string; rows: readonly Row<T>[]; picked?: readonly T[] }): Promise<Answer<T[]>> {
  if (o.rows.length === 0) return [];
  const picked = await showPick(at, vscode.l10n.t('{0} (optional: none picked skips it)', o.placeholder), o.rows, true, undefined, o.picked);
  return picked === BACK || picked === undefined ? picked : picked.map((r) => r.value);
}

/** A separator row (VS Code draws the label on a line between groups). */
export function separator(label: string): SeparatorRow {
  return { label, kind: vscode.QuickPickItemKind.Separator };
}

function showPick<T>(at: StepPosition, placeholder: string, rows: readonly (Row<T> | SeparatorRow)[], many: boolean, active?: T, preselected?: readonly T[]): Promise<Answer<Row<T>[]>> {
  const qp = vscode.window.createQuickPick<Row<T> | SeparatorRow>();
  qp.title = at.title;
  if (at.totalSteps > 1) [qp.step, qp.totalSteps] = [at.step, at.totalSteps];
  qp.placeholder = placeholder;
  qp.items = rows;
  qp.canSelectMany = many;
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.ignoreFocusOut = true;
  qp.buttons = at.step > 1 ? [vscode.QuickInputButtons.Back] : [];
  const valued = rows.filter((r): r is Row<T> => r.kind !== vscode.QuickPickItemKind.Separator);
  const first = valued.find((r) => active !== undefined && r.value === active);
  if (first) qp.activeItems = [first];
  if (many && preselected) qp.selectedItems = valued.filter((r) => preselected.includes(r.value));
  return new Promise((resolve) => {
    let settled = false;
    const done = (answer: Answer<Row<T>[]>) => {
      if (settled) return;
      settled = true;
      resolve(answer);
      qp.dispose();
    };
    qp.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && done(BACK));
    qp.onDidAccept(() => {
      const chosen = (many ? qp.selectedItems : qp.selectedItems.length ? qp.selectedItems : qp.activeItems) as Row<T>[];
      if (!many && chosen.length === 0) return;
      done(chosen.filter((r) => r.kind !== vscode.QuickPickItemKind.Separator));
    });
    qp.onDidHide(() => done(undefined));
    qp.show();
  });
}
