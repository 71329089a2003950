import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';

describe('a kind counts only in its own format', () => {
  it('solution.yaml with kind: solution is not a solution; a front matter with kind: stakeholders holds no stakeholders', () => {
    const yaml = parseSourceFile('04-solution/solution.yaml', 'kind: solution\nstatus: final\n');
    assert.equal(yaml.kind, undefined);
    assert.equal(yaml.rawKind, 'solution');
    const md = parseSourceFile('people.md', '---\nkind: stakeholders\npeople:\n  - id: wang\n    name: 王\n---\n# People\n');
    assert.equal(md.kind, undefined);
    assert.equal(md.rawKind, 'stakeholders');
  });

  it('near miss: each kind in its own format keeps it', () => {
    assert.equal(parseSourceFile('04-solution/solution.md', '---\nkind: solution\n---\n# S\n').kind, 'solution');
    assert.equal(parseSourceFile('stakeholders.yaml', 'kind: stakeholders\npeople: []\n').kind, 'stakeholders');
  });
});
