import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSourceFile } from '../../../src/core/parse/sourceFile';
import { formatMessage } from '../../../src/core/text/formatMessage';
import { flowScalars } from '../../../src/core/validate/flowScalars';
import { describeYamlProblem, fullWidthInFlow } from '../../../src/core/validate/yamlProblemText';

/** The first problem of a file as [message zh-CN, message en, "line:col-line:col" (1-based)]. */
function explain(path: string, text: string): [string, string, string] {
  const file = parseSourceFile(path, text);
  const p = file.problems[0];
  assert.ok(p, 'expected a syntax problem');
  const d = describeYamlProblem(p, file.text);
  const r = file.lines.rangeOf(d.start, d.end);
  return [formatMessage(d.message, 'zh-CN', d.params), formatMessage(d.message, 'en', d.params), `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`];
}

describe('yaml-syntax messages', () => {
  it('name a full-width colon as the cause and point at it (last key, and a key before others)', () => {
    const [zh, en, at] = explain('e.yaml', 'kind: engagement\nid: x\ntitle：Acme\n');
    assert.equal(zh, 'YAML 语法错误：此处用了全角冒号“：”，YAML 需要半角的 `:`（其后加一个空格）。');
    assert.equal(en, 'YAML syntax: the full-width ： (colon) cannot separate YAML; use the half-width `:` followed by a space.');
    assert.equal(at, '3:6-3:7');
    assert.equal(explain('e.yaml', 'kind: engagement\ntitle：Acme\nid: x\n')[2], '2:6-2:7');
    assert.equal(explain('r.yaml', 'kind: requirements\nitems:\n  - id：REQ-001\n    title: x\n')[2], '3:7-3:8');
  });

  it('in Markdown front matter too, at the character in the file', () => {
    assert.equal(explain('s.md', '---\nkind: solution\nstatus：draft\n---\n# T\n')[2], '3:7-3:8');
  });

  it('never show the parser’s English, and say what to do in both languages', () => {
    const [zh, en, at] = explain('e.yaml', 'kind: x\n\tb: 1\n');
    assert.equal(zh, 'YAML 语法错误：使用了 Tab 缩进；YAML 只能用空格缩进。');
    assert.equal(en, 'YAML syntax: a tab is used for indentation; YAML indents with spaces.');
    assert.equal(at, '2:1-2:2');
    const dup = explain('e.yaml', 'kind: x\nkind: y\n');
    assert.match(dup[0], /键重复出现/);
    assert.doesNotMatch(dup[1], /Map keys must be unique/);
  });

  it('near miss: a full-width colon inside quotes or a comment is not the cause', () => {
    const [zh] = explain('e.yaml', 'kind: x\nnote: "a：b"\nid: "open\n');
    assert.doesNotMatch(zh, /全角/);
    const [zh2] = explain('e.yaml', 'kind: x # 说明：无\n\tb: 1\n');
    assert.doesNotMatch(zh2, /全角/);
  });
});

describe('full-width separators inside flow collections', () => {
  const scan = (text: string) => {
    const file = parseSourceFile('e.yaml', text);
    return fullWidthInFlow(file.text, flowScalars(file.yaml!.doc!, 0)).map((x) => {
      const p = file.lines.positionAt(x.offset);
      return [`${p.line + 1}:${p.character + 1}`, formatMessage(x.message, 'zh-CN', x.params)];
    });
  };

  it('find `[吴磊，郑佳]` (one item, not two) and `{a：1}`', () => {
    assert.deepEqual(scan('kind: engagement\nteam:\n  presales: [吴磊，郑佳]\n'), [
      ['3:16', '“吴磊，郑佳”中的全角逗号不是 YAML 分隔符，因此这是一项而不是多项。若要分成多项，请改用半角 `,`。'],
    ]);
    assert.equal(scan('kind: x\nm: {a：1, b: 2}\n')[0][0], '2:6');
  });

  it('near miss: quoted items, block lists and values in flow maps are written as meant', () => {
    assert.deepEqual(scan('kind: x\na: ["吴磊，郑佳", b]\nb:\n  - 吴磊，郑佳\nc: {k: 说明，见附件}\n'), []);
  });
});
