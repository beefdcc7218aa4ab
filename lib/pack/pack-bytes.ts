/**
 * The one reading of a pack file's bytes as text, for a download and for a file chosen on the
 * options page alike (red team 13: the import read files with `Blob.text()`, which turns bytes
 * that are not UTF-8 into U+FFFD, so a GBK or UTF-16 file reached the gate as other text and was
 * refused as a bad signature, or, unsigned in developer mode, installed garbled). Kept free of
 * the gate's modules: the options page imports it.
 */
import type { LocalizedText } from '../i18n/text';

export const packBytesText = {
  notUtf8: (): LocalizedText => ({ zh: '不是 UTF-8 文本', en: 'Not UTF-8 text' }),
  utf16: (): LocalizedText => ({
    zh: '不是 UTF-8 文本：文件是 UTF-16 编码（记事本的“Unicode”），请另存为 UTF-8',
    en: 'Not UTF-8 text: the file is UTF-16 (Notepad’s “Unicode”); save it as UTF-8',
  }),
};

/**
 * UTF-16 with or without its byte-order mark: every other byte of ASCII text is zero. ASCII-only
 * UTF-16 is valid UTF-8 (full of NULs), so without this it read as "not JSON" with a parser's words.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return true;
  return (b === 0 && d === 0 && a !== 0 && c !== 0) || (a === 0 && c === 0 && b !== 0 && d !== 0);
}

export type DecodedPack = { ok: true; text: string } | { ok: false; code: 'notUtf8'; message: LocalizedText };

/** Strict UTF-8, or why not. The decoder drops one BOM and the gate one more (README: up to one each). */
export function decodePackBytes(bytes: Uint8Array): DecodedPack {
  if (looksLikeUtf16(bytes)) return { ok: false, code: 'notUtf8', message: packBytesText.utf16() };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, code: 'notUtf8', message: packBytesText.notUtf8() };
  }
}
