import { stageIndex } from '../method/stages';
import { currentStageIndex } from '../model/engagement';
import { peoplePlace } from '../model/peoplePlace';
import { where } from '../model/source';
import type { Localized } from '../types';
import { defineRule, docsAnchor } from './rule';

const NO_USER: Localized = {
  en: 'No stakeholder of type `user` is mapped. Do not take the customer for the user (认为客户是用户): “a girlfriend is not a wife”; those who buy are not those who use. Meet the front-line users and add them.',
  'zh-CN': '干系人中没有“使用者”（type: user）。切忌“认为客户是用户”——女朋友不等于老婆，买的人不是用的人；请走访一线使用者并补充到干系人中。',
};
const NO_USER_NEED: Localized = {
  en: 'No requirement is sourced from a user ({users}). Do not take the customer for the user (认为客户是用户): dig out the users’ key needs and record them with `source`.',
  'zh-CN': '没有一条需求来自使用者（{users}）。切忌“认为客户是用户”：请挖掘使用者的关键需求，并用 source 标明来源。',
};

/** `customer-not-user`: from the research stage on, no `user` stakeholder, or no requirement sourced from one. */
export const customerNotUser = defineRule({
  meta: {
    code: 'customer-not-user',
    severity: 'warning',
    term: '认为客户是用户',
    summary: { 'zh-CN': '把客户当成用户', en: 'The buyers are taken for the users' },
    description: {
      'zh-CN': '从调研阶段起，干系人中没有使用者，或没有一条需求来自使用者。买的人不是用的人（女朋友不等于老婆）：只听采购方和领导的需求，方案往往落不了地。',
      en: 'From the research stage on, no stakeholder is a user, or no requirement comes from one. Those who buy are not those who use (“a girlfriend is not a wife”): needs heard only from buyers and managers make solutions that do not land.',
    },
    thresholds: [],
    pitfall: true,
    fixable: false,
    docs: docsAnchor('customer-not-user'),
    explain: {
      fires: {
        'zh-CN': '调研阶段及以后，干系人中没有使用者（`type: user`），或没有任何需求来自使用者。',
        en: 'From the research stage on, no stakeholder is a user (`type: user`), or no requirement comes from one.',
      },
      example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    type: approver\n  - id: ian-cio\n    type: it-decider\n# nobody who will use the system',
      fix: {
        'zh-CN': '找到并记录真正的使用者，向他们调研需求，并在需求的 `source` 中注明。',
        en: 'Find and record the real users, hear their needs, and name them in the requirements’ `source`.',
      },
    },
  },
  run({ engagement: e, language, report }) {
    // The pitfall is the research stage's (调研误区); before it, users are simply not met yet.
    if (currentStageIndex(e) < stageIndex('research')) return;
    const users = e.people.filter((p) => p.type === 'user').map((p) => p.id ?? '?');
    if (users.length === 0) {
      report(peoplePlace(e), NO_USER, { data: { reason: 'no-user' } });
      return;
    }
    if (e.requirements.length === 0) return; // no needs recorded yet: nothing to be one-sided about
    const fromUser = e.requirements.some((r) => r.source.some((s) => users.includes(s.id)));
    if (fromUser) return;
    report(where({ file: e.requirements[0].at.file, path: [] }, 'items', 'key'), NO_USER_NEED, {
      params: { users: users.join(language === 'en' ? ', ' : '、') },
      data: { reason: 'no-user-requirement', users },
    });
  },
});
