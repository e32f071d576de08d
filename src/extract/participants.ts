/**
 * The participants of an event as entity keys: coordinated mention chains ("Putin and Kim"), the
 * entity a mention stands for, and the country an entity stands for. Subjects are found in
 * subjects.ts, objects and places in objects.ts, collective and pronoun subjects in anaphors.ts.
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { resolveSpeaker } from '../annotate/quotes/index.ts';
import { type TokenView } from '../annotate/quotes/text-view.ts';
import { countryOf as countryNamed } from '../annotate/entities/gazetteer.ts';
import { MODIFIER_PREPOSITIONS, TITLE_WORDS } from './participants.data.ts';

/**
 * Text between two coordinated mentions: "Washington and Seoul", "Russia, China and Iran",
 * "Putin and North Korean leader Kim" (titles and demonyms may precede the second name).
 */
const COORDINATION = new RegExp(`^\\s*(?:,|and|&|,\\s*and)\\s*(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*|${TITLE_WORDS.join('|')})\\s+){0,4}$`, 'u');

/** A chain of coordinated mentions ending at `last` (reading left): "Putin and Kim". */
export function chainLeft(doc: Doc, ms: readonly EntityMention[], last: number): EntityMention[] {
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

export function chainRight(doc: Doc, ms: readonly EntityMention[], start: number): EntityMention[] {
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
export function wordBefore(doc: Doc, m: { readonly start: number }, from = 0): string {
  const words = doc.text.slice(Math.max(from, m.start - 24), m.start).toLowerCase().trim().split(/\s+/);
  const last = words.pop() ?? '';
  return last === 'the' ? (words.pop() ?? '') : last;
}

/**
 * Mentions in a range that can be a subject: not inside a modifier phrase ("leaders in Ukraine");
 * demonyms ("Russian officials") only when nothing else names the participant.
 */
export function mentionsIn(doc: Doc, start: number, end: number): EntityMention[] {
  const all = (doc.layers.mentions ?? []).filter((m) => m.start >= start && m.end <= end && (m.start === start || !MODIFIER_PREPOSITIONS.has(wordBefore(doc, m, start))));
  const named = all.filter((m) => m.form !== 'demonym');
  return named.length ? named : all;
}

export const uniq = (xs: readonly string[]) => [...new Set(xs)];

/** The coordinated mentions right after token `at` in the clause, commas included: "between the U.S., South Korea, and Japan". */
export function partiesAfter(doc: Doc, v: TokenView, at: number, clauseLast: number): string[] {
  const ms = (doc.layers.mentions ?? []).filter((m) => m.start >= v.toks[at].end && m.end <= v.toks[clauseLast].end && m.form !== 'demonym');
  return ms.length ? uniq(chainRight(doc, ms, 0).map((m) => keyOf(doc, m))) : [];
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
