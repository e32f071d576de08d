import type { EntityType } from '../../core/ontology.ts';
import { nameTokens } from './names.ts';
import type { RawMention } from './recognize.ts';

/**
 * One type per name within an article: the tagger types each occurrence from its context, so the
 * same name can come out PERSON in one sentence and ORG in a headline. A multi-word name whose
 * occurrences are mostly PERSON becomes PERSON everywhere, and a two- or three-word name ending in a person’s
 * surname ("VLADIMIR Putin" tagged ORG beside "Putin") becomes PERSON. Re-typing only ever goes
 * towards PERSON; demonyms, metonyms and gazetteer countries keep their type.
 */
export function harmoniseTypes(text: string, raw: readonly RawMention[]): RawMention[] {
  const keyOf = (m: RawMention) => nameTokens(text.slice(m.start, m.end)).join(' ');
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of raw) {
    if (m.form !== 'name' || m.country) continue;
    const k = keyOf(m);
    const v = votes.get(k) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + 1);
    votes.set(k, v);
  }
  const surnames = new Set<string>();
  for (const [k, v] of votes) {
    if (majority(v) !== 'PERSON') continue;
    const toks = k.split(' ');
    surnames.add(toks[toks.length - 1]);
  }
  return raw.map((m) => {
    if (m.form !== 'name' || m.country || m.type === 'PERSON') return m;
    const k = keyOf(m);
    const toks = k.split(' ');
    // Only ever towards PERSON: ORG/LOC votes disagree legitimately (a city and its team).
    const v = votes.get(k)!;
    const person = (toks.length > 1 && majority(v) === 'PERSON') || (v.get('PERSON') ?? 0) >= MIN_PERSON_VOTES * Math.max(1, others(v)) || (toks.length > 1 && toks.length <= MAX_NAME_TOKENS && surnames.has(toks[toks.length - 1]));
    return person ? { ...m, type: 'PERSON' } : m;
  });
}

/** A one-word name is re-typed PERSON only when PERSON outvotes the other types this many times over (CoNLL valid: 2 keeps city/team votes apart). */
const MIN_PERSON_VOTES = 2;

function others(v: ReadonlyMap<EntityType, number>): number {
  let n = 0;
  for (const [t, c] of v) if (t !== 'PERSON') n += c;
  return n;
}

/** Longest mention re-typed by the surname rule ("VLADIMIR Putin"); longer ones are titles or organisations. */
const MAX_NAME_TOKENS = 3;

function majority(v: ReadonlyMap<EntityType, number>): EntityType {
  let best: EntityType = 'PERSON';
  let n = -1;
  for (const [t, c] of v) if (c > n || (c === n && t === 'PERSON')) { best = t; n = c; }
  return best;
}
