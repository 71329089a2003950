import * as vscode from 'vscode';
import { DECISION_TYPES, type DeliverableStatus, type Range, type Severity, type StageProgress, STAGES } from '../../core';
import { pick, type DisplayLanguage } from '../displayLanguage';
import type { EngagementState } from '../storeApi';
import { toVsRange } from '../vsRange';
import { childrenOf, type KanoClass, type PersonType, type TreeNode } from './treeNodes';

/** What rendering needs besides the node. */
export interface TreeItemContext {
  lang: DisplayLanguage;
  uriOf(state: EngagementState, path: string): vscode.Uri;
  /** Engagements shown: a lone one starts expanded. */
  engagementCount: number;
}

const { Collapsed, Expanded, None } = vscode.TreeItemCollapsibleState;
const icon = (id: string, color?: string) => new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined);
const SEVERITY_ICON: Record<Severity, vscode.ThemeIcon> = { error: icon('error', 'problemsErrorIcon.foreground'), warning: icon('warning', 'problemsWarningIcon.foreground'), info: icon('info', 'problemsInfoIcon.foreground') };

/** The icon of a stage: passed, current (the debugger's "you are here"), or still to come. */
export function stageIcon(stage: StageProgress): vscode.ThemeIcon {
  if (stage.state === 'current') return icon('debug-stackframe', 'charts.blue');
  if (stage.state === 'todo') return icon('circle-large-outline');
  if (stage.state === 'skipped') return icon('debug-step-over');
  return stage.blockers.length ? icon('warning', 'problemsWarningIcon.foreground') : icon('pass', 'testing.iconPassed');
}

/** The icon of a deliverable slot by its state. */
export function deliverableIcon(d: DeliverableStatus): vscode.ThemeIcon {
  const ids: Record<DeliverableStatus['state'], vscode.ThemeIcon> = {
    missing: icon('circle-large-outline'), invalid: icon('error', 'problemsErrorIcon.foreground'), draft: icon('edit'),
    review: icon('eye'), final: icon('pass-filled', 'testing.iconPassed'), present: icon('file'),
  };
  return ids[d.state];
}

/** Renders one node. */
export function treeItem(node: TreeNode, ctx: TreeItemContext): vscode.TreeItem {
  const { state } = node;
  const open = (path: string, range?: Range): vscode.Command => ({
    command: 'vscode.open', title: vscode.l10n.t('Open'),
    arguments: [ctx.uriOf(state, path), range ? { selection: toVsRange(range) } : {}],
  });
  const item = (label: string, collapsible: vscode.TreeItemCollapsibleState, id: string, contextValue: string): vscode.TreeItem => {
    const t = new vscode.TreeItem(label, collapsible);
    t.id = `${state.key}/${id}`;
    t.contextValue = contextValue;
    return t;
  };
  const s = state.status;
  switch (node.type) {
    case 'engagement': {
      const stage = STAGES.find((x) => x.id === s.stage);
      const t = item(s.title || s.id || state.engagement.root, ctx.engagementCount === 1 ? Expanded : Collapsed, 'engagement', 'presales.engagement');
      t.description = [s.customer, stage && pick(stage.label, ctx.lang)].filter(Boolean).join(' · ');
      t.tooltip = `${state.folder.name}/${state.engagement.root}`.replace(/\/$/, '');
      t.iconPath = icon('briefcase');
      return t;
    }
    case 'stage': {
      const st = node.stage;
      const t = item(pick(st.label, ctx.lang), st.deliverables.length ? (st.state === 'current' ? Expanded : Collapsed) : None, `stage/${st.id}`, `presales.stage.${st.state}`);
      t.description = st.state === 'current' ? vscode.l10n.t('{0}% · current', st.percent)
        : st.state === 'skipped' ? vscode.l10n.t('skipped')
          : st.leftWithGateUnmet ? vscode.l10n.t('⚠ left with gate unmet · {0}%', st.percent) : `${st.percent}%`;
      t.tooltip = st.blockers.map((b) => b.message).join('\n') || undefined;
      t.iconPath = stageIcon(st);
      return t;
    }
    case 'deliverable': {
      const d = node.deliverable;
      const t = item(pick(d.label, ctx.lang), None, `stage/${node.stage.id}/${d.kind}`, `presales.deliverable.${d.state}`);
      t.description = deliverableState(d);
      t.tooltip = d.path;
      t.iconPath = deliverableIcon(d);
      t.command = d.state === 'missing'
        ? { command: 'presales.newDeliverable', title: vscode.l10n.t('Create deliverable'), arguments: [{ key: state.key, kind: d.kind }] }
        : open(d.path);
      if (d.state !== 'missing') t.resourceUri = ctx.uriOf(state, d.path);
      return t;
    }
    case 'stakeholders': {
      const t = item(vscode.l10n.t('Stakeholders'), Collapsed, 'stakeholders', 'presales.stakeholders');
      t.description = String(s.stakeholders.people.length);
      t.iconPath = icon('organization');
      return t;
    }
    case 'personType': {
      const cov = s.stakeholders.coverage.find((c) => c.type === node.personType);
      const t = item(personTypeLabel(node.personType, ctx.lang), node.people.length ? Expanded : None, `stakeholders/${node.personType}`, 'presales.stakeholderType');
      t.description = cov ? vscode.l10n.t('{0} mapped · {1} contacted', cov.mapped, cov.contacted) : String(node.people.length);
      t.iconPath = cov?.gap ? icon('warning', 'problemsWarningIcon.foreground') : icon('account');
      return t;
    }
    case 'person': {
      const p = node.person;
      const t = item(p.name || p.id, None, `stakeholders/${p.type}/${p.id}@${p.range.start.line}`, 'presales.stakeholder');
      t.description = [p.title, p.cold ? vscode.l10n.t('cold') : undefined].filter(Boolean).join(' · ');
      t.iconPath = icon('person');
      t.command = open(p.file, p.range);
      return t;
    }
    case 'requirements': {
      const t = item(vscode.l10n.t('Requirements'), Collapsed, 'requirements', 'presales.requirements');
      t.description = String(s.needs.total);
      t.iconPath = icon('checklist');
      return t;
    }
    case 'kano': {
      const unmet = node.rows.filter((r) => r.status === 'unmet').length;
      const t = item(kanoLabel(node.kano), node.rows.length ? Collapsed : None, `requirements/${node.kano}`, 'presales.kano');
      t.description = unmet ? vscode.l10n.t('{0} · {1} unmet', node.rows.length, unmet) : String(node.rows.length);
      t.iconPath = icon('symbol-class');
      return t;
    }
    case 'requirement': {
      const r = node.row;
      const t = item(r.id ? `${r.id} ${r.title}` : r.title, None, `requirements/${r.kano}/${r.id}/${r.range.start.line}`, 'presales.requirement');
      const flagged = r.flag?.findings;
      // A flagged requirement shows its finding (blind-yes on a "met" item is not a green check).
      t.description = [requirementStatus(r.status), ...(flagged ?? []).map((f) => f.term ? `${f.code} · ${f.term}` : f.code)].join(' · ');
      if (flagged) t.tooltip = flagged.map((f) => `${f.code}: ${f.message}`).join('\n');
      t.iconPath = r.flag ? SEVERITY_ICON[r.flag.severity]
        : r.status === 'unmet' ? icon('circle-slash', 'problemsErrorIcon.foreground') : r.status === 'met' ? icon('pass', 'testing.iconPassed') : icon('circle-outline');
      t.command = open(r.file, r.range);
      return t;
    }
    case 'pitfalls': {
      // The one count of core status: every finding, structural ones included (= badge, status bar, `presales check`).
      const { error: e, warning: w, info: i } = s.counts;
      const t = item(vscode.l10n.t('Pitfalls'), childrenOf(node).length ? Collapsed : None, 'pitfalls', 'presales.pitfalls');
      t.description = vscode.l10n.t('{0} errors · {1} warnings · {2} info', e, w, i);
      t.iconPath = e ? SEVERITY_ICON.error : w ? SEVERITY_ICON.warning : i ? SEVERITY_ICON.info : icon('pass', 'testing.iconPassed');
      return t;
    }
    case 'pitfall': {
      const { finding, term, summary } = node.item;
      const at = finding.range.start;
      const t = item(pick(summary, ctx.lang), None, `pitfalls/${node.index}/${finding.code}`, 'presales.finding');
      t.description = term ? `${finding.code} · ${term}` : finding.code;
      t.tooltip = `${finding.message}\n${finding.file}:${at.line + 1}:${at.character + 1}`;
      t.iconPath = SEVERITY_ICON[finding.severity];
      t.command = open(finding.file, finding.range);
      return t;
    }
    case 'otherFindings': {
      const g = node.group;
      const at = g.first.range.start;
      const t = item(pick(g.summary, ctx.lang), None, `pitfalls/other/${g.code}/${g.severity}`, 'presales.findingGroup');
      t.description = g.count > 1 ? vscode.l10n.t('{0} · {1} findings', g.code, g.count) : g.code;
      t.tooltip = `${g.first.message}\n${g.first.file}:${at.line + 1}:${at.character + 1}`;
      t.iconPath = SEVERITY_ICON[g.severity];
      t.command = open(g.first.file, g.first.range);
      return t;
    }
  }
}

function deliverableState(d: DeliverableStatus): string {
  const words: Record<DeliverableStatus['state'], string> = {
    missing: vscode.l10n.t('missing'), invalid: vscode.l10n.t('invalid'), draft: vscode.l10n.t('draft'),
    review: vscode.l10n.t('in review'), final: vscode.l10n.t('final'), present: vscode.l10n.t('present'),
  };
  return d.optional ? vscode.l10n.t('{0} (optional)', words[d.state]) : words[d.state];
}

function personTypeLabel(type: PersonType, lang: DisplayLanguage): string {
  const spec = DECISION_TYPES.find((t) => t.id === type);
  return spec ? pick(spec.label, lang) : vscode.l10n.t('Type unknown');
}

function kanoLabel(kano: KanoClass): string {
  const words: Record<KanoClass, string> = {
    basic: vscode.l10n.t('Basic needs'), performance: vscode.l10n.t('Performance needs'),
    excitement: vscode.l10n.t('Excitement needs'), unclassified: vscode.l10n.t('Not classified'),
  };
  return words[kano];
}

function requirementStatus(status: string): string {
  const words: Record<string, string> = {
    met: vscode.l10n.t('met'), partial: vscode.l10n.t('partial'), unmet: vscode.l10n.t('unmet'),
    'out-of-scope': vscode.l10n.t('out of scope'), open: vscode.l10n.t('open'),
  };
  return words[status] ?? status;
}
