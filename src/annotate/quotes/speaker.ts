import type { Doc } from '../../core/doc.ts';
import type { EntityMention } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import type { EntityType } from '../../core/ontology.ts';
import { overlaps } from '../../core/span.ts';
import { DOCUMENT_SOURCES, PRONOUNS, SUBJECT_LEAD_WORDS } from './cues.data.ts';
import { COORDINATION_TITLE_WORDS, PLURAL_ANAPHORS, PLURAL_LOOKBACK_SENTENCES } from './speakers.data.ts';
import { ROLE_HEADS } from '../entities/lexicon.data.ts';

/** Which entity types a pronoun can refer back to. */
const PRONOUN_TYPES: Readonly<Record<'person' | 'group' | 'thing', readonly EntityType[]>> = {
  person: ['PERSON'],
  group: ['ORG', 'GPE', 'NORP', 'PERSON'],
  thing: ['ORG', 'GPE'],
};

/** Preference among the entities named inside a source span: a person speaks for the country. */
const SOURCE_TYPE_RANK: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'NORP', 'FAC', 'LOC', 'EVENT'];

/** The local entity keys named inside a span, in text order, without repeats. */
export function entitiesIn(doc: Doc, span: Span): string[] {
  const keys: string[] = [];
  for (const m of doc.layers.mentions ?? []) {
    if (overlaps(m, span) && !keys.includes(m.entity)) keys.push(m.entity);
  }
  return keys;
}

/**
 * Resolves a source span to one local entity: the person (or else organisation, place…) named in it,
 * preferring the head (last mention); a pronoun resolves to the nearest earlier mention of a fitting type.
 */
export function resolveSpeaker(doc: Doc, source: Span | null): string | null {
  if (!source) return null;
  const mentions = doc.layers.mentions ?? [];
  const best = bestNamed(doc, source);
  if (best) return best.entity;
  // "South Korean officials", "Thousands of North Koreans": a nationality is no speaker; the group stays unnamed
  if (mentions.some((m) => overlaps(m, source) && demonym(m))) return null;
  const author = documentAuthor(doc, source);
  if (author !== undefined) return author;
  const pronounMention = mentions.find((m) => overlaps(m, source) && m.form === 'pronoun');
  if (pronounMention) return pronounMention.entity;
  const word = doc.text.slice(source.start, source.end).toLowerCase();
  const kind = PRONOUNS.get(word);
  if (!kind) return null;
  if (kind === 'group') return groupAntecedent(doc, source.start);
  return antecedent(mentions, source.start, PRONOUN_TYPES[kind]);
}

/**
 * A place behind a second preposition in a source modifies a modifier ("leaders in the breakaway regions
 * in Ukraine"): not the speaker's side, unlike "officials in Seoul and Washington".
 */
function deepPlace(doc: Doc, source: Span, m: EntityMention): boolean {
  if (!['GPE', 'LOC', 'FAC'].includes(m.type)) return false;
  const before = doc.text.slice(source.start, m.start).toLowerCase().split(/[^\p{L}]+/u);
  return before.filter((w) => PLACE_PREPOSITIONS.has(w)).length >= 2;
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'of', 'near', 'across']);

/** Verbs whose subject is a document's author: "Kim sent a message", "the ministry issued a statement". */
const AUTHORING = /\b(?:sent|sends|send|wrote|writes|write|issued|issues|delivered|addressed|signed)\b/i;
const DOCUMENT_WORD = new RegExp(`\\b(?:${[...DOCUMENT_SOURCES].join('|')})s?\\b`, 'gi');

/**
 * "The birthday message continued", "the letter congratulated": a document as the source speaks for
 * its author, found at the latest earlier mention of a document with one: "his letter", "Kim's
 * message", "Kim Jong-un sent a message to …". `undefined` when the source is not a document; null
 * when no author is found.
 */
function documentAuthor(doc: Doc, source: Span): string | null | undefined {
  // "The birthday| message continued": a source cut before its head noun still names the document
  const head = /^ ([\p{L}]+)/u.exec(doc.text.slice(source.end, source.end + 24))?.[1] ?? '';
  const words = [...doc.text.slice(source.start, source.end).toLowerCase().split(/[^\p{L}]+/u), head.toLowerCase()];
  if (!words.some((w) => DOCUMENT_SOURCES.has(w))) return undefined;
  const mentions = doc.layers.mentions ?? [];
  const sentences = doc.layers.sentences ?? [];
  const earlier = [...doc.text.slice(0, source.start).matchAll(DOCUMENT_WORD)].reverse();
  for (const m of earlier) {
    const at = m.index;
    const lead = doc.text.slice(Math.max(0, at - 30), at);
    const own = /\b(his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu.exec(lead);
    if (own) return antecedent(mentions, at - lead.length + own.index, own[1].toLowerCase() === 'their' ? PRONOUN_TYPES.group : PRONOUN_TYPES.person);
    const possessor = mentions.find((x) => !demonym(x) && x.form !== 'pronoun' && /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(doc.text.slice(x.end, at)));
    if (possessor) return possessor.entity;
    const s = sentences.find((x) => x.start <= at && at < x.end) ?? { start: Math.max(0, at - 200), end: at };
    const verb = AUTHORING.exec(doc.text.slice(s.start, at));
    if (verb) {
      const before = s.start + verb.index;
      const subject = mentions.filter((x) => x.start >= s.start && x.end <= before && !demonym(x) && x.form !== 'pronoun' && ['PERSON', 'ORG', 'GPE'].includes(x.type));
      if (subject.length) return subject[subject.length - 1].entity;
    }
  }
  return null;
}

/** The author of a document named in a span ("the letter congratulated …"), or null when it names none or none is found. */
export function documentAuthorOf(doc: Doc, span: Span): string | null {
  return documentAuthor(doc, span) ?? null;
}

/** A nationality word ("South Korean", "Russians"): it describes a group, it never names the speaker. */
const demonym = (m: EntityMention) => m.form === 'demonym' || m.type === 'NORP';

/** The entity mention that names the speaker in a source span: a person before an organisation or place, the head (last) first. */
function bestNamed(doc: Doc, source: Span): EntityMention | null {
  const inside = (doc.layers.mentions ?? []).filter((m) => overlaps(m, source) && m.form !== 'pronoun' && !demonym(m) && !deepPlace(doc, source, m));
  if (!inside.length) return null;
  return [...inside].sort((a, b) => SOURCE_TYPE_RANK.indexOf(a.type) - SOURCE_TYPE_RANK.indexOf(b.type) || b.start - a.start)[0];
}

/**
 * Every speaker a source names when it coordinates several of one type ("Washington and Seoul",
 * "officials in Seoul and Washington", "Russia and North Korea"), or stands for several named before
 * ("the pair", "the two leaders", "they": `pluralAntecedents`), in text order; otherwise the one
 * speaker `resolveSpeaker` finds (or none).
 */
export function resolveSpeakers(doc: Doc, source: Span | null): string[] {
  const plural = source ? pluralAntecedents(doc, source) : null;
  if (plural) return plural;
  const one = resolveSpeaker(doc, source);
  if (!source || one === null) return one === null ? [] : [one];
  const best = bestNamed(doc, source);
  if (!best) return [one];
  const same = (doc.layers.mentions ?? []).filter((m) => overlaps(m, source) && m.form !== 'pronoun' && !demonym(m) && m.type === best.type);
  const at = same.indexOf(best);
  let first = at;
  let last = at;
  while (first > 0 && COORDINATED.test(doc.text.slice(same[first - 1].end, same[first].start))) first--;
  while (last + 1 < same.length && COORDINATED.test(doc.text.slice(same[last].end, same[last + 1].start))) last++;
  return [...new Set(same.slice(first, last + 1).map((m) => m.entity))];
}

/**
 * Text between two coordinated names: "Washington and Seoul", "Russia, China and Iran", and titles
 * or capitalised words before the second ("Putin and North Korean leader Kim", "and President Xi").
 */
const COORDINATED = new RegExp(`^\\s*(?:,|and|&|,\\s*and)\\s*(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}’'-]*|${[...ROLE_HEADS].join('|')})\\s+){0,${COORDINATION_TITLE_WORDS}}$`, 'u');

/**
 * A plural anaphor as the source ("The pair vowed", "The two leaders said", "They said"; lexicon in
 * `speakers.data.ts`) stands for the two or more people or countries coordinated as the subject of
 * its own sentence before it or of a sentence shortly before ("Putin and Kim met on Monday. The two
 * leaders signed …"): the nearest such subject whose size and type fit. Null when the source is no
 * plural anaphor or no fitting subject is found (then "they" keeps its single antecedent).
 */
export function pluralAntecedents(doc: Doc, source: Span): string[] | null {
  const anaphor = PLURAL_ANAPHORS.get(doc.text.slice(source.start, source.end).toLowerCase().replace(/\s+/g, ' ').trim());
  const sentences = doc.layers.sentences ?? [];
  const here = sentences.findIndex((s) => s.start <= source.start && source.start < s.end);
  if (!anaphor || here < 0) return null;
  const reach = anaphor.count === 'many' ? 1 : PLURAL_LOOKBACK_SENTENCES;
  for (let i = here; i >= Math.max(0, here - reach); i--) {
    const subject = coordinatedSubject(doc, sentences[i], i === here ? source.start : sentences[i].end, anaphor.types);
    if (subject.length >= 2 && (anaphor.count === 'many' || subject.length === anaphor.count)) return subject;
    // "Russia said … . They …": a single named subject is the antecedent of "they"
    if (subject.length === 1 && anaphor.count === 'many') return null;
  }
  return null;
}

/**
 * The entities coordinated as a sentence's subject before `limit` ("Putin and Kim", "Russia, China and
 * Iran"; one for a single name, none when no named entity opens the sentence), in text order. A
 * possessor is skipped for its head ("Russia's Putin and …" starts at Putin).
 */
function coordinatedSubject(doc: Doc, sentence: Span, limit: number, types: readonly EntityType[]): string[] {
  const named = (doc.layers.mentions ?? []).filter(
    (m) => m.start >= sentence.start && m.end <= limit && m.form !== 'pronoun' && !demonym(m) && types.includes(m.type),
  );
  if (!named.length) return [];
  const lead = doc.text.slice(sentence.start, named[0].start).trim();
  if ((lead ? lead.split(/\s+/).length : 0) > SUBJECT_LEAD_WORDS) return [];
  let at = 0;
  while (at + 1 < named.length && /^['’]s\s+$/.test(doc.text.slice(named[at].end, named[at + 1].start))) at++;
  // a place inside a title between the names ("Vesna and Bosk President Orlov") is read over
  const same = named.slice(at).filter((m) => m.type === named[at].type);
  let last = 0;
  while (last + 1 < same.length && COORDINATED.test(doc.text.slice(same[last].end, same[last + 1].start))) last++;
  return [...new Set(same.slice(0, last + 1).map((m) => m.entity))];
}

/**
 * "They" / "we" refer back to the subject of the sentence before, not to whatever was named last:
 * in "The two leaders talked about more than Ukraine. They also discussed …" the speakers are the
 * leaders, not Ukraine. When that subject is not a named entity, the antecedent stays unknown
 * (an honest null beats a wrong speaker); with no sentence layer, the nearest fitting mention is used.
 */
function groupAntecedent(doc: Doc, pronounStart: number): string | null {
  const mentions = doc.layers.mentions ?? [];
  const sentences = doc.layers.sentences;
  const types = PRONOUN_TYPES.group;
  if (!sentences?.length) return antecedent(mentions, pronounStart, types);
  const here = sentences.findIndex((s) => s.start <= pronounStart && pronounStart < s.end);
  if (here < 0) return antecedent(mentions, pronounStart, types);
  // A pronoun inside its sentence ("Russia said they would …") may refer to that sentence's own subject.
  const own = sentenceSubject(doc, sentences[here], pronounStart);
  if (own) return own;
  return here > 0 ? sentenceSubject(doc, sentences[here - 1], sentences[here - 1].end) : null;
}

/** The named entity opening a sentence (after at most a few leading words), before `limit`. */
function sentenceSubject(doc: Doc, sentence: Span, limit: number): string | null {
  const first = (doc.layers.mentions ?? []).find(
    (m) => m.start >= sentence.start && m.end <= limit && m.form !== 'pronoun' && PRONOUN_TYPES.group.includes(m.type),
  );
  if (!first) return null;
  const lead = doc.text.slice(sentence.start, first.start).trim();
  const words = lead ? lead.split(/\s+/).length : 0;
  return words <= SUBJECT_LEAD_WORDS ? first.entity : null;
}

function antecedent(mentions: readonly EntityMention[], before: number, types: readonly EntityType[]): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end <= before && types.includes(m.type) && m.form !== 'pronoun') return m.entity;
  }
  return null;
}

/**
 * "North Korea’s state news agency KCNA said … . It described the partnership as …": a pronoun opening
 * its sentence as a source continues the speaker of an attribution in the sentence before when that
 * speaker fits the pronoun (a person for he/she, an organisation or place for it, any for they), before
 * the nearest mention that fits. Returns that earlier attribution (its speakers are the continued
 * ones), or null when there is none.
 */
export function continuedFrom<T extends { readonly source: Span | null; readonly speaker: string | null }>(doc: Doc, source: Span | null, earlier: readonly T[]): T | null {
  if (!source) return null;
  const kind = PRONOUNS.get(doc.text.slice(source.start, source.end).toLowerCase());
  const sentences = doc.layers.sentences ?? [];
  const here = sentences.findIndex((x) => x.start <= source.start && source.start < x.end);
  if (!kind || here <= 0 || !/^[\s"“‘']*$/.test(doc.text.slice(sentences[here].start, source.start))) return null;
  const prev = sentences[here - 1];
  const types = kind === 'thing' ? PRONOUN_TYPES.thing : PRONOUN_TYPES[kind];
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (!e.source || e.speaker === null || e.source.start < prev.start || e.source.start >= prev.end) continue;
    const type = doc.layers.entities?.find((x) => x.key === e.speaker)?.type;
    if (type && types.includes(type)) return e;
  }
  return null;
}
