import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { resolveSpeaker } from '../annotate/quotes/index.ts';
import { lowAt, tokenRange, type TokenView } from '../annotate/quotes/text-view.ts';
import { verbForms } from '../annotate/quotes/morph.ts';
import { findTriggers } from './lexicon.ts';
import { countryOf as countryNamed } from '../annotate/entities/gazetteer.ts';
import {
  COLLECTIVES, JOIN_LEMMA, JOIN_REACH, MODIFIER_PREPOSITIONS, OBJECT_COLLECTIVE, PARTICIPANT_STOP, PLACE_PREPOSITIONS, SUBJECT_BREAKS, SUBJECT_NOUN_REACH,
  TITLE_WORDS,
} from './participants.data.ts';

/** Mentions in text order with the index of their first token. */
export interface MentionIndex {
  readonly mentions: readonly EntityMention[];
}

/**
 * Text between two coordinated mentions: "Washington and Seoul", "Russia, China and Iran",
 * "Putin and North Korean leader Kim" (titles and demonyms may precede the second name).
 */
const COORDINATION = new RegExp(`^\\s*(?:,|and|&|,\\s*and)\\s*(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*|${TITLE_WORDS.join('|')})\\s+){0,4}$`, 'u');

/** A chain of coordinated mentions ending at `last` (reading left): "Putin and Kim". */
function chainLeft(doc: Doc, ms: readonly EntityMention[], last: number): EntityMention[] {
  const chain = [ms[last]];
  for (let k = last - 1; k >= 0; k--) {
    const between = doc.text.slice(ms[k].end, chain[0].start);
    if (!COORDINATION.test(between)) break;
    chain.unshift(ms[k]);
  }
  return chain;
}

/** "North Korea leader Kim Jong Un", "Russia’s Security Council head Shoigu": a title between a place and a person makes the person the participant. */
const APPOSITIVE = new RegExp(`^\\s*(?:['’]s\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*|${TITLE_WORDS.join('|')})\\s+){0,4}$`, 'u');

function appositive(doc: Doc, ms: readonly EntityMention[], k: number): number {
  const next = ms[k + 1];
  if (!next || ms[k].type === 'PERSON' || next.type !== 'PERSON') return k;
  const between = doc.text.slice(ms[k].end, next.start);
  return APPOSITIVE.test(between) && TITLE_WORDS.some((t) => new RegExp(`\\b${t}\\b`, 'i').test(between)) ? k + 1 : k;
}

function chainRight(doc: Doc, ms: readonly EntityMention[], start: number): EntityMention[] {
  const first = appositive(doc, ms, start);
  const chain = [ms[first]];
  for (let k = first + 1; k < ms.length; k++) {
    const between = doc.text.slice(chain[chain.length - 1].end, ms[k].start);
    if (!COORDINATION.test(between)) break;
    chain.push(ms[k]);
  }
  return chain;
}

/** The entity a mention stands for (a demonym → its country) or its own key. */
export function keyOf(doc: Doc, m: EntityMention): string {
  if (m.form === 'pronoun') return resolveSpeaker(doc, m) ?? m.entity;
  if (m.form === 'demonym') {
    const standsFor = doc.layers.entities?.find((e) => e.key === m.entity)?.standsFor;
    if (standsFor && !standsFor.startsWith('name:')) return standsFor;
  }
  return m.entity;
}

/** The word before a mention (skipping "the"), lower case. */
function wordBefore(doc: Doc, m: { readonly start: number }, from = 0): string {
  const words = doc.text.slice(Math.max(from, m.start - 24), m.start).toLowerCase().trim().split(/\s+/);
  const last = words.pop() ?? '';
  return last === 'the' ? (words.pop() ?? '') : last;
}

/**
 * Mentions in a range that can be a subject: not inside a modifier phrase ("leaders in Ukraine");
 * demonyms ("Russian officials") only when nothing else names the participant.
 */
function mentionsIn(doc: Doc, start: number, end: number): EntityMention[] {
  const all = (doc.layers.mentions ?? []).filter((m) => m.start >= start && m.end <= end && (m.start === start || !MODIFIER_PREPOSITIONS.has(wordBefore(doc, m, start))));
  const named = all.filter((m) => m.form !== 'demonym');
  return named.length ? named : all;
}

const uniq = (xs: readonly string[]) => [...new Set(xs)];

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

/** Subordinators after which an -ing verb has no subject of its own ("after vowing", "while visiting"). */
const GERUND_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'since', 'when', 'by', 'without', 'despite', 'following']);

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

/** The `n` entities of the given types mentioned most often before an offset ("the two countries"), in first-mention order. */
function lastDistinct(doc: Doc, before: number, types: readonly string[], n: number): string[] {
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

function pronounBefore(doc: Doc, v: TokenView, first: number, clauseFirst: number): string | null {
  for (let j = first - 1; j >= clauseFirst; j--) {
    const w = lowAt(v, j);
    if (w === 'it' && itIsAnEvent(doc, v, j)) return null;
    if (['he', 'she', 'they', 'it', 'we'].includes(w)) return resolveSpeaker(doc, v.toks[j]);
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
    const end = Math.min(to, before, from + SUBJECT_NOUN_REACH + 2);
    const named = (doc.layers.mentions ?? []).some((m) => m.form !== 'pronoun' && m.start >= sentences[k].start && m.end <= (v.toks[end - 1]?.end ?? 0));
    return !named && findTriggers(v, from, end).some((h) => h.entry.pos === 'noun' && h.first - from <= SUBJECT_NOUN_REACH);
  };
  const [from] = tokenRange(v, sentences[here]);
  if (j > from && opensWith(here, j)) return true;
  return j - from <= 1 && here > 0 && opensWith(here - 1, Number.MAX_SAFE_INTEGER);
}

/** The possessor of a noun trigger: "Putin's visit", "his trip", "North Korea's missile launches". */
export function possessorOf(doc: Doc, v: TokenView, first: number): string[] {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    const w = lowAt(v, j);
    if (['his', 'her', 'its', 'their'].includes(w)) return uniq([resolveSpeaker(doc, v.toks[j]) ?? ''].filter(Boolean));
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

const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** Prepositions that introduce a noun trigger's object. */
const NOUN_ARGUMENT: ReadonlySet<string> = new Set(['of', 'on', 'against', 'to', 'with', 'for', 'into', 'between', 'among', 'from', 'by']);

/** Words that start a noun phrase after "to" (a recipient, not an infinitive): "sent delegates to the capital". */
const NOUN_START: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'both', 'all']);

/**
 * Whether a mention right of a trigger fills its object slot: directly after it or after an argument
 * preposition ("met with Shoigu", "ships … to Russia"), not behind a modifier preposition ("the
 * dignity of the state … by the US", "into the sea in the direction of Japan", "signed during
 * Putin's visit to North Korea").
 */
function argumentSlot(doc: Doc, start: number, m: EntityMention, noun: boolean): boolean {
  const words = doc.text.slice(start, m.start).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  // A noun's "of" right after it introduces its object: "invasion of Ukraine"
  return !words.some((w, i) => MODIFIER_PREPOSITIONS.has(w) && !(noun && i === 0 && w === 'of'));
}

/** The coordinated mentions right after token `at` in the clause, commas included: "between the U.S., South Korea, and Japan". */
export function partiesAfter(doc: Doc, v: TokenView, at: number, clauseLast: number): string[] {
  const ms = (doc.layers.mentions ?? []).filter((m) => m.start >= v.toks[at].end && m.end <= v.toks[clauseLast].end && m.form !== 'demonym');
  return ms.length ? uniq(chainRight(doc, ms, 0).map((m) => keyOf(doc, m))) : [];
}

export interface ObjectInfo {
  readonly targets: readonly string[];
  readonly place: string | null;
}

/**
 * The targets and place right of a trigger, up to the clause end: the first mention chain is the
 * target ("met with Sergei Shoigu", "accused North Korea of"); a place preposition before a
 * place-type mention gives the place ("in Pyongyang", "to Moscow").
 */
export function objectOf(doc: Doc, v: TokenView, last: number, clauseLast: number, objectIsPlace: boolean, slot: 'object' | 'noun' | 'clausal' | 'agent' = 'object'): ObjectInfo {
  const clausal = slot === 'clausal';
  // A noun takes its object through a preposition ("visit to Pyongyang", "invasion of Ukraine", "summit with Kim"), never directly
  const nounWithout = slot === 'noun' && !NOUN_ARGUMENT.has(lowAt(v, last + 1));
  const start = v.toks[last].end;
  // "vowed to fight … against the West": an infinitive complement's objects are its own, not the trigger's
  const infinitive = clausal && lowAt(v, last + 1) === 'to' && /^\p{Ll}/u.test(v.text.slice(v.toks[last + 2]?.start ?? 0, v.toks[last + 2]?.end ?? 0)) && !NOUN_START.has(lowAt(v, last + 2));
  let end = v.toks[clauseLast].end;
  for (let j = last + 1; j <= clauseLast; j++) {
    // "opposing new sanctions and publicly splitting the UN": a coordinated verb phrase has its own object
    if (PARTICIPANT_STOP.has(lowAt(v, j)) || (/^(and|or|but)$/.test(lowAt(v, j)) && /^\p{Ll}+(ly|ing|ed)$/u.test(v.text.slice(v.toks[j + 1]?.start ?? 0, v.toks[j + 1]?.end ?? 0)))) {
      end = v.toks[j].start;
      break;
    }
  }
  // A possessive determiner ("pledged his support for North Korea") is not the object
  const ms = (doc.layers.mentions ?? []).filter((m) => m.start >= start && m.end <= end && m.form !== 'demonym' && !(m.form === 'pronoun' && POSSESSIVES.has(doc.text.slice(m.start, m.end).toLowerCase())));
  let place: string | null = null;
  const targets: string[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const before = doc.text.slice(Math.max(start, m.start - 12), m.start).toLowerCase().trim().split(/\s+/).pop() ?? '';
    const isPlace = m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC';
    const locative = PLACE_PREPOSITIONS.has(before) && (before !== 'to' || objectIsPlace);
    const cityOf = /\b(city|town|capital|village|port|region|province) of\s*$/i.test(doc.text.slice(Math.max(start, m.start - 20), m.start));
    // "thanked the state for supporting his operation in Ukraine": a place inside a reason is the reason's
    const reason = !objectIsPlace && /\bfor\b/i.test(doc.text.slice(start, m.start));
    if (isPlace && place === null && !reason && (locative || cityOf || (objectIsPlace && k === 0))) {
      place = keyOf(doc, m);
      if (objectIsPlace && targets.length === 0) targets.push(place);
      continue;
    }
    if (targets.length === 0 && !infinitive && !nounWithout && (slot === 'agent' || argumentSlot(doc, start, m, slot === 'noun'))) {
      targets.push(...chainRight(doc, ms, k).map((x) => keyOf(doc, x)));
    }
  }
  return { targets: uniq(targets), place };
}

/** The country a described object ("the rogue state") stands for: the last country named before the trigger that is not an actor; null when none. */
export function describedCountry(doc: Doc, v: TokenView, first: number, last: number, actors: readonly string[]): string | null {
  const after = doc.text.slice(v.toks[last].end, v.toks[last].end + 60);
  if (!OBJECT_COLLECTIVE.test(after)) return null;
  const before = (doc.layers.mentions ?? []).filter((m) => m.end <= v.toks[first].start && m.type === 'GPE' && m.form === 'name' && !actors.includes(keyOf(doc, m)));
  return before.length ? keyOf(doc, before[before.length - 1]) : null;
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

/** The country an entity stands for: a place its country ("Pyongyang" → North Korea), a person the nationality of a role ("Russian President"). */
export function countryOf(doc: Doc, key: string): string | null {
  const e = doc.layers.entities?.find((x) => x.key === key);
  if (!e) return null;
  if (e.type === 'GPE') {
    if (e.standsFor && !e.standsFor.startsWith('name:')) return e.standsFor;
    // "a rare visit to Pyongyang": a capital stands for its country when the text names that country
    const place = countryNamed(e.name);
    if (place && place.via !== 'country') return doc.layers.entities?.find((x) => x.type === 'GPE' && x.name === place.country.name)?.key ?? null;
    return key;
  }
  if (e.type !== 'PERSON') return null;
  for (const r of e.roles) {
    const demonym = (doc.layers.mentions ?? []).find((m) => m.form === 'demonym' && m.start >= r.start && m.end <= r.end);
    if (demonym) return keyOf(doc, demonym);
  }
  return null;
}
