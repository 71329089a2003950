import type { Language } from '../types';

/**
 * The document model every export renders from: pure data, no behaviour. Mappers turn engagement records
 * into it; the HTML and DOCX renderers turn it into bytes. Keeping one model means both formats show the
 * same rows in the same order, and a renderer never reads YAML.
 */
export interface ExportDocument {
  /** The document title (first heading, HTML `<title>`, DOCX core property). */
  title: string;
  language: Language;
  /** Label/value pairs shown under the title (customer, project, …). */
  meta: MetaField[];
  blocks: Block[];
}

/** One line of the metadata block under the title. */
export interface MetaField {
  label: string;
  value: string;
}

/** A run of text with its emphasis. Links keep their target as text: exports never fetch anything. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A link target, shown after the text in DOCX and as an anchor in HTML. */
  href?: string;
}

/** A table cell: inline runs, one paragraph. */
export type Cell = Inline[];

/** Column alignment (amounts are right-aligned). */
export type Align = 'left' | 'center' | 'right';

/** A block-level element. */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; content: Inline[] }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; start?: number; items: Block[][] }
  | { type: 'table'; header: Cell[]; rows: Cell[][]; align?: Align[]; widths?: number[] }
  | { type: 'image'; src: string; alt: string }
  | { type: 'code'; text: string }
  | { type: 'rule' };

/** Plain text as one unstyled inline run (the common case in record tables). */
export function text(value: string, style: Omit<Inline, 'text'> = {}): Inline[] {
  return value ? [{ text: value, ...style }] : [];
}

/** The plain text of inline runs (for alt texts, titles and tests). */
export function plainText(content: readonly Inline[]): string {
  return content.map((i) => i.text).join('');
}

/** Every image path a document refers to, in order, without duplicates (the adapter reads their bytes). */
export function imageSources(doc: ExportDocument): string[] {
  const seen = new Set<string>();
  const visit = (blocks: readonly Block[]) => {
    for (const b of blocks) {
      if (b.type === 'image') seen.add(b.src);
      else if (b.type === 'list') b.items.forEach(visit);
    }
  };
  visit(doc.blocks);
  return [...seen];
}
