import '../helpers/useFakeVscode';
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { env, fake, workspace, Uri } from '../helpers/fakeVscode';
import { setUp, text, wsFiles } from './commandHarness';

const HOLDOUT = { 'test/integration/workspace/holdout-clinic': 'holdout-clinic' };
const NEW_ARGS = { folder: Uri.file('/ws'), id: 'acme-new', title: 'HIS "phase 2"', customer: 'Acme: Hospital # 1', category: 'solution', language: 'en', budget: 500000 };

describe('presales.newEngagement', () => {
  it('creates the engagement from the templates, and its check is clean', async () => {
    const { store, run } = await setUp();
    await run('presales.newEngagement', NEW_ARGS);
    assert.deepEqual(wsFiles(), [
      'acme-new/01-kickoff/interface-form.yaml', 'acme-new/activities.yaml', 'acme-new/engagement.yaml',
      'acme-new/requirements.yaml', 'acme-new/reviews.yaml', 'acme-new/stakeholders.yaml',
    ]);
    assert.match(text('acme-new/engagement.yaml')!, /^id: acme-new$/m);
    assert.match(text('acme-new/engagement.yaml')!, /^customer: "Acme: Hospital # 1"$/m);
    await store.refresh();
    assert.equal(store.all().length, 1);
    assert.deepEqual(store.all()[0].findings, []);
    assert.equal(store.all()[0].engagement.customer, 'Acme: Hospital # 1');
  });

  it('asks for what the arguments leave out, in zh-CN', async () => {
    const { store, run } = await setUp();
    const inputs = ['zh-new', '某市人民医院', 'HIS 升级', '1,000,000', '张工'];
    const picks: Record<string, string> = { 'Presales category': 'consulting', 'Document language': 'zh-CN' };
    fake.answer = (kind, _title, items, meta) => (kind === 'input' ? inputs.shift() : kind === 'pick' ? (items as { value: string }[]).find((i) => i.value === picks[meta?.placeholder ?? '']) : undefined);
    await run('presales.newEngagement');
    assert.deepEqual(inputs, []);
    await store.refresh();
    const e = store.all()[0];
    assert.deepEqual([e.engagement.root, e.engagement.language, e.engagement.category, e.engagement.budget], ['zh-new', 'zh-CN', 'consulting', { amount: 1000000, currency: 'CNY' }]);
    assert.deepEqual(e.findings, []);
  });

  it('refuses an existing folder, a bad id, an untrusted workspace and a failed applyEdit — writing nothing', async () => {
    const { run } = await setUp(HOLDOUT);
    const before = wsFiles().map((f) => `${f}\n${text(f)}`);
    await run('presales.newEngagement', { ...NEW_ARGS, id: 'holdout-clinic' });
    await run('presales.newEngagement', { ...NEW_ARGS, id: '../escape' });
    fake.failApplyEdit = true;
    await run('presales.newEngagement', NEW_ARGS);
    fake.failApplyEdit = false;
    workspace.isTrusted = false;
    await run('presales.newEngagement', NEW_ARGS);
    assert.deepEqual(wsFiles().map((f) => `${f}\n${text(f)}`), before);
    assert.equal(fake.shownMessages.length, 4);
    assert.match(fake.shownMessages[0], /already exists/);
    assert.match(fake.shownMessages[2], /could not apply/);
    assert.match(fake.shownMessages[3], /not trusted/);
  });
});

describe('presales.addStakeholder', () => {
  it('appends the person and keeps every comment and byte before it', async () => {
    const { store, run } = await setUp(HOLDOUT);
    const before = text('holdout-clinic/stakeholders.yaml')!;
    await run('presales.addStakeholder', { id: 'olga-cfo', name: 'Olga "Numbers" Finch', title: 'CFO', type: 'approver', influence: 'high', attitude: 'neutral' });
    const after = text('holdout-clinic/stakeholders.yaml')!;
    assert.equal(after, `${before}  - id: olga-cfo\n    name: Olga "Numbers" Finch\n    title: CFO\n    type: approver\n    influence: high\n    attitude: neutral\n`);
    await store.refresh();
    assert.deepEqual(store.all()[0].findings.filter((f) => f.file.endsWith('stakeholders.yaml')), []);
  });

  it('derives the id from the name and refuses a taken one', async () => {
    const { run } = await setUp(HOLDOUT);
    const inputs = ['Ann Chief', undefined];
    const seen: string[] = [];
    fake.answer = (kind, title, items) => {
      if (kind === 'input') { seen.push(title); return inputs.shift(); }
      return kind === 'pick' ? (items as unknown[])[0] : undefined;
    };
    const before = text('holdout-clinic/stakeholders.yaml');
    await run('presales.addStakeholder');
    // The editable id defaults to `ann-chief-2`; cancelling writes nothing.
    assert.equal(seen.length, 2);
    assert.equal(text('holdout-clinic/stakeholders.yaml'), before);
  });
});

describe('presales.advanceStage', () => {
  it('refuses on an unmet gate unless the user confirms', async () => {
    const { run } = await setUp(HOLDOUT);
    const before = text('holdout-clinic/engagement.yaml')!;
    await run('presales.advanceStage', { engagement: 'holdout-clinic' });
    assert.equal(text('holdout-clinic/engagement.yaml'), before);
    assert.match(fake.shownMessages.join('\n'), /gate of the Research stage is not met/);
    fake.answer = (kind, _t, items) => (kind === 'message' ? (items as string[]).find((i) => i === 'Advance anyway') : undefined);
    await run('presales.advanceStage', { engagement: 'holdout-clinic' });
    assert.equal(text('holdout-clinic/engagement.yaml'), before.replace('stage: research', 'stage: solution'));
  });
});

describe('list commands', () => {
  it('add a requirement, an activity (no follow-up invented) and a review', async () => {
    const { run } = await setUp(HOLDOUT);
    const req = text('holdout-clinic/requirements.yaml')!;
    await run('presales.addRequirement', { title: 'Book: online # 24/7', kano: 'basic' });
    assert.ok(text('holdout-clinic/requirements.yaml')!.startsWith(req));
    assert.match(text('holdout-clinic/requirements.yaml')!, /- id: REQ-\d{3}\n {4}title: "Book: online # 24\/7"\n {4}kano: basic\n$/);
    await run('presales.logActivity', { type: 'visit', date: '2026-11-20', with: ['ann-chief'] });
    assert.match(text('holdout-clinic/activities.yaml')!, /- date: 2026-11-20\n {4}type: visit\n {4}stage: research\n {4}with: \[ann-chief\]\n$/);
    await run('presales.recordReview', { stage: 'research', result: 'pass', reviewers: ['Lead'] });
    assert.match(text('holdout-clinic/reviews.yaml')!, /- stage: research\n {4}date: \d{4}-\d\d-\d\d\n {4}result: pass\n {4}reviewers: \[Lead\]\n$/);
  });
});

describe('presales.newDeliverable', () => {
  it('creates the stage summary of the current stage and never overwrites', async () => {
    const { run } = await setUp(HOLDOUT);
    const plan = text('holdout-clinic/03-research/plan.md');
    await run('presales.newDeliverable', { engagement: 'holdout-clinic', kind: 'research-plan' });
    assert.equal(text('holdout-clinic/03-research/plan.md'), plan);
    assert.match(fake.shownMessages.join('\n'), /already exists/);
    await run('presales.newDeliverable', { engagement: 'holdout-clinic', kind: 'stage-summary' });
    assert.match(text('holdout-clinic/03-research/summary.md')!, /^---\nkind: stage-summary\nstage: research\n/);
  });

  it('says which files a two-file kind created (the technical and commercial 偏离表) and opens the other on request', async () => {
    const { run } = await setUp(HOLDOUT);
    const buttons: string[][] = [];
    fake.answer = (kind, _title, items) => {
      if (kind !== 'message') return undefined;
      buttons.push(items as string[]);
      return (items as string[])[0];
    };
    await run('presales.newDeliverable', { engagement: 'holdout-clinic', kind: 'deviation-table' });
    await new Promise((r) => setImmediate(r));
    const tech = 'holdout-clinic/05-bidding/deviation-technical.yaml';
    const comm = 'holdout-clinic/05-bidding/deviation-commercial.yaml';
    assert.ok(text(tech) && text(comm), 'both files written');
    assert.equal(fake.shownMessages.at(-1), `Created 2 files: ${tech}, ${comm}.`);
    assert.deepEqual(buttons.at(-1), ['Open deviation-commercial.yaml as well']);
    assert.deepEqual(fake.shownDocuments, [`file:///ws/${tech}`, `file:///ws/${comm}`], 'the first opened, the other on the button');

    fake.files.delete(`file:///ws/${comm}`);
    fake.shownDocuments.length = 0;
    fake.answer = () => undefined;
    const techText = text(tech);
    await run('presales.newDeliverable', { engagement: 'holdout-clinic', kind: 'deviation-table' });
    assert.equal(text(tech), techText, 'the existing one is not touched');
    assert.equal(fake.shownMessages.at(-1), `Created ${comm}. Already there, not changed: ${tech}.`);
    assert.deepEqual(fake.shownDocuments, [`file:///ws/${comm}`]);

    // In a Chinese session: natural Chinese, the list joined with 、.
    fake.files.delete(`file:///ws/${tech}`);
    fake.files.delete(`file:///ws/${comm}`);
    env.language = 'zh-cn';
    fake.l10nBundle = JSON.parse(readFileSync(join(__dirname, '../../../l10n/parts/commands.zh-cn.json'), 'utf8')) as Record<string, string>;
    try {
      await run('presales.newDeliverable', { engagement: 'holdout-clinic', kind: 'deviation-table' });
      assert.equal(fake.shownMessages.at(-1), `已创建 2 个文件：${tech}、${comm}。`);
    } finally {
      env.language = 'en';
      fake.l10nBundle = undefined;
    }
  });
});
