/**
 * The actors of a trigger: the subject of its clause ("Washington and Seoul accused …"), the main
 * clause's subject, the possessor of a noun trigger ("Putin's visit"), and the parties of "joined X in".
 */
import type { Doc } from '../core/doc.ts';
import { resolveSpeaker } from '../annotate/quotes/index.ts';
import { lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { verbForms } from '../annotate/quotes/morph.ts';
import { APPOSITION_REACH, COLLECTIVES, GERUND_SUBORDINATORS, JOIN_LEMMA, JOIN_REACH, PARTICIPANT_STOP, POSSESSIVES, POSSESSOR_REACH, SUBJECT_BREAKS } from './participants.data.ts';
import { chainLeft, chainRight, keyOf, mentionsIn, uniq } from './participants.ts';
import { lastDistinct, pronounBefore } from './anaphors.ts';
import { objectOf } from './objects.ts';

/**
 * The actors of a trigger: the coordinated mention chain nearest left of it within its clause
 * ("Washington and Seoul accused …"), skipping possessors ("North Korea's leader Kim" → Kim).
 * A pronoun subject resolves to its antecedent.
 */
export function subjectOf(doc: Doc, v: TokenView, first: number, clauseFirst: number, clauseInitial = false, recentPair: readonly string[] | null = null): string[] {
  const start = v.toks[clauseFirst].start;
  // Walk left over the clause; stop at a subordinate break so "after Putin landed, the leaders met" picks "the leaders".
  let from = start;
  let end = v.toks[first].start;
  for (let j = first - 1; j >= clauseFirst; j--) {
    const w = lowAt(v, j);
    // "The Russian tyrant, who will be visiting …, has thanked": skip the relative clause; its subject is the noun before it
    const rel = w === ',' ? relativeStart(v, j, clauseFirst) : -1;
    if (rel >= 0) {
      end = v.toks[rel].start;
      j = rel;
      continue;
    }
    if ((w === 'who' || w === 'which') && lowAt(v, j - 1) === ',' && j - 1 > clauseFirst) {
      end = v.toks[j - 1].start;
      j--;
      continue;
    }
    if (!SUBJECT_BREAKS.has(w)) continue;
    // "The foreign minister, Anna Berg, accused …": nothing between the comma and the verb, and a name set off by commas before it
    const apposed = w === ',' && mentionsIn(doc, v.toks[j].end, end).length === 0 ? appositionBefore(doc, v, j, clauseFirst) : null;
    if (apposed) {
      [from, end] = apposed;
      break;
    }
    // "the two leaders “exchanged …” and discussed": a coordinated verb after a quote shares the subject before it
    if (/^[”"]$/.test(w) && /^\s*(and|but|or|and then|but also)?\s*$/i.test(doc.text.slice(v.toks[j].end, end))) {
      let open = j - 1;
      while (open > clauseFirst && !/^[“"]$/.test(lowAt(v, open))) open--;
      if (open > clauseFirst) {
        end = v.toks[open].start;
        j = open;
        continue;
      }
    }
    from = v.toks[j].end;
    break;
  }
  const ms = mentionsIn(doc, from, end);
  if (ms.length === 0) {
    const region = doc.text.slice(from, end);
    const collective = COLLECTIVES.find((c) => c.re.test(region));
    // "After North Korea, Putin will visit Vietnam. Both countries were expected to discuss trade": the pair just told
    if (collective && collective.n === 2 && collective.types.includes('GPE') && recentPair) return [...recentPair];
    if (collective) return lastDistinct(doc, from, collective.types, collective.n);
    const pronoun = pronounBefore(doc, v, first, clauseFirst);
    if (pronoun) return [pronoun];
    // "Russia and North Korea deny an arms deal but vowed …": a coordinated verb shares the subject
    if (from > start && /\b(but|and)\s*$/i.test(doc.text.slice(start, from))) return mainSubject(doc, v, clauseFirst, first);
    // An infinitive with no subject in reach takes the sentence's ("officials discussed … to employ workers")
    if (clauseInitial) return mainSubject(doc, v, clauseFirst, first);
    // "The pair are expected to reinforce their ties after vowing to …": a gerund after a subordinator shares the main subject
    const sub = from > start ? tokenBefore(v, from) : -1;
    if (sub > clauseFirst && GERUND_SUBORDINATORS.has(lowAt(v, sub)) && /ing$/.test(lowAt(v, first))) return subjectOf(doc, v, sub, clauseFirst);
    return [];
  }
  if (clauseInitial) return uniq(chainRight(doc, ms, 0).map((m) => keyOf(doc, m)));
  return uniq(chainLeft(doc, ms, ms.length - 1).map((m) => keyOf(doc, m)));
}

/**
 * The name set off by commas that ends at the comma `close` (", Anna Berg,"), as the offsets it
 * spans, when the tokens between the two commas are one mention chain: an apposition to the noun
 * before it, and the subject of the verb after it. Null otherwise.
 */
function appositionBefore(doc: Doc, v: TokenView, close: number, clauseFirst: number): [number, number] | null {
  for (let k = close - 1; k > clauseFirst && close - k <= APPOSITION_REACH; k--) {
    if (lowAt(v, k) !== ',') continue;
    const [a, b] = [v.toks[k + 1].start, v.toks[close - 1].end];
    const ms = mentionsIn(doc, a, b);
    return ms.length && ms[0].start === a && ms[ms.length - 1].end === b ? [a, b] : null;
  }
  return null;
}

/** The index of the token ending at `offset`. */
function tokenBefore(v: TokenView, offset: number): number {
  return v.toks.findIndex((t) => t.end === offset);
}

/** The comma opening a relative clause closed by the comma at `close` (", who … ,"), or −1. */
function relativeStart(v: TokenView, close: number, clauseFirst: number): number {
  for (let k = close - 1; k > clauseFirst; k--) {
    const w = lowAt(v, k);
    if (w === ',' ) return lowAt(v, k + 1) === 'who' || lowAt(v, k + 1) === 'which' ? k : -1;
    if (w === '.' || w === ';') return -1;
  }
  return -1;
}

/** The first mention chain of the clause: the subject of the main verb. */
export function mainSubject(doc: Doc, v: TokenView, clauseFirst: number, before: number): string[] {
  const start = v.toks[clauseFirst].start;
  const end = v.toks[before]?.start ?? doc.text.length;
  const ms = mentionsIn(doc, start, end);
  if (ms.length === 0) return [];
  return uniq(chainRight(doc, ms, 0).map((m) => keyOf(doc, m)));
}

/** The possessor of a noun trigger: "Putin's visit", "his trip", "North Korea's missile launches". */
export function possessorOf(doc: Doc, v: TokenView, first: number): string[] {
  for (let j = first - 1; j >= Math.max(0, first - POSSESSOR_REACH); j--) {
    const w = lowAt(v, j);
    if (POSSESSIVES.has(w)) return uniq([resolveSpeaker(doc, v.toks[j]) ?? ''].filter(Boolean));
    // "Kim Jong Un‘s" may come as "‘" + "s"
    if (/['’‘]s$/.test(w) || (w === 's' && /^['’‘]$/.test(lowAt(v, j - 1)))) {
      const at = v.toks[w === 's' ? j - 1 : j].start;
      const ms = (doc.layers.mentions ?? []).filter((m) => m.end <= v.toks[j].end && m.end >= at - 1);
      if (ms.length) return [keyOf(doc, ms[ms.length - 1])];
    }
    if (PARTICIPANT_STOP.has(w)) break;
  }
  return [];
}

const JOIN_FORMS: ReadonlySet<string> = new Set(verbForms(JOIN_LEMMA));

/**
 * "Russia has joined China in opposing new sanctions": the act after "joined X in" has the subject
 * of "joined" and X for actors; null when the trigger is not such an act.
 */
export function joinedActors(doc: Doc, v: TokenView, first: number, clauseFirst: number): string[] | null {
  if (lowAt(v, first - 1) !== 'in' || !/ing$/.test(lowAt(v, first))) return null;
  for (let j = first - 2; j >= clauseFirst && first - j <= JOIN_REACH; j--) {
    if (!JOIN_FORMS.has(lowAt(v, j))) continue;
    const joined = objectOf(doc, v, j, first - 2, false, 'object').targets;
    const subject = subjectOf(doc, v, j, clauseFirst);
    return joined.length && subject.length ? uniq([...subject, ...joined]) : null;
  }
  return null;
}
