import { docsAnchor, type RuleMeta } from './rule';

/**
 * Codes reported by the file checks (`validate/`), not by an engagement rule, and the one the check loop
 * reports when a rule fails. They describe themselves like rules do, so every code has one meta.
 */
export const STRUCTURE_CODES: readonly RuleMeta[] = [
  {
    code: 'yaml-syntax',
    severity: 'error',
    summary: { 'zh-CN': 'YAML 无法解析', en: 'The YAML cannot be parsed' },
    description: {
      'zh-CN': '文件不是合法的 YAML（或 Markdown 文档头无法解析、文件不可读）。无法解析的文件不会被检查，其中的信息对其他规则也不可见。',
      en: 'The file is not valid YAML (or a Markdown front matter cannot be parsed, or the file cannot be read). An unparsable file is not checked, and nothing in it is visible to the other rules.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('yaml-syntax'),
    explain: {
      fires: {
        'zh-CN': '文件（或 Markdown 的文档头）无法按 YAML 解析，或文件无法读取。',
        en: 'A file (or a Markdown front matter) cannot be parsed as YAML, or cannot be read.',
      },
      example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    name: Ann: Chief   # a second ": " in a plain value',
      fix: {
        'zh-CN': '按提示位置修正语法；含 `: `、`#` 等字符的值请加引号。',
        en: 'Fix the syntax where the finding points; quote values that contain `: `, `#` and the like.',
      },
    },
  },
  {
    code: 'schema',
    severity: 'error',
    summary: { 'zh-CN': '字段不符合格式约定', en: 'A field breaks the format' },
    description: {
      'zh-CN': '字段缺失、类型不对或取值不在约定范围内（见 docs/format.md）。不合格式的值不会被规则采用。',
      en: 'A field is missing, has the wrong type or a value outside the format (see docs/format.md). Rules ignore values that break the format.',
    },
    thresholds: [],
    pitfall: false,
    fixable: true,
    docs: docsAnchor('schema'),
    explain: {
      fires: {
        'zh-CN': '字段缺失、类型错误，或取值不在 docs/format.md 约定的范围内。',
        en: 'A field is missing, has the wrong type, or holds a value docs/format.md does not allow.',
      },
      example: 'kind: stakeholders\npeople:\n  - id: ann-chief\n    type: boss        # not one of approver | it-decider | business-decider | user',
      fix: {
        'zh-CN': '按消息改成约定的值；缺少必填字段时，快速修复会插入该字段。',
        en: 'Use a value the format allows; for a missing required field the quick fix inserts it.',
      },
    },
  },
  {
    code: 'unknown-kind',
    severity: 'warning',
    summary: { 'zh-CN': '无法识别文件类型', en: 'The file kind is unknown' },
    description: {
      'zh-CN': '文件声明了本产品不认识的 `kind`，或 YAML 文件缺少 `kind`。这样的文件不会被检查。',
      en: 'The file declares a `kind` the product does not know, or a YAML file has none. Such a file is not checked.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('unknown-kind'),
    explain: {
      fires: {
        'zh-CN': '文件声明的 `kind` 不是本产品认识的类型，或 YAML 文件没有 `kind`。',
        en: 'A file declares a `kind` the product does not know, or a YAML file has no `kind`.',
      },
      example: 'kind: stakeholder-list   # the kind is `stakeholders`\npeople: []',
      fix: {
        'zh-CN': '写上正确的 `kind`（见 docs/format.md 的类型表）；不属于售前项目的文件可移出项目文件夹。',
        en: 'Write the right `kind` (docs/format.md lists them); move files that are not part of the engagement out of its folder.',
      },
    },
  },
  {
    code: 'bidi-control',
    severity: 'warning',
    summary: { 'zh-CN': '文件中有双向文本控制字符', en: 'A bidirectional control character is hidden in the text' },
    description: {
      'zh-CN': '文件中含有不可见的双向文本控制字符（U+202A–U+202E、U+2066–U+2069）。它们会让文字的显示顺序与实际内容不同，评审者看到的和产品读取的不是同一段文字（Trojan Source 攻击）。结论指向该字符本身。',
      en: 'The file holds an invisible bidirectional control character (U+202A–U+202E, U+2066–U+2069). It makes text display in another order than it is stored, so a reviewer sees something other than what the product reads (the Trojan Source attack). The finding points at the character itself.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('bidi-control'),
    explain: {
      fires: {
        'zh-CN': '文件中出现不可见的双向控制字符（U+202A–U+202E、U+2066–U+2069）。',
        en: 'A file holds an invisible bidirectional control character (U+202A–U+202E, U+2066–U+2069).',
      },
      example: 'title: "Pricing \\u202Eok si tnuocsid"   # displays reversed',
      fix: {
        'zh-CN': '删除该字符（问题正指向它），然后核对这一行显示的内容与实际内容是否一致。',
        en: 'Delete the character (the finding points at it), then check that the line reads as it is stored.',
      },
    },
  },
  {
    code: 'missing-section',
    severity: 'warning',
    summary: { 'zh-CN': '交付物缺少必备章节', en: 'A deliverable lacks a required section' },
    description: {
      'zh-CN': 'Markdown 交付物缺少方法要求的章节（按字母或中英文标题识别）。章节结构是方法的一部分，如宣介PPT的 A–E、解决方案的 A–H。',
      en: 'A Markdown deliverable lacks a section the method requires (found by its letter or its title in either language). The structure is part of the method, e.g. A–E of the intro deck, A–H of the solution.',
    },
    thresholds: [],
    pitfall: false,
    fixable: true,
    docs: docsAnchor('missing-section'),
    explain: {
      fires: {
        'zh-CN': 'Markdown 交付物缺少方法要求的章节（按字母或任一语言的章节名识别）。问题标在该章节应插入的位置。',
        en: 'A Markdown deliverable lacks a section the method requires (found by its letter or its title in either language). It is reported where the section belongs.',
      },
      example: '---\nkind: research-plan\n---\n# Research plan\n## Customer background\n## Research scope\n## IT situation        # "Data situation" belongs before this heading',
      format: 'markdown',
      fix: {
        'zh-CN': '用快速修复在应在的位置插入章节标题，再补写内容。',
        en: 'Use the quick fix to insert the heading where it belongs, then write the section.',
      },
    },
  },
  {
    code: 'duplicate-engagement-id',
    severity: 'warning',
    summary: { 'zh-CN': '工作区中项目 id 重复', en: 'Two engagements of the workspace share an id' },
    description: {
      'zh-CN': '同一工作区里有项目沿用了另一个项目的 id（常见于复制文件夹后未改 id）。id 在团队中标识一个项目：项目组合、停滞与截止提醒、引用和导出都靠它区分。问题标在第二个（及之后）项目的 `id` 值上，并指出先用该 id 的文件夹。',
      en: 'An engagement reuses the id of another engagement in the workspace (typically a copied folder that kept its id). The id names an engagement across the team: the portfolio, the stalled and due lists, references and exports tell engagements apart by it. Reported on the second (and every later) engagement’s `id` value, naming the folder that has it first.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('duplicate-engagement-id'),
    explain: {
      fires: {
        'zh-CN': '工作区中另一个文件夹的 engagement.yaml 已使用相同的 `id`（按路径顺序，先出现者不报）。',
        en: 'Another folder’s engagement.yaml in the workspace already uses the same `id` (in path order; the first one is not reported).',
      },
      example: '# 24-maple-copy/engagement.yaml\nkind: engagement\nid: maple        # 02-intro-maple/engagement.yaml has id: maple\ntitle: Maple CRM',
      fix: {
        'zh-CN': '为这个项目另起一个唯一的 id（可用“重命名”同时更新引用）。',
        en: 'Give this engagement its own id (Rename updates the references with it).',
      },
    },
  },
  {
    code: 'internal-error',
    severity: 'error',
    summary: { 'zh-CN': '规则运行出错', en: 'A rule failed' },
    description: {
      'zh-CN': '某条规则在检查本项目时出错，其结论缺失。这是 Presales Workbench 的缺陷，请附上出错的文件报告问题；其他规则的结论不受影响。',
      en: 'A rule failed while checking this engagement, so its findings are missing. This is a bug in Presales Workbench; please report it with the file. Other rules’ findings are unaffected.',
    },
    thresholds: [],
    pitfall: false,
    fixable: false,
    docs: docsAnchor('internal-error'),
    explain: {
      fires: {
        'zh-CN': '某条规则在检查时出错，它的结论因此缺失。',
        en: 'A rule failed while checking, so its findings are missing.',
      },
      example: '(no file fires it on purpose: it is a bug)',
      format: 'text',
      fix: {
        'zh-CN': '请附上相关文件报告此问题；其他规则的结论不受影响。',
        en: 'Report it with the file; the other rules’ findings are unaffected.',
      },
    },
  },
];
