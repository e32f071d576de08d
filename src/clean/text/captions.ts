import { CREDIT_RE } from '../meta/names.data.ts';
import { endsWithPeriod, wordCount } from './features.ts';

/**
 * Photo captions and credits in scraped text. Captions rarely end with a full stop and often carry
 * the credit in a trailing parenthesis ("… at the summit (AFP/Getty Images)") or on a line of their
 * own ("Office of the President … / Wikimedia Commons").
 */

/** Credit parenthesis closing a line: "(AFP/Getty Images)", "(NHK World Japan)", "(Photo: Reuters)". */
const TRAILING_CREDIT = /\(([^()]{2,60})\)\s*$/;

/** Longest caption kept as one: captions in the visible pages are under 60 words. */
const MAX_CAPTION_WORDS = 60;

export function isCaptionWithCredit(line: string): boolean {
  const m = TRAILING_CREDIT.exec(line);
  if (!m) return false;
  const before = line.slice(0, m.index).trim();
  if (!before || /[.!?:;,]["'”’]?$/.test(before)) return false;
  if (wordCount(line) > MAX_CAPTION_WORDS) return false;
  const inner = m[1];
  if (CREDIT_RE.test(inner) || /^\p{Lu}[\p{L} .&-]*\/\s?\p{Lu}/u.test(inner)) return true;
  // A short Title Case source name of 2–5 words: "(NHK World Japan)"; one word is too often a format ("(DVD)").
  const ws = inner.split(/\s+/);
  return ws.length >= 2 && ws.length <= 5 && ws.every((w) => /^(\p{Lu}|of|and|the|de|&)/u.test(w)) && wordCount(before) >= 4 && !/^\d/.test(line);
}

/** A line that is only a credit: "Name / Agency", "Photo: Reuters", "Getty Images". `n`: its word count, when known. */
export function isCreditLine(line: string, n: number = wordCount(line)): boolean {
  if (n === 0 || n > 14 || endsWithPeriod(line)) return false;
  if (/^(photo|image|picture|pic|credit|source|foto|фото)s?\s*(credit)?\s*[:/]/i.test(line)) return true;
  if (/\s[/|]\s/.test(line) && CREDIT_RE.test(line)) return true;
  return CREDIT_RE.test(line) && n <= 6;
}

/** A caption that states something ("Putin shakes hands with … in 2002") has at least this many words; name-only captions ("Vladimir Putin and Kim Jong-un") have at most five in the seeds and the visible pages. */
const CAPTION_STATEMENT_MIN_WORDS = 6;

const SHORTCODE = /\[\/?caption[^\]]*\]/gi;

/**
 * The statement a caption makes, without its photo credit and CMS remnants: captions are the
 * outlet's own words about the story (the seeds' only mention of a 2002 meeting is one), so they are
 * kept as their own paragraph while the credit ("AFP", "Sky News", "(Getty Images)") and
 * "[/caption]" are removed. Returns null when what is left is not a statement.
 */
export function captionStatement(line: string): { readonly text: string; readonly removed: readonly string[] } | null {
  const removed: string[] = [];
  let text = line;
  const codes = text.match(SHORTCODE);
  if (codes) {
    removed.push(...codes);
    text = text.replace(SHORTCODE, ' ').trim();
    // A credit run into the caption's first word: "AFPPutin shakes …", "Sky NewsPutin is …".
    const glued = /^(.{2,40}?)(?:(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]))/.exec(text);
    if (glued && !/\s\S+\s\S+\s\S+\s/.test(glued[1])) {
      removed.push(glued[1]);
      text = text.slice(glued[1].length);
    }
  }
  const trailing = TRAILING_CREDIT.exec(text);
  if (trailing && isCaptionWithCredit(text)) {
    removed.push(trailing[0].trim());
    text = text.slice(0, trailing.index).trim();
  }
  if (removed.length === 0 || wordCount(text) < CAPTION_STATEMENT_MIN_WORDS) return null;
  return { text, removed };
}
