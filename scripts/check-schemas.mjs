// Compiles every schema in schemas/ under ajv strict mode and validates the sample documents in
// test/fixtures/schema-samples/<kind>.{min,full}.yaml (must pass) plus a few broken documents (must fail).
// Usage: node scripts/check-schemas.mjs   (exit code 1 on any failure)
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaDir = join(root, 'schemas');
const sampleDir = join(root, 'test', 'fixtures', 'schema-samples');
const failures = [];
const fail = (msg) => failures.push(msg);

/** Broken documents, each of which must be rejected: [kind, description, yaml]. */
const mustFail = [
  ['engagement', 'missing stage', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\n'],
  ['engagement', 'typo budjet', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\nbudjet: {amount: 1}\n'],
  ['engagement', 'typo in budget', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\nbudget: {amout: 1}\n'],
  ['engagement', 'slash in id', 'kind: engagement\nid: ../etc\ntitle: t\ncustomer: c\nstage: kickoff\n'],
  ['engagement', 'bad stage', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: closing\n'],
  ['engagement', 'bad date', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\ndates: {opened: 2026-13-45}\n'],
  ['engagement', 'unknown rule code', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\npolicy: {rules: {stale-contacts: off}}\n'],
  ['engagement', 'bad severity', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\npolicy: {rules: {stale-contact: loud}}\n'],
  ['engagement', 'wrong kind', 'kind: engagment\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\n'],
  ['stakeholders', 'typo stakehodlers', 'kind: stakeholders\nstakehodlers: []\n'],
  ['stakeholders', 'bad type', 'kind: stakeholders\npeople: [{id: a, name: n, type: boss}]\n'],
  ['stakeholders', 'id with slash', 'kind: stakeholders\npeople: [{id: a/b, name: n, type: user}]\n'],
  ['stakeholders', 'bad concern', 'kind: stakeholders\npeople: [{id: a, name: n, type: user, concerns: [cheap]}]\n'],
  ['requirements', 'missing title', 'kind: requirements\nitems: [{id: REQ-1}]\n'],
  ['requirements', 'bad kano', 'kind: requirements\nitems: [{id: REQ-1, title: t, kano: must}]\n'],
  ['activities', 'bad type', 'kind: activities\nitems: [{date: 2026-01-01, type: party}]\n'],
  ['activities', 'negative effort', 'kind: activities\nitems: [{date: 2026-01-01, type: visit, effort_days: -1}]\n'],
  ['pricing', 'missing item', 'kind: pricing\nlines: [{qty: 1}]\n'],
  ['deviation-table', 'bad mark', 'kind: deviation-table\nitems: [{ref: "1", requirement: r, response: s, mark: "!"}]\n'],
  ['reviews', 'bad result', 'kind: reviews\nitems: [{stage: kickoff, result: ok}]\n'],
  ['markdown-front-matter', 'bad status', 'kind: solution\nstatus: done\n'],
  ['markdown-front-matter', 'yaml kind in md', 'kind: engagement\n'],
  // Format 2
  ['tender', 'bad procurement', 'kind: tender\nprocurement: open\n'],
  ['tender', 'clause without text', 'kind: tender\nclauses: [{ref: "1", mark: "★"}]\n'],
  ['tender', 'bad scoring rule', 'kind: tender\nscoring: [{item: p, points: 30, rule: lowest}]\n'],
  ['tender', 'void_after 0', 'kind: tender\nscoring: [{item: p, rule: deduct, void_after: 0}]\n'],
  ['tender', 'negative ceiling', 'kind: tender\nceiling_price: -1\n'],
  ['pricing', 'negative discount', 'kind: pricing\ndiscount: -0.1\n'],
  ['bid-control', 'adopted not bool', 'kind: bid-control\nitems: [{parameter: p, adopted: maybe}]\n'],
  ['interface-form', 'bad customer phase', 'kind: interface-form\nqualification: {customer_phase: bidding}\n'],
  ['interface-form', 'typo in qualification', 'kind: interface-form\nqualification: {champoin: a}\n'],
  ['requirements', 'bad gap type', 'kind: requirements\nitems: [{id: R-1, title: t, gap: {type: fatal}}]\n'],
  ['engagement', 'follow_up_days 0', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\npolicy: {follow_up_days: 0}\n'],
  ['engagement', 'score_loss_warn > 100', 'kind: engagement\nid: a\ntitle: t\ncustomer: c\nstage: kickoff\npolicy: {score_loss_warn: 500}\n'],
  ['markdown-front-matter', 'bad outcome', 'kind: closure-report\noutcome: win\n'],
];

/** Every property must carry a bilingual description ("English · 中文"). */
function checkDescriptions(node, path, file) {
  if (!node || typeof node !== 'object') return;
  if (node.properties) {
    for (const [key, sub] of Object.entries(node.properties)) {
      if (typeof sub.description !== 'string' || !sub.description.includes(' · ')) {
        fail(`${file}: ${path}/${key} lacks a bilingual description`);
      }
    }
  }
  for (const [key, sub] of Object.entries(node)) {
    if (key !== 'enum' && key !== 'const') checkDescriptions(sub, `${path}/${key}`, file);
  }
}

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validators = new Map();
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
  const kind = file.replace(/\.schema\.json$/, '');
  const schema = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
  if (schema.$id !== `https://presales-workbench.dev/schemas/${kind}.schema.json`) fail(`${file}: bad $id`);
  if (schema.$schema !== 'http://json-schema.org/draft-07/schema#') fail(`${file}: bad $schema`);
  if (!/[\u4e00-\u9fff]/.test(schema.title ?? '')) fail(`${file}: title is not bilingual`);
  checkDescriptions(schema, '', file);
  try {
    validators.set(kind, ajv.compile(schema));
  } catch (e) {
    fail(`${file}: does not compile in strict mode: ${e.message}`);
  }
}

/** Every `examples` value of a property must be valid for that property (hovers must not teach wrong data). */
function checkExamples(node, path, file) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node.examples)) {
    const { examples, ...sub } = node;
    const validate = ajv.compile(sub);
    for (const ex of examples) if (!validate(ex)) fail(`${file}: ${path} example ${JSON.stringify(ex)} is invalid: ${ajv.errorsText(validate.errors)}`);
  }
  for (const [key, sub] of Object.entries(node)) {
    if (key !== 'enum' && key !== 'const' && key !== 'examples') checkExamples(sub, `${path}/${key}`, file);
  }
}
let exampleCount = 0;
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
  const text = readFileSync(join(schemaDir, file), 'utf8');
  exampleCount += (text.match(/"examples"/g) ?? []).length;
  checkExamples(JSON.parse(text), '', file);
}
if (exampleCount < 20) fail(`only ${exampleCount} schema examples`);

for (const [kind, validate] of validators) {
  for (const variant of ['min', 'full']) {
    const sample = join(sampleDir, `${kind}.${variant}.yaml`);
    if (!existsSync(sample)) { fail(`${kind}: missing sample ${variant}`); continue; }
    if (!validate(parse(readFileSync(sample, 'utf8')))) {
      fail(`${kind}.${variant}.yaml: ${ajv.errorsText(validate.errors)}`);
    }
  }
}
for (const [kind, what, text] of mustFail) {
  const validate = validators.get(kind);
  if (validate && validate(parse(text))) fail(`${kind}: accepted a broken document (${what})`);
}

if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
console.log(`ok: ${validators.size} schemas, ${validators.size * 2} samples, ${exampleCount} property examples valid, ${mustFail.length} broken documents rejected`);
