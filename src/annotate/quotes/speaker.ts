import type { Doc } from '../../core/doc.ts';
import type { EntityMention } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import type { EntityType } from '../../core/ontology.ts';
import { overlaps } from '../../core/span.ts';
import { PRONOUNS } from './cues.data.ts';

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
  const inside = mentions.filter((m) => overlaps(m, source) && m.form !== 'pronoun');
  if (inside.length) {
    const best = [...inside].sort(
      (a, b) => SOURCE_TYPE_RANK.indexOf(a.type) - SOURCE_TYPE_RANK.indexOf(b.type) || b.start - a.start,
    )[0];
    return best.entity;
  }
  const pronounMention = mentions.find((m) => overlaps(m, source) && m.form === 'pronoun');
  if (pronounMention) return pronounMention.entity;
  const word = doc.text.slice(source.start, source.end).toLowerCase();
  const kind = PRONOUNS.get(word);
  return kind ? antecedent(mentions, source.start, PRONOUN_TYPES[kind]) : null;
}

function antecedent(mentions: readonly EntityMention[], before: number, types: readonly EntityType[]): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end <= before && types.includes(m.type) && m.form !== 'pronoun') return m.entity;
  }
  return null;
}
