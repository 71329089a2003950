import { BACK_BUTTON, fake, type QuickInputMeta } from '../helpers/fakeVscode';

/** One scripted answer: what the step must ask (`ask` matches its prompt or placeholder) and the answer. */
export interface ScriptedAnswer {
  ask: RegExp;
  /** Text typed into an input box (`''` = Enter on an empty box). */
  type?: string;
  /** Value(s) of the row(s) picked. */
  pick?: unknown;
  back?: true;
  cancel?: true;
}

/** A step as it was shown: its question, the "2/6" counter and what was pre-filled. */
export interface ShownStep {
  ask: string;
  counter: string;
  value: string;
  rows: { label: string; description?: string; detail?: string; value?: unknown; kind?: number }[];
  active: unknown[];
}

/**
 * Answers the quick inputs of a multi-step command in order, failing loudly when a step asks something
 * else than the script expects; `open` presses the confirmation's Open button. Returns the steps as shown, for assertions on counters and pre-fills.
 */
export function script(answers: ScriptedAnswer[], options: { open?: boolean } = {}): { shown: ShownStep[]; left: () => number } {
  const queue = [...answers];
  const shown: ShownStep[] = [];
  fake.answer = (kind, title, items, meta?: QuickInputMeta) => {
    if (kind === 'message') return options.open ? (items as string[] | undefined)?.find((b) => b === 'Open') : undefined;
    const ask = (kind === 'input' ? meta?.prompt : meta?.placeholder) ?? title;
    const rows = (items ?? []) as ShownStep['rows'];
    shown.push({ ask, counter: `${meta?.step}/${meta?.totalSteps}`, value: meta?.value ?? '', rows, active: (meta?.activeItems as { value?: unknown }[] | undefined)?.map((r) => r.value) ?? [] });
    const next = queue.shift();
    if (!next) throw new Error(`unexpected step: ${ask}`);
    if (!next.ask.test(ask)) throw new Error(`step asked "${ask}", script expected ${next.ask}`);
    if (next.back) return BACK_BUTTON;
    if (next.cancel) return undefined;
    if (kind === 'input') return next.type;
    const wanted = Array.isArray(next.pick) ? next.pick : [next.pick];
    const picked = rows.filter((r) => r.kind === undefined && wanted.includes(r.value));
    if (picked.length !== wanted.length) throw new Error(`no row ${JSON.stringify(next.pick)} in "${ask}"`);
    return meta?.canSelectMany ? picked : picked[0];
  };
  return { shown, left: () => queue.length };
}

/** Lets the not-awaited confirmation (and its Open button) run. */
export async function settleConfirmations(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
}
