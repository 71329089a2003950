import { CONCERNS, formatAmount, type Language, type RequirementTrace, type Traceability, type Where } from '../../core';
import type { MatrixLink, MatrixModel, MatrixRow } from '../../webview/matrix/protocol';

/** `vscode.l10n.t` or a stand-in: English message in, display-language text out. */
export type Translate = (message: string) => string;

/**
 * The panel's rows from the traceability model (no `vscode` here, so it is unit-tested as is). Labels are in
 * the display language; every value from the files stays a plain string the webview renders as text.
 */
export function matrixModel(trace: Traceability, key: string, title: string, lang: Language, t: Translate): MatrixModel {
  const kano: Record<string, string> = { basic: t('basic'), performance: t('performance'), excitement: t('excitement') };
  const status: Record<string, string> = { met: t('met'), partial: t('partial'), unmet: t('unmet'), 'out-of-scope': t('out of scope') };
  const deviation: Record<string, string> = { none: t('no deviation'), positive: t('positive deviation'), negative: t('negative deviation') };
  const concern = new Map(CONCERNS.map((c) => [c.id, c.label[lang]]));
  const rows = trace.requirements.map((r): MatrixRow => ({
    id: r.id,
    title: r.title ?? '',
    kano: r.kano,
    kanoLabel: r.kano ? kano[r.kano] : '',
    statusLabel: r.status ? status[r.status] : '',
    star: isStar(r),
    at: link(r.at, r.id),
    answered: r.answered.map((a) => link(a, a.heading || a.file)),
    priced: r.priced.map((p) => link(p, [p.item ?? '', p.amount !== undefined ? formatAmount(p.amount) : '', p.optional ? t('(optional)') : ''].filter(Boolean).join(' · '))),
    deviations: r.deviations.map((d) => link(d, [`${d.mark ?? ''}${d.ref ?? ''}`, d.deviation ? deviation[d.deviation] : ''].filter(Boolean).join(' · '))),
    source: r.sources.map((s) => {
      const who = s.person?.name ? `${s.person.name} (${s.id})` : s.id;
      const cares = s.concerns.map((c) => concern.get(c) ?? c).join(lang === 'zh-CN' ? '、' : ', ');
      return link(s.personAt ?? s, cares ? `${who} · ${cares}` : who);
    }),
  }));
  return { key, title, rows };
}

/** A requirement a ★ deviation row or ★ control parameter cites. */
function isStar(r: RequirementTrace): boolean {
  return r.deviations.some((d) => d.mark === '★') || r.controls.some((c) => c.mark === '★');
}

function link(w: Where, label: string): MatrixLink {
  return { file: w.file, range: w.range, label, where: `${w.file}:${w.range.start.line + 1}` };
}

