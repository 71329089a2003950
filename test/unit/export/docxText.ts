import { strFromU8, unzipSync } from 'fflate';

/** The files of a .docx (a zip), by name. */
export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** `word/document.xml` of a .docx as text. */
export function documentXml(bytes: Uint8Array): string {
  return strFromU8(unzipDocx(bytes)['word/document.xml']);
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text of an XML fragment: every `<w:t>` joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1])).join('');
}

/** Every table row of document.xml as its cells' texts, with whether Word repeats it as a header row. */
export function tableRows(xml: string): { header: boolean; cells: string[] }[] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => ({
    header: /<w:tblHeader\/>/.test(m[1]),
    cells: [...m[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1])),
  }));
}

/** The paragraphs' texts of document.xml outside tables. */
export function paragraphs(xml: string): string[] {
  return [...xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p\s[^>]*>([\s\S]*?)<\/w:p>/g)].map((m) => textOf(m[1] ?? m[2]));
}
