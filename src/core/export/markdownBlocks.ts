import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { findFrontMatter } from '../parse/frontMatter';
import type { Align, Block, Cell, Inline } from './exportDocument';

// `html: true` so raw HTML (comments above all) is recognised as HTML and can be dropped, not printed as text.
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });

/** Maps a Markdown image source to the path the export reads it from, or undefined when it is not local. */
export type ImageResolver = (src: string) => string | undefined;

/**
 * The customer-visible content of a Markdown deliverable as blocks: front matter, raw HTML and HTML
 * comments are dropped (writers keep notes there); headings, paragraphs, lists, tables, code and images stay.
 * Image sources go through `resolveImage`; a remote image is never fetched and becomes its alt text and URL.
 */
export function markdownBlocks(source: string, resolveImage: ImageResolver): Block[] {
  const fm = findFrontMatter(source);
  const body = fm && fm !== 'unclosed' ? source.slice(fm.bodyStart) : source;
  const tokens = md.parse(body, {});
  const root: Block[] = [];
  const stack: Block[][] = [root];
  const lists: Extract<Block, { type: 'list' }>[] = [];
  let table: { header: Cell[]; rows: Cell[][]; align: Align[]; row?: Cell[]; inHead: boolean } | undefined;
  const out = () => stack[stack.length - 1];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    switch (t.type) {
      case 'heading_open':
        out().push({ type: 'heading', level: Number(t.tag.slice(1)) as 1, content: inlines(tokens[i + 1], resolveImage) });
        i += 2;
        break;
      case 'paragraph_open': {
        const lifted: Block[] = [];
        const content = inlines(tokens[i + 1], resolveImage, lifted);
        if (content.length > 0) out().push({ type: 'paragraph', content });
        out().push(...lifted);
        i += 2;
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const start = Number(t.attrGet('start') ?? 1);
        const list: Extract<Block, { type: 'list' }> = { type: 'list', ordered: t.type === 'ordered_list_open', items: [] };
        if (list.ordered && start !== 1) list.start = start;
        out().push(list);
        lists.push(list);
        break;
      }
      case 'list_item_open': {
        const item: Block[] = [];
        lists[lists.length - 1].items.push(item);
        stack.push(item);
        break;
      }
      case 'list_item_close':
        stack.pop();
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'table_open':
        table = { header: [], rows: [], align: [], inHead: false };
        break;
      case 'thead_open':
        table!.inHead = true;
        break;
      case 'thead_close':
        table!.inHead = false;
        break;
      case 'tr_open':
        table!.row = [];
        break;
      case 'tr_close':
        if (table!.inHead) table!.header = table!.row!;
        else table!.rows.push(table!.row!);
        break;
      case 'th_open':
      case 'td_open':
        if (table!.inHead) table!.align.push(alignOf(t));
        table!.row!.push(inlines(tokens[i + 1], resolveImage));
        i += 2;
        break;
      case 'table_close':
        out().push({ type: 'table', header: table!.header, rows: table!.rows, align: table!.align });
        table = undefined;
        break;
      case 'fence':
      case 'code_block':
        out().push({ type: 'code', text: t.content.replace(/\n$/, '') });
        break;
      case 'hr':
        out().push({ type: 'rule' });
        break;
      // html_block, blockquote markers and anything else: dropped (blockquote content still flows through).
    }
  }
  return root;
}

function alignOf(t: Token): Align {
  const style = t.attrGet('style') ?? '';
  return style.includes('right') ? 'right' : style.includes('center') ? 'center' : 'left';
}

/**
 * Inline runs of an `inline` token. A local image in a paragraph is lifted out as an image block into
 * `lifted` (when given), since both output formats place pictures on their own line after the text.
 */
function inlines(token: Token | undefined, resolveImage: ImageResolver, lifted?: Block[]): Inline[] {
  const out: Inline[] = [];
  let bold = 0;
  let italic = 0;
  let href: string | undefined;
  for (const c of token?.children ?? []) {
    const style = (): Omit<Inline, 'text'> => ({ ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}), ...(href ? { href } : {}) });
    switch (c.type) {
      case 'text':
        if (c.content) out.push({ text: c.content, ...style() });
        break;
      case 'code_inline':
        out.push({ text: c.content, code: true, ...style() });
        break;
      case 'softbreak':
        out.push({ text: ' ', ...style() });
        break;
      case 'hardbreak':
        out.push({ text: '\n', ...style() });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'link_open':
        href = c.attrGet('href') ?? undefined;
        break;
      case 'link_close':
        href = undefined;
        break;
      case 'image': {
        const src = c.attrGet('src') ?? '';
        const alt = c.children?.map((x) => x.content).join('') ?? c.content;
        const local = resolveImage(src);
        if (local !== undefined && lifted) lifted.push({ type: 'image', src: local, alt });
        else out.push({ text: alt || src, italic: true, ...(src ? { href: src } : {}) });
        break;
      }
      // html_inline (comments, tags): not customer-visible.
    }
  }
  return mergeRuns(out);
}

/** Adjacent runs with the same style become one (smaller output, simpler golden files). */
function mergeRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic && last.code === r.code && last.href === r.href) last.text += r.text;
    else out.push({ ...r });
  }
  while (out.length && out[0].text.trim() === '') out.shift();
  return out;
}
