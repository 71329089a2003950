// The bundled examples are well-formed data: they parse, validate against the schemas, have every required
// section and deliverable, and name only ids that exist. (What the method's rules say about them is tested
// by the rules against examples/county-hospital-bid/EXPECTED.md.)
import * as assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { check, fsFromFolder } from '../helpers/checkFixture';

const EXAMPLES = join(__dirname, '../../../examples');
const STRUCTURE = new Set(['yaml-syntax', 'schema', 'unknown-kind', 'missing-section', 'missing-deliverable', 'dangling-reference', 'gate-not-met']);

describe('example data', () => {
  const folders = readdirSync(EXAMPLES).filter((n) => statSync(join(EXAMPLES, n)).isDirectory() && n !== 'hostile');
  it('has the three examples', () => {
    assert.deepEqual(folders.sort(), ['acme-his', 'county-hospital-bid', 'northwind-erp']);
  });
  for (const name of folders) {
    it(`${name} has no structure finding`, async () => {
      const findings = await check(fsFromFolder(join(EXAMPLES, name)));
      // The check really ran, on the day the examples are written for: four days before the county bid.
      if (name === 'county-hospital-bid') assert.ok(findings.some((f) => f.code === 'bid-deadline'));
      assert.deepEqual(findings.filter((f) => STRUCTURE.has(f.code)).map((f) => `${f.file}:${f.range.start.line + 1} ${f.code} ${f.message}`), []);
    });
  }
});
