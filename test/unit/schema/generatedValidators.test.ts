// The build-time validators (generated/validators.ts, a build artifact): generated deterministically from
// schemas/, one per schema name, named by every kind, and reporting exactly what run-time Ajv reports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { VALIDATORS } from '../../../generated/validators';
import { KIND_SPECS, isMarkdownKind, type Kind } from '../../../src/core/method/kinds';
import { validateAgainstSchema, validatorOf } from '../../../src/core/schema/schemaValidator';

const ROOT = join(__dirname, '..', '..', '..');
const SCHEMAS = join(ROOT, 'schemas');
const schemaNames = () => readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json')).map((f) => f.slice(0, -'.schema.json'.length)).sort();
const schemaOf = (name: string): object => JSON.parse(readFileSync(join(SCHEMAS, `${name}.schema.json`), 'utf8'));
const kinds = Object.keys(KIND_SPECS) as Kind[];

test('the generator is deterministic: two runs write the same bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'validators-'));
  try {
    const texts = ['a.ts', 'b.ts'].map((name) => {
      const res = spawnSync(process.execPath, [join(ROOT, 'scripts/build-validators.mjs'), '--out', join(dir, name)], { encoding: 'utf8' });
      assert.equal(res.status, 0, res.stderr);
      return readFileSync(join(dir, name), 'utf8');
    });
    assert.ok(texts[0].length > 1000, 'the generated module is empty');
    assert.equal(texts[0], texts[1]);
    assert.equal((texts[0].match(/\bnew Function\b|\beval\(/g) ?? []).length, 0, 'generated code must not compile code at run time');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('one generated validator per schema file, keyed by schema name', () => {
  assert.deepEqual(Object.keys(VALIDATORS).sort(), schemaNames());
  for (const v of Object.values(VALIDATORS)) assert.equal(typeof v, 'function');
});

test('every kind names an existing schema, and every schema is named by a kind', () => {
  for (const kind of kinds) {
    const { schema } = KIND_SPECS[kind];
    assert.ok(schemaNames().includes(schema), `${kind} names schema "${schema}": no schemas/${schema}.schema.json`);
    assert.equal(typeof validatorOf(schema), 'function');
    if (!isMarkdownKind(kind)) assert.equal(schema, kind, 'a YAML kind is validated by the schema named after it');
  }
  const named = new Set(kinds.map((k) => KIND_SPECS[k].schema));
  assert.deepEqual(schemaNames().filter((n) => !named.has(n)), [], 'a schema no kind names is never used');
  assert.throws(() => validatorOf('no-such-schema'), /no schema named "no-such-schema"/);
  assert.throws(() => validatorOf('toString'), /no schema named/);
});

test('package.json yamlValidation points every YAML kind at the schema its spec names', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { yamlValidation: { fileMatch: string[]; url: string }[] } };
  const globRe = (g: string) => new RegExp(`(^|/)${g.replace(/^\*\*\//, '').replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  for (const kind of kinds.filter((k) => !isMarkdownKind(k))) {
    const { defaultPath, schema } = KIND_SPECS[kind];
    const entry = manifest.contributes.yamlValidation.find((v) => v.fileMatch.some((g) => globRe(g).test(defaultPath)));
    assert.ok(entry, `no yamlValidation entry matches ${defaultPath} (${kind})`);
    assert.equal(entry.url, `./schemas/${schema}.schema.json`, kind);
  }
});

test('generated validators report the same errors as Ajv compiled at run time', () => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true, verbose: true }), ['date', 'date-time', 'email', 'uri']);
  const samples = join(ROOT, 'test/fixtures/schema-samples');
  const docs: [Kind, unknown][] = [];
  for (const f of readdirSync(samples)) {
    const value = parse(readFileSync(join(samples, f), 'utf8')) as Record<string, unknown>;
    // Samples are named after their schema: check them as a kind that names it.
    const kind = kinds.find((k) => f.startsWith(`${KIND_SPECS[k].schema}.`));
    assert.ok(kind, `no kind names the schema of sample ${f}`);
    docs.push([kind, value]);
    // Broken variants: a wrong type everywhere, an unknown key, a missing kind.
    docs.push([kind, { ...value, typo_field: 1 }], [kind, { ...value, kind: 42 }], [kind, Object.fromEntries(Object.keys(value).map((k) => [k, 'x']))], [kind, []]);
  }
  for (const kind of kinds) docs.push([kind, null], [kind, { kind }]);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  for (const [kind, value] of docs) {
    const name = KIND_SPECS[kind].schema;
    const runtime = compiled.get(name) ?? ajv.compile(schemaOf(name));
    compiled.set(name, runtime);
    const expected = runtime(value) ? [] : runtime.errors ?? [];
    const strip = (es: readonly object[]) => es.map((e) => JSON.stringify(e));
    assert.deepEqual(strip(validateAgainstSchema(kind, value)), strip(expected), `${kind}: ${JSON.stringify(value).slice(0, 80)}`);
  }
});
