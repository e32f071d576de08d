import iconv from 'iconv-lite';
import { CHARSET_LABELS, META_PRESCAN_BYTES } from './decode.data.ts';

/** Charset labels: normalising them, and finding the one a document declares in its first bytes. */

/** A label → canonical encoding name, or null when unknown to us and to iconv-lite. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!key) return null;
  const known = CHARSET_LABELS[key];
  if (known) return known;
  return iconv.encodingExists(key) ? key : null;
}

/** `<meta charset>`, `<meta http-equiv content="…; charset=…">` or `<?xml … encoding="…"?>` in the first bytes. */
export function prescanCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  const label = canonicalCharset(xml?.[1] ?? meta?.[1]);
  // A charset declared inside ASCII-compatible bytes cannot truthfully be UTF-16 (WHATWG: use UTF-8).
  return label === 'utf-16le' || label === 'utf-16be' ? 'utf-8' : label;
}
