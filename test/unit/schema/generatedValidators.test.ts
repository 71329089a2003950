// The build-time validators must be current and must report exactly what run-time Ajv reports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { KIND_SPECS, type Kind } from '../../../src/core/method/kinds';
import { schemaFor } from '../../../src/core/schema/schemaRegistry';
import { validateAgainstSchema } from '../../../src/core/schema/schemaValidator';

const ROOT = join(__dirname, '..', '..', '..');

test('src/core/schema/generated/validators.ts is up to date with schemas/', () => {
  const res = spawnSync(process.execPath, [join(ROOT, 'scripts/build-validators.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(res.status, 0, res.stderr);
});

test('generated validators report the same errors as Ajv compiled at run time', () => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: true, verbose: true }), ['date', 'date-time', 'email', 'uri']);
  const samples = join(ROOT, 'test/fixtures/schema-samples');
  const docs: [Kind, unknown][] = [];
  for (const f of readdirSync(samples)) {
    const value = parse(readFileSync(join(samples, f), 'utf8')) as Record<string, unknown>;
    const kind = (f.startsWith('markdown-front-matter') ? 'solution' : f.split('.')[0]) as Kind;
    docs.push([kind, value]);
    // Broken variants: a wrong type everywhere, an unknown key, a missing kind.
    docs.push([kind, { ...value, typo_field: 1 }], [kind, { ...value, kind: 42 }], [kind, Object.fromEntries(Object.keys(value).map((k) => [k, 'x']))], [kind, []]);
  }
  for (const kind of Object.keys(KIND_SPECS) as Kind[]) docs.push([kind, null], [kind, { kind }]);
  for (const [kind, value] of docs) {
    const runtime = ajv.compile(schemaFor(kind));
    const expected = runtime(value) ? [] : runtime.errors ?? [];
    const strip = (es: readonly object[]) => es.map((e) => JSON.stringify(e));
    assert.deepEqual(strip(validateAgainstSchema(kind, value)), strip(expected), `${kind}: ${JSON.stringify(value).slice(0, 80)}`);
  }
});
