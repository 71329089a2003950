import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { env, fake, validationMessages, workspace } from '../helpers/fakeVscode';
import { setUp, text, wsFiles } from './commandHarness';
import { script, settleConfirmations } from './wizardScript';

const HOLDOUT = { 'test/integration/workspace/holdout-clinic': 'holdout-clinic' };
const file = (name: string) => `holdout-clinic/${name}`;
const lineOf = (body: string, needle: string) => body.slice(0, body.indexOf(needle)).split('\n').length - 1;

describe('presales.addStakeholder asks the whole person', () => {
  it('writes every field asked, suggests a pinyin id, never invents a last contact, and opens the written line', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text(file('stakeholders.yaml'))!;
    const { shown, left } = script([
      { ask: /Full name/, type: '黄院长' },
      { ask: /Stakeholder id/, type: 'huang-yuanzhang' },
      { ask: /Job title/, type: '院长' },
      { ask: /Decision-maker type/, pick: 'approver' },
      { ask: /Influence/, pick: 'high' },
      { ask: /Attitude/, pick: 'neutral' },
      { ask: /concerns/, pick: ['price', 'brand'] },
      { ask: /Last contact/, type: '' },
    ], { open: true });
    await run('presales.addStakeholder');
    await settleConfirmations();
    assert.equal(left(), 0);
    assert.deepEqual(shown.map((s) => s.counter), ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8']);
    assert.equal(shown[1].value, 'huang-yuanzhang', 'the id is suggested in pinyin');
    assert.equal(shown[7].value, '', 'last contact is never pre-filled');
    const after = text(file('stakeholders.yaml'))!;
    assert.equal(after, `${before}  - id: huang-yuanzhang\n    name: 黄院长\n    title: 院长\n    type: approver\n    influence: high\n    attitude: neutral\n    concerns: [price, brand]\n`);
    assert.match(fake.shownMessages.at(-1)!, /^Stakeholder huang-yuanzhang \(黄院长\) added to holdout-clinic\/stakeholders\.yaml, line \d+\.$/);
    assert.deepEqual(fake.shownSelections, [{ uri: 'file:///ws/holdout-clinic/stakeholders.yaml', line: lineOf(after, '- id: huang-yuanzhang') }]);
    await store.refresh();
    assert.deepEqual(store.all()[0].findings.filter((f) => f.file.endsWith('stakeholders.yaml')).map((f) => f.code), []);
    const person = store.all()[0].engagement.people.find((p) => p.id === 'huang-yuanzhang')!;
    assert.deepEqual([person.name, person.title, person.type, person.influence, person.attitude, person.concerns, person.lastContact], ['黄院长', '院长', 'approver', 'high', 'neutral', ['price', 'brand'], undefined]);
  });

  it('goes back a step with the earlier answer kept, skips optional steps, and writes a given last contact', async () => {
    const { run } = await setUp(HOLDOUT);
    const before = text(file('stakeholders.yaml'))!;
    const { shown } = script([
      { ask: /Full name/, type: 'Olga Finch' },
      { ask: /Stakeholder id/, type: 'olga-finch' },
      { ask: /Job title/, type: 'CFO' },
      { ask: /Decision-maker type/, back: true },
      { ask: /Job title/, type: 'Chief Financial Officer' },
      { ask: /Decision-maker type/, pick: 'business-decider' },
      { ask: /Influence/, pick: null },
      { ask: /Attitude/, pick: 'skeptic' },
      { ask: /concerns/, pick: [] },
      { ask: /Last contact/, type: '2026-11-02' },
    ]);
    await run('presales.addStakeholder');
    assert.equal(shown[4].value, 'CFO', 'Back shows the earlier answer');
    assert.equal(shown[4].counter, '3/8');
    assert.equal(text(file('stakeholders.yaml')), `${before}  - id: olga-finch\n    name: Olga Finch\n    title: Chief Financial Officer\n    type: business-decider\n    attitude: skeptic\n    last_contact: 2026-11-02\n`);
  });

  it('describes every choice with its value and both languages, and refuses a taken id', async () => {
    const { run } = await setUp(HOLDOUT);
    const before = text(file('stakeholders.yaml'));
    const { shown } = script([
      { ask: /Full name/, type: 'Ann Chief' },
      { ask: /Stakeholder id/, type: 'ann-chief' },
    ]);
    await run('presales.addStakeholder');
    assert.equal(shown[1].value, 'ann-chief-2');
    assert.deepEqual(validationMessages.slice(-1), ['ann-chief is already taken.']);
    assert.equal(text(file('stakeholders.yaml')), before);
    const rows = (await (async () => {
      const seen = script([
        { ask: /Full name/, type: 'X' }, { ask: /Stakeholder id/, type: 'x' }, { ask: /Job title/, type: '' },
        { ask: /Decision-maker type/, pick: 'user' }, { ask: /Influence/, pick: 'low' }, { ask: /Attitude/, pick: 'champion' },
        { ask: /concerns/, cancel: true },
      ]);
      await run('presales.addStakeholder');
      return seen.shown.filter((s) => s.rows.length > 0).flatMap((s) => s.rows.filter((r) => r.kind === undefined));
    })());
    assert.ok(rows.length >= 4 + 4 + 5 + 8);
    for (const r of rows) {
      assert.ok(r.description, `${r.label} has a description`);
      if (r.value !== null) assert.ok(r.detail, `${r.label} says what it means`);
    }
    // The label is the display name; the description is the written value and the other language's name, once.
    assert.ok(rows.some((r) => r.label === 'Champion' && r.description === 'champion · 拥护者'));
    assert.ok(rows.some((r) => r.label === 'Approver' && r.description === 'approver · 拍板者'));
    for (const r of rows) assert.ok(!r.description!.includes(r.label), `${r.label} is not repeated in «${r.description}»`);
    assert.equal(text(file('stakeholders.yaml')), before, 'cancelling writes nothing');
  });
});

describe('record commands from the tree', () => {
  it('Add Stakeholder on a decision-type group skips the type step and writes that type; Add Requirement on a Kano group its class', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const state = store.all()[0];
    const before = text(file('stakeholders.yaml'))!;
    const { shown } = script([
      { ask: /Full name/, type: 'Una Second' }, { ask: /Stakeholder id/, type: 'una-second' }, { ask: /Job title/, type: '' },
      { ask: /Influence/, pick: 'low' }, { ask: /Attitude/, pick: 'supporter' }, { ask: /concerns/, pick: ['usability'] }, { ask: /Last contact/, type: '' },
    ]);
    await run('presales.addStakeholder', { type: 'personType', state, personType: 'user', people: [] });
    assert.equal(shown[0].counter, '1/7');
    assert.equal(text(file('stakeholders.yaml')), `${before}  - id: una-second\n    name: Una Second\n    type: user\n    influence: low\n    attitude: supporter\n    concerns: [usability]\n`);
    const req = text(file('requirements.yaml'))!;
    script([
      { ask: /customer's words/, type: 'Dark mode' }, { ask: /reasonable/, pick: true }, { ask: /meets it/, pick: null },
      { ask: /source/, pick: 'una-nurse' }, { ask: /Estimated cost/, type: '500k' }, { ask: /Product gap/, pick: 'nice-to-have' }, { ask: /Product area/, type: '' },
    ]);
    await run('presales.addRequirement', { type: 'kano', state, kano: 'excitement', rows: [] });
    assert.equal(text(file('requirements.yaml')), `${req}  - id: REQ-004\n    title: Dark mode\n    kano: excitement\n    reasonable: true\n    source: una-nurse\n    estimate: 500000\n    gap: {type: nice-to-have}\n`);
  });
});

describe('presales.addRequirement asks the whole requirement', () => {
  it('writes title, Kano, reasonable, status, source, the estimate read from "12万" and the product gap', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text(file('requirements.yaml'))!;
    const { shown, left } = script([
      { ask: /customer's words/, type: 'Beds: live view # ward' },
      { ask: /Kano/, pick: 'performance' },
      { ask: /reasonable/, pick: false },
      { ask: /meets it/, pick: 'partial' },
      { ask: /source/, pick: 'ian-cio' },
      { ask: /Estimated cost/, type: '￥5万' },
    ]);
    await run('presales.addRequirement');
    assert.equal(left(), 0);
    assert.deepEqual(validationMessages.slice(-1), ['This engagement counts in USD; write the amount in USD.']);
    assert.equal(text(file('requirements.yaml')), before, 'an amount in another currency is refused');
    const second = script([
      { ask: /customer's words/, type: 'Beds: live view # ward' },
      { ask: /Kano/, pick: 'performance' },
      { ask: /reasonable/, pick: false },
      { ask: /meets it/, pick: 'partial' },
      { ask: /source/, pick: 'ian-cio' },
      { ask: /Estimated cost/, type: '12万' },
      { ask: /Product gap/, pick: 'challenge' },
      { ask: /Product area/, type: 'bed sensors: partner' },
    ]);
    await run('presales.addRequirement');
    assert.deepEqual(second.shown.map((s) => s.counter), ['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7', '8/8'], 'the gap notes step appears once a gap is picked');
    assert.deepEqual(shown[4].rows.filter((r) => r.kind === undefined).map((r) => r.value), ['ann-chief', 'ian-cio', 'una-nurse', null]);
    assert.equal(text(file('requirements.yaml')), `${before}  - id: REQ-004\n    title: "Beds: live view # ward"\n    kano: performance\n    reasonable: false\n    status: partial\n    source: ian-cio\n    estimate: 120000\n    gap: {type: challenge, area: "bed sensors: partner"}\n`);
    await store.refresh();
    const r = store.all()[0].engagement.requirements.find((x) => x.id === 'REQ-004')!;
    assert.deepEqual([r.title, r.kano, r.reasonable, r.status, r.source.map((s) => s.id), r.estimate, r.gap?.type, r.gap?.area], ['Beds: live view # ward', 'performance', false, 'partial', ['ian-cio'], 120000, 'challenge', 'bed sensors: partner']);
    assert.deepEqual(store.all()[0].findings.filter((f) => f.file.endsWith('requirements.yaml') && f.code === 'schema'), []);
  });

  it('skips every optional step: only id, title and Kano are written; "1.2M" and "1.2亿" are understood', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text(file('requirements.yaml'))!;
    script([
      { ask: /customer's words/, type: 'Export to PDF' },
      { ask: /Kano/, pick: 'basic' },
      { ask: /reasonable/, pick: null },
      { ask: /meets it/, pick: null },
      { ask: /source/, pick: null },
      { ask: /Estimated cost/, type: '' },
      { ask: /Product gap/, pick: null },
    ]);
    await run('presales.addRequirement');
    const once = `${before}  - id: REQ-004\n    title: Export to PDF\n    kano: basic\n`;
    assert.equal(text(file('requirements.yaml')), once);
    await store.refresh(); // as the file watcher does
    script([
      { ask: /customer's words/, type: 'SMS reminders' }, { ask: /Kano/, pick: 'excitement' }, { ask: /reasonable/, pick: true },
      { ask: /meets it/, pick: 'unmet' }, { ask: /source/, pick: 'una-nurse' }, { ask: /Estimated cost/, type: '1.2M' }, { ask: /Product gap/, pick: null },
    ]);
    await run('presales.addRequirement');
    assert.equal(text(file('requirements.yaml')), `${once}  - id: REQ-005\n    title: SMS reminders\n    kano: excitement\n    reasonable: true\n    status: unmet\n    source: una-nurse\n    estimate: 1200000\n`);
    await store.refresh();
    await run('presales.addRequirement', { title: 'Data centre', kano: 'basic', estimate: '1.2亿' });
    assert.match(text(file('requirements.yaml'))!, /- id: REQ-006\n {4}title: Data centre\n {4}kano: basic\n {4}estimate: 120000000\n$/);
  });
});

describe('presales.logActivity never invents a follow-up', () => {
  it('Enter on the empty follow-up writes no follow_up, and follow-up-overdue keeps firing on the new visit', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text(file('activities.yaml'))!;
    const { shown, left } = script([
      { ask: /Date of the activity/, type: '2026-11-20' },
      { ask: /Type of activity/, pick: 'visit' },
      { ask: /Stage it belongs to/, pick: 'research' },
      { ask: /With whom/, pick: ['ann-chief', 'una-nurse'] },
      { ask: /Effort/, type: '0.5' },
      { ask: /Follow-up date/, type: '' },
    ], { open: true });
    await run('presales.logActivity');
    await settleConfirmations();
    assert.equal(left(), 0);
    assert.deepEqual(shown.map((s) => s.counter), ['1/6', '2/6', '3/6', '4/6', '5/6', '6/6']);
    assert.match(shown[0].value, /^\d{4}-\d\d-\d\d$/, 'the date of the activity is pre-filled (editable)');
    assert.equal(shown[5].value, '', 'the follow-up is never pre-filled');
    assert.match(shown[5].ask, /within 3 days/);
    assert.deepEqual(shown[2].active, ['research'], 'the current stage is offered first');
    assert.equal(shown[2].rows[0].value, 'research');
    const after = text(file('activities.yaml'))!;
    assert.equal(after, `${before}  - date: 2026-11-20\n    type: visit\n    stage: research\n    with: [ann-chief, una-nurse]\n    effort_days: 0.5\n`);
    const line = lineOf(after, '- date: 2026-11-20\n    type: visit\n    stage: research\n    with: [ann-chief, una-nurse]');
    assert.deepEqual(fake.shownSelections, [{ uri: 'file:///ws/holdout-clinic/activities.yaml', line }]);
    await store.refresh(); // the core check, today = 2026-11-28
    const overdue = store.all()[0].findings.filter((f) => f.code === 'follow-up-overdue' && f.file.endsWith('activities.yaml'));
    assert.ok(overdue.some((f) => f.range.start.line >= line && f.range.start.line <= line + 4), `follow-up-overdue on the new visit (line ${line}): ${JSON.stringify(overdue.map((f) => f.range.start.line))}`);
  });

  it('writes a follow-up the writer typed (not before the activity), and then the visit is not overdue', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text(file('activities.yaml'))!;
    script([
      { ask: /Date of the activity/, type: '2026-11-20' }, { ask: /Type of activity/, pick: 'visit' }, { ask: /Stage it belongs to/, pick: 'research' },
      { ask: /With whom/, pick: ['ann-chief'] }, { ask: /Effort/, type: '' }, { ask: /Follow-up date/, type: '2026-11-19' },
    ]);
    await run('presales.logActivity');
    assert.deepEqual(validationMessages.slice(-1), ['The follow-up cannot be before the activity (2026-11-20).']);
    assert.equal(text(file('activities.yaml')), before);
    script([
      { ask: /Date of the activity/, type: '2026-11-20' }, { ask: /Type of activity/, pick: 'visit' }, { ask: /Stage it belongs to/, pick: 'research' },
      { ask: /With whom/, pick: ['ann-chief'] }, { ask: /Effort/, type: '' }, { ask: /Follow-up date/, type: '2026-11-22' },
    ]);
    await run('presales.logActivity');
    const after = text(file('activities.yaml'))!;
    assert.equal(after, `${before}  - date: 2026-11-20\n    type: visit\n    stage: research\n    with: [ann-chief]\n    follow_up: 2026-11-22\n`);
    await store.refresh();
    const line = lineOf(after, '- date: 2026-11-20\n    type: visit\n    stage: research\n    with: [ann-chief]\n    follow_up');
    assert.deepEqual(store.all()[0].findings.filter((f) => f.code === 'follow-up-overdue' && f.range.start.line >= line), []);
  });
});

describe('presales.recordReview asks the deliverable', () => {
  it('pre-set to a stage, offers that stage\'s files and writes stage, deliverable, date, result and reviewers', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text(file('reviews.yaml'))!;
    const { shown, left } = script([
      { ask: /Deliverable reviewed/, pick: '03-research/report.md' },
      { ask: /Result/, pick: 'pass' },
      { ask: /Reviewers/, type: 'Sam Ortiz、Dana Reed' },
      { ask: /Date of the review/, type: '2026-11-27' },
    ]);
    await run('presales.recordReview', { engagement: 'holdout-clinic', stage: 'research' });
    assert.equal(left(), 0);
    assert.deepEqual(shown.map((s) => s.counter), ['1/4', '2/4', '3/4', '4/4']);
    assert.deepEqual(shown[0].rows.filter((r) => r.kind === undefined).map((r) => r.value), ['03-research/plan.md', '03-research/report.md', null]);
    assert.equal(text(file('reviews.yaml')), `${before}  - stage: research\n    deliverable: 03-research/report.md\n    date: 2026-11-27\n    result: pass\n    reviewers: [Sam Ortiz, Dana Reed]\n`);
    await store.refresh();
    const review = store.all()[0].engagement.reviews.at(-1)!;
    assert.deepEqual([review.stage, review.deliverable, review.date, review.result, review.reviewers], ['research', '03-research/report.md', '2026-11-27', 'pass', ['Sam Ortiz', 'Dana Reed']]);
  });

  it('asks the stage first (current first) when not pre-set', async () => {
    const { run } = await setUp(HOLDOUT);
    const before = text(file('reviews.yaml'))!;
    const { shown } = script([
      { ask: /Stage under review/, pick: 'introduction' },
      { ask: /Deliverable reviewed/, pick: null },
      { ask: /Result/, pick: 'fail' },
      { ask: /Reviewers/, type: '' },
      { ask: /Date of the review/, type: '2026-11-02' },
    ]);
    await run('presales.recordReview');
    assert.equal(shown[0].rows[0].value, 'research');
    assert.deepEqual(shown[1].rows.filter((r) => r.kind === undefined).map((r) => r.value), ['02-introduction/deck.md', '02-introduction/summary.md', null]);
    assert.equal(text(file('reviews.yaml')), `${before}  - stage: introduction\n    date: 2026-11-02\n    result: fail\n`);
  });
});

describe('presales.newEngagement budget', () => {
  it('understands "120万" typed and "1.2M" given, keeping a written currency', async () => {
    const { store, run } = await setUp();
    const inputs = ['zh-amount', '某市人民医院', 'HIS 升级', '120万', ''];
    const picks: Record<string, string> = { 'Presales category': 'solution', 'Document language': 'zh-CN' };
    fake.answer = (kind, _title, items, meta) => (kind === 'input' ? inputs.shift() : kind === 'pick' ? (items as { value: string }[]).find((i) => i.value === picks[meta?.placeholder ?? '']) : undefined);
    await run('presales.newEngagement');
    await run('presales.newEngagement', { folder: workspace.workspaceFolders![0].uri, id: 'en-amount', title: 'T', customer: 'C', category: 'product', language: 'en', budget: '$1.2M' });
    await store.refresh();
    const budgets = Object.fromEntries(store.all().map((s) => [s.engagement.root, s.engagement.budget]));
    assert.deepEqual(budgets, { 'zh-amount': { amount: 1200000, currency: 'CNY' }, 'en-amount': { amount: 1200000, currency: 'USD' } });
  });
});

describe('presales.newEngagement steps', () => {
  it('counts its seven steps, describes its choices, refuses a non-amount and reads "1.2亿"', async () => {
    const { store, run } = await setUp();
    const refused = script([
      { ask: /Engagement id/, type: 'steps-new' }, { ask: /Customer's full name/, type: 'C' }, { ask: /Project title/, type: 'T' },
      { ask: /Presales category/, pick: 'product' }, { ask: /Document language/, pick: 'en' }, { ask: /Budget amount/, type: 'about a million' },
    ]);
    await run('presales.newEngagement');
    assert.equal(refused.left(), 0);
    assert.deepEqual(validationMessages.slice(-1), ['Not an amount. Write digits with an optional unit: 1,200,000 · 120万 · 1.2亿 · 1.2M · 500k · ￥120万元.']);
    assert.deepEqual(wsFiles(), []);
    const { shown } = script([
      { ask: /Engagement id/, type: 'steps-new' }, { ask: /Customer's full name/, type: 'C' }, { ask: /Project title/, type: 'T' },
      { ask: /Presales category/, pick: 'product' }, { ask: /Document language/, pick: 'zh-CN' }, { ask: /Budget amount/, type: '1.2亿' }, { ask: /Presales lead/, type: '' },
    ]);
    await run('presales.newEngagement');
    assert.deepEqual(shown.map((x) => x.counter), ['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    assert.deepEqual(shown[3].rows.map((r) => r.description), ['product · 产品类售前', 'solution · 方案类售前', 'consulting · 咨询类售前']);
    await store.refresh();
    assert.deepEqual(store.all()[0].engagement.budget, { amount: 120000000, currency: 'CNY' });
  });
});

describe('every write command in an untrusted workspace', () => {
  it('is refused and writes nothing', async () => {
    const { run } = await setUp(HOLDOUT);
    const before = wsFiles().map((f) => `${f}\n${text(f)}`);
    workspace.isTrusted = false;
    const asked: string[] = [];
    fake.answer = (kind, title) => void (kind !== 'message' && asked.push(title));
    for (const id of ['presales.addStakeholder', 'presales.addRequirement', 'presales.logActivity', 'presales.recordReview']) await run(id);
    assert.deepEqual(wsFiles().map((f) => `${f}\n${text(f)}`), before);
    assert.equal(fake.shownMessages.filter((m) => /not trusted/.test(m)).length, 4);
    assert.deepEqual(asked, []);
  });
});

describe('presales.newDeliverable offers every stage', () => {
  it('groups kinds under one separator per stage, the current stage first, and creates a summary for a stage left', async () => {
    const { store, run } = await setUp(HOLDOUT);
    fake.files.delete('file:///ws/holdout-clinic/02-introduction/summary.md');
    await store.refresh();
    let rows: { label: string; kind?: number; description?: string; detail?: string; value?: { kind: string; stage: string } }[] = [];
    fake.answer = (kind, _title, items) => {
      if (kind !== 'pick') return undefined;
      rows = items as typeof rows;
      return rows.find((r) => r.value?.kind === 'stage-summary' && r.value.stage === 'introduction');
    };
    await run('presales.newDeliverable');
    const separators = rows.filter((r) => r.kind === -1).map((r) => r.label);
    assert.deepEqual(separators, ['Research (current stage)', 'Kickoff', 'Introduction', 'Solution', 'Bidding / negotiation', 'Closure']);
    const research = rows.slice(1, rows.findIndex((r, i) => i > 0 && r.kind === -1));
    assert.deepEqual(research.map((r) => `${r.value?.kind}:${r.detail?.startsWith('Missing') ? 'missing' : 'exists'}`), ['stage-summary:missing', 'research-plan:exists', 'research-report:exists']);
    for (const r of rows.filter((x) => x.kind !== -1)) {
      assert.match(r.description!, /^[a-z-]+ · [\u4e00-\u9fff]/, 'the value and the Chinese name');
      assert.ok(!r.description!.includes(r.label), `${r.label} is not repeated in «${r.description}»`);
    }
    const intro = rows.slice(rows.findIndex((r) => r.label === 'Introduction') + 1, rows.findIndex((r) => r.label === 'Solution'));
    assert.deepEqual(intro.map((r) => `${r.value?.kind}:${r.detail?.startsWith('Missing') ? 'missing' : 'exists'}`), ['stage-summary:missing', 'intro-deck:exists']);
    assert.match(text('holdout-clinic/02-introduction/summary.md')!, /^---\nkind: stage-summary\nstage: introduction\n/);
  });
});

describe('record commands speak the display language, not the written values', () => {
  it('Log Activity offers people with their decision type by name and confirms the activity type by name', async () => {
    const { run } = await setUp(HOLDOUT);
    const { shown } = script([
      { ask: /Date of the activity/, type: '2026-11-20' }, { ask: /Type of activity/, pick: 'visit' }, { ask: /Stage it belongs to/, pick: 'research' },
      { ask: /With whom/, pick: ['ann-chief'] }, { ask: /Effort/, type: '' }, { ask: /Follow-up date/, type: '' },
    ]);
    await run('presales.logActivity');
    const ann = shown[3].rows.find((r) => r.value === 'ann-chief')!;
    assert.deepEqual([ann.label, ann.description, ann.detail], ['Ann Chief', 'ann-chief', 'Chief Executive · Approver']);
    const visit = shown[1].rows.find((r) => r.value === 'visit')!;
    assert.deepEqual([visit.label, visit.description], ['Customer visit', 'visit · 拜访']);
    assert.match(fake.shownMessages.at(-1)!, /^Activity of 2026-11-20 \(Customer visit\) added to holdout-clinic\/activities\.yaml, line \d+\.$/);
  });

  it('in a Chinese session: Add Requirement\'s people, Record Quick Review\'s deliverables and confirmation use Chinese names', async () => {
    env.language = 'zh-cn';
    try {
      const { run } = await setUp(HOLDOUT);
      const req = script([
        { ask: /customer's words/, type: '门诊排队' }, { ask: /Kano class/, pick: 'basic' }, { ask: /reasonable/, pick: null },
        { ask: /How far our offer/, pick: null }, { ask: /Who raised/, cancel: true },
      ]);
      await run('presales.addRequirement');
      const ann = req.shown.at(-1)!.rows.find((r) => r.value === 'ann-chief')!;
      assert.equal(ann.detail, 'Chief Executive · 拍板者');
      const kano = req.shown.find((x) => x.rows.some((r) => r.value === 'basic'))!.rows.find((r) => r.value === 'basic')!;
      assert.deepEqual([kano.label, kano.description], ['基本需求', 'basic · Basic need']);
      const review = script([
        { ask: /Deliverable reviewed/, pick: '03-research/report.md' }, { ask: /Result/, pick: 'pass' },
        { ask: /Reviewers/, type: '' }, { ask: /Date of the review/, type: '2026-11-27' },
      ]);
      await run('presales.recordReview', { engagement: 'holdout-clinic', stage: 'research' });
      const report = review.shown[0].rows.find((r) => r.value === '03-research/report.md')!;
      assert.equal(report.description, '调研报告 · research-report');
      assert.equal(report.detail, undefined);
      assert.match(fake.shownMessages.at(-1)!, /^Review of the 调研 stage \(通过\) added to holdout-clinic\/reviews\.yaml, line \d+\.$/);
    } finally {
      env.language = 'en';
    }
  });
});
