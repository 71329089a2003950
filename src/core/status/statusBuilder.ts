import { bidSummary } from '../model/bidSummary';
import { budgetSummary } from '../model/budgetSummary';
import { concernCoverage } from '../model/concernCoverage';
import type { Engagement } from '../model/engagement';
import { needsSummary } from '../model/needsSummary';
import { pitfallGroups } from '../model/pitfalls';
import { stageProgress } from '../model/stageProgress';
import { stakeholderMap } from '../model/stakeholderMap';
import type { Finding } from '../types';
import type { EngagementStatus } from './statusTypes';

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/**
 * The snapshot the CLI `status`, the tree and the sidebar draw for one engagement. Pure: `findings`
 * are the engagement's check results and `today` (`YYYY-MM-DD`) the clock.
 */
export function buildStatus(engagement: Engagement, findings: readonly Finding[], today: string): EngagementStatus {
  const e = engagement;
  const stakeholders = stakeholderMap(e, today);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const status: EngagementStatus = {
    root: e.root,
    id: text(e.data.id),
    title: text(e.data.title),
    customer: text(e.data.customer),
    language: e.language,
    stages: stageProgress(e, findings),
    stakeholders,
    concerns: concernCoverage(e, stakeholders),
    needs: needsSummary(e),
    bids: bidSummary(e, today),
    budget: budgetSummary(e),
    pitfalls: pitfallGroups(findings),
    counts,
  };
  if (typeof e.data.category === 'string') status.category = e.data.category;
  if (e.stage) status.stage = e.stage;
  return status;
}
