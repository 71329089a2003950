import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverEngagements } from '../../../src/core/discoverEngagements';
import { buildIdIndex, type IdIndex } from '../../../src/core/language/idIndex';
import { lensesIn } from '../../../src/core/language/idLenses';
import { releaseBodies } from '../../../src/core/language/releaseBodies';
import { renameEdits } from '../../../src/core/language/renameId';
import { loadEngagement } from '../../../src/core/loadEngagement';
import { fsFromFolder } from '../helpers/checkFixture';
import { spot } from './languageFixture';

async function example(name: string) {
  const fs = fsFromFolder(join(import.meta.dirname, '../../../examples', name));
  const [found] = await discoverEngagements(fs);
  return loadEngagement(fs, found);
}

/** Every site of an index as `kind id role file:line:col-col`, in order. */
const sites = (index: IdIndex) => [...index.byFile.values()].flat().map((s) => `${s.kind} ${s.id} ${s.role} ${spot(s)}`);

describe('releaseBodies', () => {
  for (const name of ['northwind-erp', 'county-hospital-bid', 'acme-his']) {
    it(`${name}: the id index, code lenses and a rename over released bodies are those of the full engagement`, async () => {
      const full = buildIdIndex(await example(name));
      const e = await example(name);
      const released = releaseBodies(e);
      assert.ok(released.length > 0, 'some Markdown body was released');
      assert.ok(e.files.filter((f) => f.bodyReleased).every((f) => released.includes(f.path)));
      const after = buildIdIndex(e);
      assert.deepEqual(sites(after), sites(full));
      // Not vacuous: a released file contributes prose mentions.
      assert.ok(sites(after).some((s) => s.includes(' reference ') && released.some((p) => s.includes(` ${p}:`))), 'a released file still has its prose sites');
      for (const path of full.files.keys()) assert.deepEqual(lensesIn(after, path, 'en'), lensesIn(full, path, 'en'), path);
      const req = [...full.definitions.values()].flat().find((s) => s.kind === 'requirement');
      if (req) {
        const at = { line: req.range.start.line, character: req.range.start.character };
        assert.deepEqual(renameEdits(after, req.file, at, `${req.id}-X`), renameEdits(full, req.file, at, `${req.id}-X`));
      }
    });
  }
});
