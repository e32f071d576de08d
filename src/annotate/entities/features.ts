import { foldCase, gazetteerTags } from './gazetteer.ts';

/**
 * Features for the averaged-perceptron tagger, computed from tokens alone (so the same code tags
 * the CoNLL eval's pre-tokenised text and our own tokens). Static features per token are strings;
 * the tagger hashes them. History features (previous labels) are added at decode time.
 */

/** Word shape: X for upper, x for lower, d for digits, runs collapsed ("Jong-un" → "Xx-x"). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** Per-document statistics that tell a name from a capitalised common word. */
export interface DocContext {
  /** Lower-cased forms that occur in lower case somewhere in the document. */
  readonly lowerSeen: ReadonlySet<string>;
  /** Lower-cased forms that occur capitalised (title case) away from a sentence start. */
  readonly titleSeen: ReadonlySet<string>;
}

const isTitle = (w: string) => /^\p{Lu}\p{Ll}/u.test(w);
const isLowerWord = (w: string) => /^\p{Ll}+$/u.test(w);

export function docContext(sentences: readonly (readonly string[])[]): DocContext {
  const lowerSeen = new Set<string>();
  const titleSeen = new Set<string>();
  for (const s of sentences) {
    const caps = isCapsSentence(s);
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      if (isLowerWord(w)) lowerSeen.add(w);
      else if (i > 0 && !caps && isTitle(w)) titleSeen.add(foldCase(w));
    }
  }
  return { lowerSeen, titleSeen };
}

/** A headline in capitals: most letters upper case. Threshold: CoNLL headlines are all caps. */
export function isCapsSentence(words: readonly string[]): boolean {
  let up = 0;
  let letters = 0;
  for (const w of words) {
    for (const ch of w) {
      if (/\p{Lu}/u.test(ch)) { up++; letters++; } else if (/\p{Ll}/u.test(ch)) letters++;
    }
  }
  return letters >= 6 && up / letters > 0.8;
}

const BOS = '<s>';
const EOS = '</s>';

/** Static features of every token of one sentence. */
export function sentenceFeatures(words: readonly string[], ctx: DocContext): string[][] {
  const n = words.length;
  const lower = words.map((w) => foldCase(w));
  const shapes = words.map(shape);
  const gaz = gazetteerTags(words);
  const caps = isCapsSentence(words);
  const lw = (i: number) => (i < 0 ? BOS : i >= n ? EOS : lower[i]);
  const sh = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shapes[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const s = shapes[i];
    const f: string[] = [
      'b',
      `w=${l}`,
      `W=${w}`,
      `s=${s}`,
      `x2=${l.slice(-2)}`,
      `x3=${l.slice(-3)}`,
      `x4=${l.slice(-4)}`,
      `p3=${l.slice(0, 3)}`,
      `w-1=${lw(i - 1)}`,
      `w+1=${lw(i + 1)}`,
      `w-2=${lw(i - 2)}`,
      `w+2=${lw(i + 2)}`,
      `w-1w=${lw(i - 1)}|${l}`,
      `ww+1=${l}|${lw(i + 1)}`,
      `s-1s=${sh(i - 1)}|${s}`,
      `ss+1=${s}|${sh(i + 1)}`,
      `s-1ss+1=${sh(i - 1)}|${s}|${sh(i + 1)}`,
      `w-1s=${lw(i - 1)}|${s}`,
      `sw+1=${s}|${lw(i + 1)}`,
    ];
    if (i === 0) f.push(`first|${s}`);
    if (caps) f.push(`caps|${s}`, `capsw=${l}`);
    if (/\p{Lu}/u.test(w[0] ?? '')) {
      if (ctx.lowerSeen.has(l)) f.push(`dl|${i === 0 || caps}`);
      if (ctx.titleSeen.has(l)) f.push(`dt|${i === 0 || caps}`);
    }
    for (const g of gaz[i]) f.push(`g=${g}`, `gs=${g}|${s}`);
    for (const g of i > 0 ? gaz[i - 1] : []) f.push(`g-1=${g}`);
    for (const g of i + 1 < n ? gaz[i + 1] : []) f.push(`g+1=${g}`);
    out.push(f);
  }
  return out;
}
