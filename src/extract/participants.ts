import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { resolveSpeaker } from '../annotate/quotes/index.ts';
import { lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { COLLECTIVES, PARTICIPANT_STOP, PLACE_PREPOSITIONS, SUBJECT_BREAKS, TITLE_WORDS } from './participants.data.ts';

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

function chainRight(doc: Doc, ms: readonly EntityMention[], first: number): EntityMention[] {
  const chain = [ms[first]];
  for (let k = first + 1; k < ms.length; k++) {
    const between = doc.text.slice(chain[chain.length - 1].end, ms[k].start);
    if (!COORDINATION.test(between)) break;
    chain.push(ms[k]);
  }
  return chain;
}

/** The entity a mention stands for (a demonym → its country) or its own key. */
function keyOf(doc: Doc, m: EntityMention): string {
  if (m.form === 'pronoun') return resolveSpeaker(doc, m) ?? m.entity;
  if (m.form === 'demonym') {
    const standsFor = doc.layers.entities?.find((e) => e.key === m.entity)?.standsFor;
    if (standsFor && !standsFor.startsWith('name:')) return standsFor;
  }
  return m.entity;
}

/** Mentions in a range; demonyms ("Russian officials") only when nothing else names the participant. */
function mentionsIn(doc: Doc, start: number, end: number): EntityMention[] {
  const all = (doc.layers.mentions ?? []).filter((m) => m.start >= start && m.end <= end);
  const named = all.filter((m) => m.form !== 'demonym');
  return named.length ? named : all;
}

const uniq = (xs: readonly string[]) => [...new Set(xs)];

/**
 * The actors of a trigger: the coordinated mention chain nearest left of it within its clause
 * ("Washington and Seoul accused …"), skipping possessors ("North Korea's leader Kim" → Kim).
 * A pronoun subject resolves to its antecedent.
 */
export function subjectOf(doc: Doc, v: TokenView, first: number, clauseFirst: number, clauseInitial = false): string[] {
  const start = v.toks[clauseFirst].start;
  const end = v.toks[first].start;
  // Walk left over the clause; stop at a subordinate break so "after Putin landed, the leaders met" picks "the leaders".
  let from = start;
  for (let j = first - 1; j >= clauseFirst; j--) {
    if (SUBJECT_BREAKS.has(lowAt(v, j))) {
      from = v.toks[j].end;
      break;
    }
  }
  const ms = mentionsIn(doc, from, end);
  if (ms.length === 0) {
    const region = doc.text.slice(from, end);
    const collective = COLLECTIVES.find((c) => c.re.test(region));
    if (collective) return lastDistinct(doc, from, collective.types, 2);
    const pronoun = pronounBefore(doc, v, first, clauseFirst);
    if (pronoun) return [pronoun];
    // "Russia and North Korea deny an arms deal but vowed …": a coordinated verb shares the subject
    if (from > start && /\b(but|and)\s*$/i.test(doc.text.slice(start, from))) return mainSubject(doc, v, clauseFirst, first);
    // An infinitive with no subject in reach takes the sentence's ("officials discussed … to employ workers")
    if (clauseInitial) return mainSubject(doc, v, clauseFirst, first);
    return [];
  }
  if (clauseInitial) return uniq(chainRight(doc, ms, 0).map((m) => keyOf(doc, m)));
  return uniq(chainLeft(doc, ms, ms.length - 1).map((m) => keyOf(doc, m)));
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
    if (['he', 'she', 'they', 'it', 'we'].includes(w)) return resolveSpeaker(doc, v.toks[j]);
  }
  return null;
}

/** The possessor of a noun trigger: "Putin's visit", "his trip", "North Korea's missile launches". */
export function possessorOf(doc: Doc, v: TokenView, first: number): string[] {
  for (let j = first - 1; j >= Math.max(0, first - 4); j--) {
    const w = lowAt(v, j);
    if (['his', 'her', 'its', 'their'].includes(w)) return uniq([resolveSpeaker(doc, v.toks[j]) ?? ''].filter(Boolean));
    if (/['’]s$/.test(w) || w === "'s" || w === '’s') {
      const at = v.toks[j].start;
      const ms = (doc.layers.mentions ?? []).filter((m) => m.end <= v.toks[j].end && m.end >= at - 1);
      if (ms.length) return [keyOf(doc, ms[ms.length - 1])];
    }
    if (PARTICIPANT_STOP.has(w)) break;
  }
  return [];
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
export function objectOf(doc: Doc, v: TokenView, last: number, clauseLast: number, objectIsPlace: boolean): ObjectInfo {
  const start = v.toks[last].end;
  let end = v.toks[clauseLast].end;
  for (let j = last + 1; j <= clauseLast; j++) {
    if (PARTICIPANT_STOP.has(lowAt(v, j)) && j > last + 1) {
      end = v.toks[j].start;
      break;
    }
  }
  const ms = (doc.layers.mentions ?? []).filter((m) => m.start >= start && m.end <= end && m.form !== 'demonym');
  let place: string | null = null;
  const targets: string[] = [];
  for (let k = 0; k < ms.length; k++) {
    const m = ms[k];
    const before = doc.text.slice(Math.max(start, m.start - 12), m.start).toLowerCase().trim().split(/\s+/).pop() ?? '';
    const isPlace = m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC';
    const locative = PLACE_PREPOSITIONS.has(before) && (before !== 'to' || objectIsPlace);
    const cityOf = /\b(city|town|capital|village|port|region|province) of\s*$/i.test(doc.text.slice(Math.max(start, m.start - 20), m.start));
    if (isPlace && place === null && (locative || cityOf || (objectIsPlace && k === 0))) {
      place = keyOf(doc, m);
      if (objectIsPlace && targets.length === 0) targets.push(place);
      continue;
    }
    if (targets.length === 0) {
      targets.push(...chainRight(doc, ms, k).map((x) => keyOf(doc, x)));
    }
  }
  return { targets: uniq(targets), place };
}
