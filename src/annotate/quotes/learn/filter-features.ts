/**
 * Features of one candidate attribution for the learned attribution filter (`filter.ts`): where it came
 * from (a rule, or a learned cue), its cue word and the words around it, what its source looks like and
 * where it sits, how long its content is, whether it lies inside a quotation or inside another
 * candidate's content, and how strongly the cue tagger scored its cue.
 */
import { contains, type Span } from '../../../core/span.ts';
import { PRONOUNS } from '../cues.data.ts';
import type { Attribution } from '../find.ts';
import { cueLemma } from '../lemma.ts';
import { lowAt, tokenAt, tokenRange, type TokenView } from '../text-view.ts';
import type { Emit } from './features.ts';
import { stem } from './features.ts';

/**
 * Where a candidate came from: the rules on a plain speech or belief cue (always kept: the filter does
 * not judge them), the rules on an ambiguous cue ("plans", "support", "in a poll"), or a cue only the
 * tagger found.
 */
export type Origin = 'rule' | 'ambiguous' | 'learned';

export interface Candidate {
  readonly a: Attribution;
  readonly origin: Origin;
}

const bucket = (n: number, edges: readonly number[]): string => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};
/** Strictly inside: contained and not the same span. */
const inside = (outer: Span, inner: Span) => contains(outer, inner) && (outer.start !== inner.start || outer.end !== inner.end);

/** The class of a source span: which pronoun, a capitalised name, or a lower-case noun phrase. */
function sourceClass(v: TokenView, s: Span): string {
  const [a, b] = tokenRange(v, s);
  if (b - a === 1 && PRONOUNS.has(lowAt(v, a))) return lowAt(v, a);
  const raw = v.text.slice(s.start, s.end);
  if (/^\p{Lu}/u.test(raw)) return /^(The|A|An)\b/.test(raw) ? 'Det' : 'Name';
  return /\p{Lu}/u.test(raw) ? 'lowName' : 'low';
}

/**
 * The features of candidate k among all candidates of the article. `cueScore` is the tagger's best
 * score over the cue's tokens (averaged-weight units).
 */
export function candidateFeatures(v: TokenView, all: readonly Candidate[], k: number, quotes: readonly Span[], cueScore: number, emit: Emit): void {
  const { a, origin } = all[k];
  const ok = `${origin}|${a.kind}`;
  emit('ok', ok);
  emit('st', a.stance);
  if (a.cue) {
    const [c0, c1] = tokenRange(v, a.cue);
    const first = lowAt(v, c0);
    const lemma = cueLemma(first) ?? stem(first);
    emit('cw', lemma);
    emit('okcw', `${ok}|${lemma}`);
    emit('cn', bucket(c1 - c0, [1, 2, 4]));
    emit('cp1', lowAt(v, c0 - 1));
    emit('cn1', lowAt(v, c1));
    emit('cms', `${origin}|${bucket(Math.round(cueScore), [-6, -3, -1, 0, 1, 3, 6, 10])}`);
    if (quotes.some((q) => q.start < a.cue!.start && a.cue!.end < q.end)) emit('cq', ok);
  } else emit('nocue', ok);
  if (a.source) {
    const cls = sourceClass(v, a.source);
    emit('sc', cls);
    emit('okcs', `${ok}|${cls}`);
    const [s0, s1] = tokenRange(v, a.source);
    emit('sn', bucket(s1 - s0, [1, 2, 3, 5, 8]));
    if (a.cue) {
      const after = a.source.start >= a.cue.end;
      const gap = after ? tokenAt(v, a.source.start) - tokenAt(v, a.cue.end) : tokenAt(v, a.cue.start) - tokenAt(v, a.source.end);
      emit('sd', `${after ? '+' : '-'}${bucket(gap, [0, 1, 2, 4, 8])}`);
      emit('sdcs', `${after ? '+' : '-'}${bucket(gap, [0, 2, 8])}|${cls}`);
    }
    emit('slast', lowAt(v, s1 - 1));
    emit('sprev', lowAt(v, s0 - 1));
  } else emit('nosrc', ok);
  const words = (v.text.slice(a.content.start, a.content.end).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  emit('len', `${a.kind}|${bucket(words, [3, 6, 12, 25, 50])}`);
  if (quotes.some((q) => q.start < a.content.end && a.content.start < q.end)) emit('cntq', a.kind);
  const nested = all.some((o, j) => j !== k && inside(o.a.content, a.content));
  const holds = all.some((o, j) => j !== k && o.a.cue && inside(a.content, o.a.cue));
  emit('nest', `${nested ? 1 : 0}${holds ? 1 : 0}|${origin}`);
  if (a.source && quotes.some((q) => q.start < a.source!.start && a.source!.end < q.end)) emit('sq', '');
}

/** The feature keys of candidate k, as the trainer stores them. */
export function candidateKeys(v: TokenView, all: readonly Candidate[], k: number, quotes: readonly Span[], cueScore: number): string[] {
  const out: string[] = [];
  candidateFeatures(v, all, k, quotes, cueScore, (t, x) => out.push(`${t}=${x}`));
  return out;
}
