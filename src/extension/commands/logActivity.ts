import * as vscode from 'vscode';
import { addDays, isoDay, owesFollowUpAt, policyValue } from '../../core';
import { localToday } from '../engagementStore';
import { argsOf, stringArg, type Command, type CommandServices } from './command';
import { resolveEngagement } from './engagementArg';
import { listWriteAllowed } from './listWriteAllowed';
import { addListItem } from './listWriter';
import { askDate, oneOf, pickMany, pickOne, type Choice } from './prompts';
import { canWrite } from './writeGuard';

const TYPES = ['visit', 'demo', 'briefing', 'research', 'test', 'training', 'bid'] as const;
type ActivityType = (typeof TYPES)[number];

/**
 * `presales.logActivity`: type, date (today by default), who took part (picked from the stakeholders) and,
 * for visits, briefings and demos, the follow-up date (date + the policy's follow-up days by default).
 * Args (all optional): `{ key | engagement, type, date, with: string[], follow_up }`.
 */
export function logActivityCommand(services: CommandServices): Command {
  return {
    id: 'presales.logActivity',
    async execute(arg?: unknown) {
      if (!canWrite()) return;
      const state = await resolveEngagement(services.store, arg);
      if (!state || !listWriteAllowed(state, 'activities')) return;
      const a = argsOf(arg);
      const type = oneOf(a.type, TYPES) ?? (await pickOne(vscode.l10n.t('Type of activity'), TYPES.map((t): Choice<ActivityType> => ({ label: typeLabel(t), description: t, value: t }))));
      if (!type) return;
      const given = stringArg(a, 'date');
      const date = given && isoDay(given) !== undefined ? given : await askDate(vscode.l10n.t('Date (YYYY-MM-DD)'), localToday(), true);
      if (!date) return;
      const people = state.engagement.people.filter((p) => p.id !== undefined);
      const withIds = Array.isArray(a.with)
        ? a.with.map(String)
        : await pickMany(vscode.l10n.t('With whom? (stakeholders)'), people.map((p) => ({ label: p.name ?? p.id!, description: p.id!, value: p.id! })));
      if (!withIds) return;
      const wantsFollowUp = owesFollowUpAt(type, state.engagement.stage);
      const defaultFollowUp = wantsFollowUp ? addDays(date, policyValue(state.engagement.policy, 'follow_up_days')) : undefined;
      const followUp = stringArg(a, 'follow_up') ?? (wantsFollowUp && a.type === undefined
        ? await askDate(vscode.l10n.t('Follow-up date — revisit within three days (empty: none yet)'), defaultFollowUp, false)
        : defaultFollowUp);
      if (followUp === undefined && wantsFollowUp && a.type === undefined) return;
      await addListItem(services, state, 'activities', 'items', {
        date, type, stage: state.engagement.stage, with: withIds.length ? withIds : undefined, follow_up: followUp || undefined,
      });
    },
  };
}

function typeLabel(t: ActivityType): string {
  switch (t) {
    case 'visit': return vscode.l10n.t('Customer visit');
    case 'demo': return vscode.l10n.t('Product demo');
    case 'briefing': return vscode.l10n.t('Briefing');
    case 'research': return vscode.l10n.t('Research day');
    case 'test': return vscode.l10n.t('Product test / POC');
    case 'training': return vscode.l10n.t('Pre-sales training');
    default: return vscode.l10n.t('Bid');
  }
}
