import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild,
} from 'docx';
import type { Align, Block, Cell, ExportDocument, Inline } from './exportDocument';
import { exportLabels } from './exportLabels';
import { imageInfo } from './imageInfo';
import { normalizeDocxZip } from './normalizeDocxZip';

/** What a DOCX export needs besides the document. */
export interface DocxOptions {
  /** The document timestamp (SOURCE_DATE_EPOCH when set): core properties and zip entry times. */
  timestamp: Date;
  /** Image bytes by the path the document names. */
  images?: ReadonlyMap<string, Uint8Array>;
  /** A company `word/styles.xml` (from a reference .docx, see `docxStylesOf`) used instead of the built-in styles. */
  externalStyles?: string;
}

const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1134; // 20 mm in twips
const TEXT_WIDTH_PX = 640; // A4 minus margins at 96 dpi, the widest an image may be
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '333333' };
const ORDERED = 'presales-ordered';

/**
 * Renders the document as .docx bytes: A4, page numbers in the footer, table header rows repeated on every
 * page, CJK fonts (SimSun/SimHei) in the built-in styles. Browser-safe: docx packs to an ArrayBuffer, then
 * the zip is rewritten with fixed entry times so the same input gives the same bytes (see normalizeDocxZip).
 * Links are written as their text followed by the address (docx gives hyperlinks random relationship ids).
 */
export async function renderDocx(doc: ExportDocument, options: DocxOptions): Promise<Uint8Array> {
  const ctx: Ctx = { images: options.images ?? new Map(), lists: 0, drawings: 0, missing: exportLabels(doc.language).imageMissing };
  const children: (Paragraph | Table)[] = [new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(doc.title)] })];
  for (const m of doc.meta) children.push(new Paragraph({ children: [new TextRun({ text: `${m.label}${doc.language === 'zh-CN' ? '：' : ': '}`, bold: true }), new TextRun(m.value)] }));
  for (const b of doc.blocks) children.push(...block(b, ctx, 0));
  const document = new Document({
    title: doc.title,
    creator: 'Presales Workbench',
    lastModifiedBy: 'Presales Workbench',
    revision: 1,
    ...(options.externalStyles ? { externalStyles: options.externalStyles } : { styles: BUILT_IN_STYLES }),
    numbering: { config: [{ reference: ORDERED, levels: [0, 1, 2, 3, 4, 5].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } } })) }] },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] }) },
        children,
      },
    ],
  });
  const packed = new Uint8Array(await Packer.toArrayBuffer(document));
  return normalizeDocxZip(packed, options.timestamp);
}

interface Ctx {
  images: ReadonlyMap<string, Uint8Array>;
  /** Ordered lists so far: each gets its own numbering instance, so numbering restarts at 1. */
  lists: number;
  /** Drawings so far: docx numbers them from a counter shared by every document of the process, we per document. */
  drawings: number;
  missing: string;
}

function block(b: Block, ctx: Ctx, depth: number): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.content) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(b.content), ...(depth ? { indent: { left: 420 * depth } } : {}) })];
    case 'list':
      return list(b, ctx, depth);
    case 'table':
      return [table(b.header, b.rows, b.align ?? [], b.widths)];
    case 'image':
      return [image(b.src, b.alt, ctx)];
    case 'code':
      return b.text.split('\n').map((line) => new Paragraph({ style: 'PresalesCode', children: [new TextRun({ text: line, font: 'Consolas' })] }));
    case 'rule':
      return [new Paragraph({ border: { bottom: BORDER }, children: [] })];
  }
}

function list(b: Extract<Block, { type: 'list' }>, ctx: Ctx, depth: number): (Paragraph | Table)[] {
  const instance = b.ordered ? ++ctx.lists : 0;
  const out: (Paragraph | Table)[] = [];
  for (const item of b.items) {
    item.forEach((child, i) => {
      if (i === 0 && child.type === 'paragraph') {
        const marker = b.ordered ? { numbering: { reference: ORDERED, level: Math.min(depth, 5), instance } } : { bullet: { level: Math.min(depth, 8) } };
        out.push(new Paragraph({ ...marker, children: runs(child.content) }));
      } else out.push(...block(child, ctx, depth + 1));
    });
  }
  return out;
}

function table(header: Cell[], rows: Cell[][], align: Align[], widths?: number[]): Table {
  const cell = (c: Cell, i: number, head: boolean) =>
    new TableCell({
      ...(widths?.[i] ? { width: { size: widths[i], type: WidthType.PERCENTAGE } } : {}),
      ...(head ? { shading: { fill: 'EEEEEE' } } : {}),
      children: [new Paragraph({ alignment: ALIGN[head ? 'center' : (align[i] ?? 'left')], children: runs(c, head) })],
    });
  const out: TableRow[] = [];
  if (header.length > 0) out.push(new TableRow({ tableHeader: true, cantSplit: true, children: header.map((c, i) => cell(c, i, true)) }));
  for (const r of rows) out.push(new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) }));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: out,
  });
}

function image(src: string, alt: string, ctx: Ctx): Paragraph {
  const bytes = ctx.images.get(src);
  const info = bytes && imageInfo(bytes);
  if (!bytes || !info || info.width <= 0 || info.height <= 0) return new Paragraph({ children: [new TextRun({ text: `[${ctx.missing}: ${alt || src}]`, italics: true, color: 'AA0000' })] });
  const scale = Math.min(1, TEXT_WIDTH_PX / info.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: info.type, data: bytes, transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) }, altText: { id: String(++ctx.drawings), name: alt || src, description: alt, title: alt } })],
  });
}

function runs(content: readonly Inline[], bold = false): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const i of content) {
    const parts = i.text.split('\n');
    parts.forEach((text, n) => {
      out.push(new TextRun({ text, bold: bold || i.bold, italics: i.italic, ...(i.code ? { font: 'Consolas' } : {}), ...(n > 0 ? { break: 1 } : {}) }));
    });
    if (i.href && i.href !== i.text && /^(https?:|mailto:)/i.test(i.href)) out.push(new TextRun({ text: ` (${i.href})`, color: '1F4E79' }));
  }
  return out;
}

const CJK_BODY = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: 'SimSun', cs: 'Times New Roman' };
const CJK_HEADING = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei', cs: 'Arial' };

/** Built-in styles when no company template is named: 10.5 pt (五号) SimSun body, SimHei headings. */
const BUILT_IN_STYLES = {
  default: {
    document: { run: { font: CJK_BODY, size: 21 }, paragraph: { spacing: { after: 80, line: 300 } } },
    title: { run: { font: CJK_HEADING, size: 36, bold: true, color: '000000' }, paragraph: { spacing: { after: 240 } } },
    heading1: { run: { font: CJK_HEADING, size: 32, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
    heading2: { run: { font: CJK_HEADING, size: 28, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
    heading3: { run: { font: CJK_HEADING, size: 24, bold: true, color: '000000' }, paragraph: { spacing: { before: 160, after: 80 }, keepNext: true } },
  },
  paragraphStyles: [{ id: 'PresalesCode', name: 'Presales Code', basedOn: 'Normal', run: { font: 'Consolas', size: 18 }, paragraph: { spacing: { after: 0 } } }],
};
