import { foldCase, gazetteerTags } from './gazetteer.ts';
import { fnv1a, fnvStr } from './hash.ts';

/**
 * Features for the averaged-perceptron tagger, computed from tokens alone (so the same code tags
 * the CoNLL eval's pre-tokenised text and our own tokens). Each feature is named by a string
 * ("w=putin") but computed straight to its FNV-1a hash; history features are added at decode time.
 */

/** Word shape: X for upper, x for lower, d for digits, runs collapsed ("Jong-un" → "Xx-x"). */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    const c = lo !== up ? (ch === up ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch;
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
    const u = w.toUpperCase();
    const l = w.toLowerCase();
    for (let i = 0; i < w.length; i++) {
      if (u[i] === l[i]) continue;
      letters++;
      if (w[i] === u[i]) up++;
    }
  }
  return letters >= 6 && up / letters > 0.8;
}

/**
 * Lower-case words that occur inside names ("Bank of England", "Vincent van Gogh"). Any other
 * all-lower-case word is labelled O without scoring: in CoNLL-2003 train, 54% of tokens are
 * lower-case words and all but about 40 of their entity-internal occurrences are these.
 */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'and', 'de', 'the', 'van', 'for', 'der', 'in', 'on', 'et', 'al', 'den', 'da', 'della', 'du', 'von', 'la', 'le',
  'del', 'di', 'y', 'bin', 'el', 'des', 'dos', 'do', 'ter', 'ten', 'zu', 'upon', 'at', 'dem', 'st',
]);

/** An all-lower-case word that is not a name connector: the tagger labels it O without scoring. */
export function isPlainWord(w: string): boolean {
  return /^[a-z]+$/.test(w) && !CONNECTORS.has(w);
}

const BOS = '<s>';
const EOS = '</s>';

// Feature-template prefixes, hashed once. The strings are the feature names the weights were trained on.
const T = Object.fromEntries(
  ['b', 'w=', 'W=', 's=', 'x2=', 'x3=', 'x4=', 'p3=', 'w-1=', 'w+1=', 'w-2=', 'w+2=', 'w-1w=', 'ww+1=', 's-1s=', 'ss+1=',
    's-1ss+1=', 'w-1s=', 'sw+1=', 'first|', 'caps|', 'capsw=', 'dl|', 'dt|', 'g=', 'gs=', 'g-1=', 'g+1='].map((t) => [t, fnv1a(t)]),
) as Record<string, number>;
const BAR = '|'.charCodeAt(0);

/** fnv1a(prefix + a + '|' + b [+ '|' + c]) without building the string. */
function h2(prefix: number, a: string, b: string): number {
  return fnvStr(Math.imul(fnvStr(prefix, a) ^ BAR, 0x01000193), b);
}
function h3(prefix: number, a: string, b: string, c: string): number {
  return h2(Math.imul(fnvStr(prefix, a) ^ BAR, 0x01000193) >>> 0, b, c);
}

/** Static feature hashes of every token of one sentence, with the folded words. */
export function sentenceFeatures(
  words: readonly string[],
  ctx: DocContext,
  /** Features for every token: training learns from plain words too (measured +0.1 F1 over skipping them there). */
  all = false,
): { lower: string[]; caps: boolean[]; feats: number[][] } {
  const n = words.length;
  const lower = words.map((w) => foldCase(w));
  const shapes = words.map(shape);
  const gaz = gazetteerTags(words, lower);
  const caps = isCapsSentence(words);
  const lw = (i: number) => (i < 0 ? BOS : i >= n ? EOS : lower[i]);
  const sh = (i: number) => (i < 0 ? BOS : i >= n ? EOS : shapes[i]);
  const feats: number[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = lower[i];
    const s = shapes[i];
    if (!all && isPlainWord(w)) {
      feats.push([]);
      continue;
    }
    const f: number[] = [
      T['b'],
      fnvStr(T['w='], l),
      fnvStr(T['W='], w),
      fnvStr(T['s='], s),
      fnvStr(T['x2='], l.slice(-2)),
      fnvStr(T['x3='], l.slice(-3)),
      fnvStr(T['x4='], l.slice(-4)),
      fnvStr(T['p3='], l.slice(0, 3)),
      fnvStr(T['w-1='], lw(i - 1)),
      fnvStr(T['w+1='], lw(i + 1)),
      fnvStr(T['w-2='], lw(i - 2)),
      fnvStr(T['w+2='], lw(i + 2)),
      h2(T['w-1w='], lw(i - 1), l),
      h2(T['ww+1='], l, lw(i + 1)),
      h2(T['s-1s='], sh(i - 1), s),
      h2(T['ss+1='], s, sh(i + 1)),
      h3(T['s-1ss+1='], sh(i - 1), s, sh(i + 1)),
      h2(T['w-1s='], lw(i - 1), s),
      h2(T['sw+1='], s, lw(i + 1)),
    ];
    if (i === 0) f.push(fnvStr(T['first|'], s));
    if (caps) f.push(fnvStr(T['caps|'], s), fnvStr(T['capsw='], l));
    if (w.length && w[0] !== w[0].toLowerCase()) {
      const edge = String(i === 0 || caps);
      if (ctx.lowerSeen.has(l)) f.push(fnvStr(T['dl|'], edge));
      if (ctx.titleSeen.has(l)) f.push(fnvStr(T['dt|'], edge));
    }
    for (const g of gaz[i]) f.push(fnvStr(T['g='], g), h2(T['gs='], g, s));
    if (i > 0) for (const g of gaz[i - 1]) f.push(fnvStr(T['g-1='], g));
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push(fnvStr(T['g+1='], g));
    feats.push(f);
  }
  return { lower, caps: words.map((w) => w.length > 0 && w[0] !== w[0].toLowerCase()), feats };
}
