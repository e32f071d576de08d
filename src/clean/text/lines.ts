import { normaliseSpace } from './features.ts';

/**
 * Splits scraped text into lines. Each non-empty line is one unit (scraped text puts one paragraph
 * per line). Text that was hard-wrapped (most lines of multi-line blocks have similar length and run
 * on without sentence punctuation) is first re-joined into one line per blank-line-separated block.
 */
export function splitLines(body: string): string[] {
  const raw = body.replace(/\r\n?/g, '\n');
  const blocks = raw.split(/\n[ \t\u00a0]*\n/);
  const wrapped = isHardWrapped(blocks);
  const out: string[] = [];
  for (const block of blocks) {
    const parts = wrapped ? [block.replace(/\n/g, ' ')] : block.split('\n');
    for (const p of parts) {
      const t = normaliseSpace(p);
      if (t) out.push(t);
    }
  }
  return out;
}

/** Share of run-on line breaks above which text counts as hard-wrapped; 0.6 separates wrapped emails and books from scraped pages (whose run-on breaks are rare). */
const WRAPPED_SHARE = 0.6;

function isHardWrapped(blocks: readonly string[]): boolean {
  let breaks = 0;
  let runOn = 0;
  for (const b of blocks) {
    const lines = b.split('\n').map((l) => l.trim()).filter(Boolean);
    for (let i = 0; i + 1 < lines.length; i++) {
      breaks++;
      const l = lines[i];
      if (l.length >= 40 && l.length <= 100 && !/[.!?:"”]$/.test(l) && /^\p{Ll}/u.test(lines[i + 1])) runOn++;
    }
  }
  return breaks >= 4 && runOn / breaks >= WRAPPED_SHARE;
}
