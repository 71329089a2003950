/** What the renderers need to know about an embedded picture. */
export interface ImageInfo {
  type: 'png' | 'jpg' | 'gif';
  width: number;
  height: number;
}

/** The MIME type of PNG, JPEG or GIF bytes, by their signature (never by file name). */
export function imageMime(bytes: Uint8Array): string | undefined {
  const info = imageInfo(bytes);
  return info && { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif' }[info.type];
}

/** Type and pixel size read from the header of a PNG, JPEG or GIF; undefined for anything else. */
export function imageInfo(b: Uint8Array): ImageInfo | undefined {
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return { type: 'png', width: u32(b, 16), height: u32(b, 20) };
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return { type: 'gif', width: b[6] | (b[7] << 8), height: b[8] | (b[9] << 8) };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpeg(b);
  return undefined;
}

function u32(b: Uint8Array, i: number): number {
  return ((b[i] << 24) >>> 0) + (b[i + 1] << 16) + (b[i + 2] << 8) + b[i + 3];
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function jpeg(b: Uint8Array): ImageInfo | undefined {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1];
    const length = (b[i + 2] << 8) | b[i + 3];
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { type: 'jpg', height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8] };
    if (length < 2) return undefined;
    i += 2 + length;
  }
  return undefined;
}
