import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** DOS zip times cannot express anything before 1980-01-01. */
const DOS_EPOCH = Date.UTC(1980, 0, 1, 0, 0, 2);
const CORE = 'docProps/core.xml';

/**
 * Rewrites a .docx zip so that the same document gives the same bytes: every entry gets `timestamp` as its
 * modification time (docx stamps the packing time), and the core properties' created/modified dates become
 * `timestamp` too. Entry order and contents are kept. Deflate output of fflate is itself deterministic.
 */
export function normalizeDocxZip(zip: Uint8Array, timestamp: Date): Uint8Array {
  const entries = unzipSync(zip);
  const iso = `${timestamp.toISOString().slice(0, 19)}Z`;
  const ms = Math.max(DOS_EPOCH, timestamp.getTime());
  // fflate writes DOS times from the Date's local fields; shift by the zone offset so the bytes are the same
  // on every machine (zip times carry no zone; UTC is the reproducible-builds convention).
  const mtime = new Date(ms + new Date(ms).getTimezoneOffset() * 60_000);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(entries)) {
    const bytes = name === CORE ? strToU8(strFromU8(data).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${iso}$2`)) : data;
    out[name] = [bytes, { mtime, level: 6 }];
  }
  return zipSync(out);
}

/** The `word/styles.xml` of a reference .docx (a company template), or undefined when it has none. */
export function docxStylesOf(referenceDocx: Uint8Array): string | undefined {
  try {
    const files = unzipSync(referenceDocx, { filter: (f) => f.name === 'word/styles.xml' });
    const styles = files['word/styles.xml'];
    return styles ? strFromU8(styles) : undefined;
  } catch {
    return undefined;
  }
}
