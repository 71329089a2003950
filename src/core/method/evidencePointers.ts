/**
 * Evidence that only points elsewhere (详见技术方案, 见附件, see proposal) proves nothing to an evaluator who
 * scores row by row: the method's 点对点应答 wants the page or section. These are the words such pointers are
 * made of; an entry made only of them, with no number or §, is vacuous.
 */
export const POINTER_WORDS_ZH: readonly string[] = [
  '请参阅', '请参见', '具体详见', '具体见', '详情见', '详见', '参见', '请见', '参阅', '参考', '见',
  '技术方案', '技术文件', '技术部分', '技术标', '技术响应', '商务标', '商务部分', '商务文件', '投标文件', '响应文件', '投标书', '标书',
  '证明材料', '证明文件', '相关材料', '相关文件', '相关资料', '资质文件', '产品彩页', '彩页', '白皮书', '说明书', '产品手册', '用户手册',
  '附件', '附表', '附录', '方案', '手册', '文档', '文件', '资料', '材料',
  '我公司', '本公司', '我方', '相关', '有关', '相应', '对应', '章节', '部分', '页码', '页', '内容', '说明', '描述', '详细', '具体', '本', '的', '中', '内', '等', '如',
];

/** English pointer words, matched as whole words. */
export const POINTER_WORDS_EN: readonly string[] = [
  'please', 'see', 'refer', 'refer to', 'as per', 'per', 'details', 'detail', 'detailed', 'described', 'as described', 'provided',
  'technical proposal', 'commercial proposal', 'proposal', 'technical bid', 'commercial bid', 'bid documents', 'bid document', 'bid',
  'tender response', 'response', 'documentation', 'documents', 'document', 'attachments', 'attachment', 'attached', 'annex', 'appendix',
  'brochure', 'white paper', 'manual', 'datasheet', 'supporting', 'materials', 'material',
  'the', 'our', 'in', 'of', 'for', 'and', 'to', 'a', 'section', 'sections', 'chapter', 'chapters', 'page', 'pages', 'relevant', 'related', 'corresponding', 'respective', 'above', 'below', 'enclosed',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const ZH = new RegExp([...POINTER_WORDS_ZH].sort(byLength).map(escape).join('|'), 'gu');
const EN = new RegExp(`\\b(?:${[...POINTER_WORDS_EN].sort(byLength).map(escape).join('|')})\\b`, 'giu');
// A page, section or clause number makes a pointer specific: any digit, § or 第…章/节/页/条.
const LOCATOR = /[0-9§]|第[零〇一二三四五六七八九十百]+[章节页条款部分册卷]/u;

/** True when an evidence entry only points elsewhere with no page or section number (详见技术方案, see proposal). */
export function isVacuousPointer(entry: string): boolean {
  const t = entry.normalize('NFKC').replace(/\p{Cf}/gu, '').trim();
  if (t === '' || LOCATOR.test(t)) return false;
  return t.replace(ZH, '').replace(EN, '').replace(/[\p{P}\p{S}\s]/gu, '') === '';
}

/** True when a row has evidence and every entry of it is a vacuous pointer. */
export function isVacuousEvidence(entries: readonly string[]): boolean {
  return entries.length > 0 && entries.every(isVacuousPointer);
}
