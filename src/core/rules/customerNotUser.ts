import { stageIndex } from '../method/stages';
import { currentStageIndex, filesOfKind, itemsOf } from '../model/engagement';
import type { Localized } from '../types';
import { rangeFor } from './rangeFor';
import type { Rule } from './rule';

const NO_USER: Localized = {
  en: 'No stakeholder of type `user` is mapped. Do not take the customer for the user (认为客户是用户): “a girlfriend is not a wife”; those who buy are not those who use. Meet the front-line users and add them.',
  'zh-CN': '干系人中没有“使用者”（type: user）。切忌“认为客户是用户”——女朋友不等于老婆，买的人不是用的人；请走访一线使用者并补充到干系人中。',
};
const NO_USER_NEED: Localized = {
  en: 'No requirement is sourced from a user ({users}). Do not take the customer for the user (认为客户是用户): dig out the users’ key needs and record them with `source`.',
  'zh-CN': '没有一条需求来自使用者（{users}）。切忌“认为客户是用户”：请挖掘使用者的关键需求，并用 source 标明来源。',
};

/** `customer-not-user`: from the research stage on, no `user` stakeholder, or no requirement sourced from one. */
export const customerNotUser: Rule = {
  code: 'customer-not-user',
  run({ engagement: e, out }) {
    // The pitfall is the research stage's (调研误区); before it, users are simply not met yet.
    if (currentStageIndex(e) < stageIndex('research')) return;
    const people = itemsOf(e, 'stakeholders', 'people');
    const users = people.filter((p) => p.value.type === 'user').map((p) => String(p.value.id));
    if (users.length === 0) {
      const file = filesOfKind(e, 'stakeholders')[0];
      const range = file ? rangeFor(file, [['people'], 'key']) : rangeFor(e.file, [['stage'], 'value']);
      out.report(file?.path ?? e.file.path, range, 'customer-not-user', NO_USER, { data: { reason: 'no-user' } });
      return;
    }
    const reqs = itemsOf(e, 'requirements', 'items');
    if (reqs.length === 0) return; // no needs recorded yet: nothing to be one-sided about
    const reqFile = reqs[0].file;
    const fromUser = reqs.some((r) => {
      const s = r.value.source;
      return (Array.isArray(s) ? s : [s]).some((x) => x !== undefined && x !== null && users.includes(String(x)));
    });
    if (fromUser) return;
    out.report(reqFile.path, rangeFor(reqFile, [['items'], 'key']), 'customer-not-user', NO_USER_NEED, {
      params: { users: users.join(out.language === 'en' ? ', ' : '、') },
      data: { reason: 'no-user-requirement', users },
    });
  },
};
