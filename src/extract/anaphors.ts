/**
 * Subjects that refer back: a collective description ("the two countries") to the entities most
 * mentioned before it, a pronoun to its antecedent unless an "it" stands for an event noun.
 */
import type { Doc } from '../core/doc.ts';
import { lowAt, tokenRange, type TokenView } from '../annotate/quotes/text-view.ts';
import { resolveSpeaker } from '../annotate/quotes/index.ts';
import { findTriggers } from './lexicon.ts';
import { IT_OPENS_REACH, PLACE_PREPOSITIONS, SUBJECT_NOUN_REACH, SUBJECT_NOUN_TAIL, SUBJECT_PRONOUNS } from './participants.data.ts';
import { keyOf, wordBefore } from './participants.ts';

/** The `n` entities of the given types mentioned most often before an offset ("the two countries"), in first-mention order. */
export function lastDistinct(doc: Doc, before: number, types: readonly string[], n: number): string[] {
  if (n === 1) {
    const recent = (doc.layers.mentions ?? []).filter((m) => m.end <= before && types.includes(m.type) && m.form === 'name' && !PLACE_PREPOSITIONS.has(wordBefore(doc, m)));
    return recent.length ? [keyOf(doc, recent[recent.length - 1])] : [];
  }
  const counts = new Map<string, number>();
  for (const m of doc.layers.mentions ?? []) {
    if (m.end > before || !types.includes(m.type) || m.form === 'pronoun' || m.form === 'demonym' || m.form === 'metonym') continue;
    const k = keyOf(doc, m);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k]) => k);
  return top.length === n ? [...counts.keys()].filter((k) => top.includes(k)) : [];
}

export function pronounBefore(doc: Doc, v: TokenView, first: number, clauseFirst: number): string | null {
  for (let j = first - 1; j >= clauseFirst; j--) {
    const w = lowAt(v, j);
    if (w === 'it' && itIsAnEvent(doc, v, j)) return null;
    if (SUBJECT_PRONOUNS.has(w)) return resolveSpeaker(doc, v.toks[j]);
  }
  return null;
}

/**
 * "The new strategic partnership has replaced older pacts. It takes mutual assistance …", "the
 * agreement’s implications, whether it includes drills": an "it" whose sentence (or, opening its
 * sentence, the sentence before) has an event noun for subject refers to that agreement or visit,
 * not to the last country named.
 */
function itIsAnEvent(doc: Doc, v: TokenView, j: number): boolean {
  const sentences = doc.layers.sentences ?? [];
  const here = sentences.findIndex((s) => s.start <= v.toks[j].start && v.toks[j].start < s.end);
  if (here < 0) return false;
  const opensWith = (k: number, before: number) => {
    const [from, to] = tokenRange(v, sentences[k]);
    const end = Math.min(to, before, from + SUBJECT_NOUN_REACH + SUBJECT_NOUN_TAIL);
    const named = (doc.layers.mentions ?? []).some((m) => m.form !== 'pronoun' && m.start >= sentences[k].start && m.end <= (v.toks[end - 1]?.end ?? 0));
    return !named && findTriggers(v, from, end).some((h) => h.entry.pos === 'noun' && h.first - from <= SUBJECT_NOUN_REACH);
  };
  const [from] = tokenRange(v, sentences[here]);
  if (j > from && opensWith(here, j)) return true;
  return j - from <= IT_OPENS_REACH && here > 0 && opensWith(here - 1, Number.MAX_SAFE_INTEGER);
}
