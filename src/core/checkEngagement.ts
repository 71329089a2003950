import { capFindings } from './capFindings';
import type { CheckOptions } from './checkOptions';
import { FindingCollector } from './findingCollector';
import { KIND_SPECS } from './method/kinds';
import { currentStageIndex } from './model/engagement';
import { applyTiming } from './model/findingTiming';
import type { Engagement } from './model/records';
import { nearestRange } from './model/source';
import type { Rule, RuleContext } from './rules/rule';
import { defaultSeverity, policyValue, RULES } from './rules/ruleList';
import type { Finding, Localized, Severity } from './types';
import { checkFile } from './validate/checkFile';

export type { CheckOptions };

const KNOWN_KINDS = Object.keys(KIND_SPECS);
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_FAILED: Localized = {
  en: 'The rule {code} failed on this engagement ({error}), so its findings are missing. This is a bug in Presales Workbench; please report it.',
  'zh-CN': '规则 {code} 检查本项目时出错（{error}），其结论缺失。这是 Presales Workbench 的缺陷，请报告该问题。',
};

/**
 * Checks one engagement: every file, then every rule of the method. A rule that throws costs only its
 * own findings: it becomes an `internal-error` finding (and `options.onRuleError` hears of it).
 */
export function checkEngagement(e: Engagement, options: CheckOptions): Finding[] {
  const language = options.language ?? e.language;
  const out = new FindingCollector(language, e.policy.rules, defaultSeverity);
  for (const file of e.files) checkFile(file, out, KNOWN_KINDS);
  for (const rule of RULES) {
    if (out.isOff(rule.meta.code)) continue;
    try {
      rule.run(contextFor(rule, e, out, options.today));
    } catch (error) {
      out.report(e.file.path, nearestRange(e.at, ['kind'], 'key').range, 'internal-error', RULE_FAILED, {
        params: { code: rule.meta.code, error: String((error as Error)?.message ?? error).slice(0, 200) },
        data: { rule: rule.meta.code },
      });
      options.onRuleError?.(error, rule.meta.code);
    }
  }
  // Timing (method/timing.ts): findings about a stage already left become the 售前考评 record (info, history).
  applyTiming(out.findings, currentStageIndex(e), e.policy.rules);
  // The flood cap, applied once where findings leave the core: CLI, JSON, SARIF and Problems view alike.
  return capFindings(sortFindings(out.findings), language, out.dropped);
}

/** The context a rule runs in: its reporter is bound to its code, its thresholds to its meta. */
function contextFor(rule: Rule, e: Engagement, out: FindingCollector, today: string): RuleContext {
  const declared = new Set(rule.meta.thresholds.map((t) => t.key));
  return {
    engagement: e,
    today,
    language: out.language,
    threshold: (key) => {
      if (!declared.has(key)) throw new Error(`${rule.meta.code} reads "${key}" without declaring it in meta.thresholds.`);
      return policyValue(e.policy, key);
    },
    report: (at, message, options) => out.report(at.file, at.range, rule.meta.code, message, options),
  };
}

/** Orders findings by file, position, then severity. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      ORDER[a.severity] - ORDER[b.severity],
  );
}
