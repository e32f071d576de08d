import { squash, words } from './features.ts';

/**
 * A block that repeats the headline, exactly or loosely ("Old mill reopens as a working museum"
 * for the title "Mill reopens as museum"): at least TITLE_OVERLAP of the shorter one's words occur
 * in the longer, it is at most 4 words longer than the title and does not end like a sentence.
 */
const TITLE_OVERLAP = 0.8;

/** The title's squashed form and words, kept for the next call: a page asks about one title many times. */
let memo: { readonly title: string; readonly squashed: string; readonly words: readonly string[] } | null = null;

export function isTitleRepeat(text: string, title: string): boolean {
  if (memo === null || memo.title !== title) memo = { title, squashed: squash(title), words: words(title.toLowerCase()) };
  if (squash(text) === memo.squashed) return true;
  const a = words(text.toLowerCase());
  const b = memo.words;
  // A sentence that restates the headline is article text (a lead), not a repeat.
  if (a.length === 0 || b.length < 3 || a.length > b.length + 4 || /[.!?]["”’]?$/.test(text)) return false;
  const [short, long] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  let hit = 0;
  for (const w of short) if (long.has(w)) hit++;
  return hit / short.length >= TITLE_OVERLAP;
}
