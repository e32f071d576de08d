/**
 * Token features for the learned cue tagger (see `tagger.ts`): the word, a crude stem, its
 * neighbours, shapes, and clues of a reported clause nearby (a quote, "that", a colon, a pronoun
 * subject). Dependency-free: only the token stream and the quoted stretches are read.
 */
import { AUXILIARIES, PRONOUNS } from '../cues.data.ts';
import { cueLemma } from '../lemma.ts';
import { lowAt, rawAt, type TokenView } from '../text-view.ts';

/** Shape class of a token: capitalised word, lower-case word, number, or its punctuation. */
export function shape(v: TokenView, i: number): string {
  const t = v.toks[i];
  if (!t) return '_';
  if (t.kind === 'number') return 'd';
  if (t.kind === 'punct') return lowAt(v, i);
  return /^\p{Lu}/u.test(rawAt(v, i)) ? 'X' : 'x';
}

/** "saying" → "say", "claimed" → "claim", "warns" → "warn": enough to share weights across forms. */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, w.endsWith('eed') ? -1 : -2);
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** Per-token context that does not depend on the tagger's own decisions. */
export interface Context {
  readonly v: TokenView;
  /** Whether each token lies inside a quoted string. */
  readonly inQuote: readonly boolean[];
  /** Index of the first token of each token's sentence. */
  readonly sentenceFirst: readonly number[];
  /** Each token's shape (`shape`) and stem (`stem`), computed once. */
  readonly shapes: readonly string[];
  readonly stems: readonly string[];
  /** Whether each token's sentence opens a paragraph. */
  readonly paraFirst: readonly boolean[];
}

/** The class of the word left of token i after auxiliaries and adverbs: the cue's likely subject slot. */
function subjectSlot(c: Context, i: number): string {
  const { v } = c;
  let j = i - 1;
  const first = c.sentenceFirst[i];
  while (j >= first && (AUXILIARIES.has(v.low[j]) || /ly$/.test(v.low[j]))) j--;
  if (j < first) return '^';
  const w = v.low[j];
  if (PRONOUNS.has(w)) return w === 'who' ? 'who' : 'P';
  if (c.shapes[j] === 'X') return 'X';
  if (c.shapes[j] === 'x') return /s$/.test(w) ? 'xs' : 'x';
  return c.shapes[j];
}

/** Position of token i in its sentence, bucketed. */
function position(c: Context, i: number): string {
  const k = i - c.sentenceFirst[i];
  return k < 3 ? String(k) : k < 6 ? '3-5' : k < 11 ? '6-10' : '>10';
}

const CLAUSE_MARKS = new Set(['that', ':', '“', '"', 'whether', 'if']);

/** Receives one feature: its template and value (the weight key is `template=value`). */
export type Emit = (template: string, value: string) => void;

/** The static features of token i (the tagger adds the previous decision). */
export function tokenFeatures(c: Context, i: number, emit: Emit): void {
  const { v } = c;
  const w = lowAt(v, i);
  const p1 = lowAt(v, i - 1);
  const n1 = lowAt(v, i + 1);
  const p2 = lowAt(v, i - 2);
  const n2 = lowAt(v, i + 2);
  const st = c.stems[i];
  const sh = (j: number) => c.shapes[j] ?? '_';
  emit('w', w);
  emit('st', st);
  emit('s3', w.slice(-3));
  emit('sh', sh(i));
  emit('p1', p1);
  emit('n1', n1);
  emit('p2', p2);
  emit('n2', n2);
  emit('p1w', `${p1}|${st}`);
  emit('wn1', `${st}|${n1}`);
  emit('shp', `${sh(i - 1)}|${sh(i)}|${sh(i + 1)}`);
  emit('q', c.inQuote[i] ? '1' : '0');
  emit('first', c.sentenceFirst[i] === i ? '1' : '0');
  for (let j = i + 1; j <= i + 4 && j < v.toks.length; j++) {
    if (!CLAUSE_MARKS.has(lowAt(v, j))) continue;
    emit('cl', lowAt(v, j));
    emit('stcl', `${st}|${lowAt(v, j)}`);
    break;
  }
  const lemma = cueLemma(w);
  if (lemma) {
    emit('lex', lemma);
    emit('lexp1', p1);
  }
  emit('p1n1', `${p1}|${n1}`);
  emit('p2p1', `${p2}|${p1}`);
  emit('n1n2', `${n1}|${n2}`);
  let capLeft = 0;
  for (let j = i - 1; j >= Math.max(c.sentenceFirst[i], i - 3); j--) if (c.shapes[j] === 'X') capLeft++;
  emit('capl', `${capLeft}|${st}`);
  if (PRONOUNS.has(p1)) emit('prp', '');
  const slot = subjectSlot(c, i);
  emit('sb', slot);
  emit('sbst', `${slot}|${st}`);
  emit('sbs3', `${slot}|${w.slice(-3)}`);
  emit('s2', w.slice(-2));
  emit('s4', w.slice(-4));
  emit('pos', position(c, i));
  emit('para', c.paraFirst[i] ? '1' : '0');
  for (let j = i - 3; j <= i + 3; j++) if (j !== i && j >= 0 && j < v.toks.length) emit(j < i ? 'wl' : 'wr', c.stems[j]);
  const lp = cueLemma(p1) ?? cueLemma(p2);
  if (lp) emit('lexl', lp);
  const ln = cueLemma(n1) ?? cueLemma(n2);
  if (ln) emit('lexr', `${st}|${ln}`);
  if (c.inQuote[i + 1] && !c.inQuote[i]) emit('beforeq', '');
  if (c.inQuote[i - 1] && !c.inQuote[i]) emit('afterq', '');
}

/** History features: the previous decision, alone and with the word's stem. */
export function historyFeatures(prev: number, st: string, emit: Emit): void {
  emit('pl', prev ? '1' : '0');
  emit('plst', `${prev}|${st}`);
}

/** The feature keys of token i, as the trainer stores them. */
export function featureKeys(c: Context, i: number): string[] {
  const out: string[] = [];
  tokenFeatures(c, i, (t, x) => out.push(`${t}=${x}`));
  return out;
}
