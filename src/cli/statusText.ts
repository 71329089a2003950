import type { EngagementStatus, Language, StageProgress } from '../core';
import { bidsSection, budgetSection, concernsSection, needsSection, otherFindingsSection, pitfallsSection, qualificationSection, stakeholdersSection } from './statusSections';
import { severityParams } from './countNoun';
import { scoreSection } from './scoreSection';
import { joinList, say, type StatusString } from './statusStrings';
import { INDENT, section, WIDTH } from './statusLayout';
import { displayWidth, fill, tokenize, wrap } from './textWrap';


/**
 * One engagement as a senior presales lead would brief it: header, pipeline, what blocks the current
 * gate, then the people, concerns, needs, bid, budget, pitfalls and the other findings — in the engagement's language.
 */
export function statusText(s: EngagementStatus): string {
  const lang = s.language;
  const current = s.stages.find((x) => x.state === 'current');
  const header = [s.title || s.id, s.customer, current?.label[lang]].filter(Boolean).join(' · ');
  const lines = [...wrap(header, WIDTH, ''), '─'.repeat(Math.min(WIDTH, Math.max(displayWidth(header), 20)))];
  lines.push(...section(say(lang, 'stages'), pipeline(s, lang)));
  lines.push(...gateLines(s, lang, current));
  lines.push(...stakeholdersSection(s, lang));
  lines.push(...concernsSection(s, lang));
  lines.push(...needsSection(s, lang));
  if (s.qualification) lines.push(...qualificationSection(s, lang));
  if (s.stage === 'bidding' || s.bids.rows > 0 || s.bids.deadline !== undefined) lines.push(...bidsSection(s, lang));
  lines.push(...scoreSection(s, lang));
  lines.push(...budgetSection(s, lang));
  lines.push(...pitfallsSection(s, lang));
  lines.push(...otherFindingsSection(s, lang));
  lines.push(...wrap(say(lang, 'counts', severityParams(lang, s.counts)), WIDTH, ''));
  return lines.join('\n');
}

/** `启动 ✓ → 宣介 ✓ → [调研 60%] → 方案 · → …` as unbreakable stage tokens. */
function pipeline(s: EngagementStatus, lang: Language): string[][] {
  const [open, close] = lang === 'en' ? [' (', ')'] : ['（', '）'];
  const mark = (p: StageProgress) =>
    p.state === 'current' ? `[${p.label[lang]} ${p.percent}%]`
      : p.state === 'skipped' ? `${p.label[lang]}${open}${say(lang, 'skipped')}${close}`
        : `${p.label[lang]} ${p.state === 'done' ? (gateUnmet(p) ? '!' : '✓') : '·'}`;
  const tokens = s.stages.flatMap((p, i) => (i === 0 ? [mark(p)] : [' ', `→ ${mark(p)}`]));
  return [tokens];
}

/** A stage left behind whose own gate (summary, review, follow-ups) is still open. */
function gateUnmet(p: StageProgress): boolean {
  return p.blockers.some((b) => b.condition !== 'deliverable');
}

function gateLines(s: EngagementStatus, lang: Language, current: StageProgress | undefined): string[] {
  if (!current) return wrap(say(lang, 'noStage'), WIDTH, INDENT);
  const out: string[] = [];
  const docs = current.deliverables
    .filter((d) => !d.optional || d.state !== 'missing')
    .map((d) => `${d.label[lang]} ${d.state === 'missing' || d.state === 'invalid' ? '✗' : '✓'} ${say(lang, `state_${d.state}` as StatusString)}`);
  if (docs.length > 0) {
    const tokens = [...tokenize(say(lang, 'deliverables', { list: '' })), ...docs.flatMap((d, i) => (i === 0 ? [d] : [' ', `· ${d}`]))];
    out.push(...fill(tokens, WIDTH, INDENT, INDENT + '  '));
  }
  const left = s.stages.filter((p) => p.state === 'done' && gateUnmet(p)).map((p) => p.label[lang]);
  if (left.length > 0) out.push(...wrap(say(lang, 'leftUnmet', { stages: joinList(lang, left) }), WIDTH, INDENT, INDENT + '  '));
  if (current.blockers.length === 0) {
    if (current.id !== 'closure') out.push(...wrap(say(lang, 'gateOpen', { stage: current.label[lang] }), WIDTH, INDENT));
    return out;
  }
  out.push(...wrap(say(lang, 'toLeave', { stage: current.label[lang] }), WIDTH, INDENT));
  for (const b of current.blockers) {
    const where = b.file && b.range ? ` (${b.file}:${b.range.start.line + 1})` : '';
    out.push(...wrap(`- ${b.message}${where}`, WIDTH, INDENT + '  ', INDENT + '    '));
  }
  return out;
}
