import { fileURLToPath } from 'node:url';
import type { EntityType } from '../../core/ontology.ts';
import type { Span } from '../../core/span.ts';
import { countryOf, foldCase, isPlaceName } from './gazetteer.ts';
import { EVENT_HEADS, FACILITY_HEADS, GEOGRAPHIC_HEADS, HONORIFICS, LOCATIVE_PREPOSITIONS, NEVER_NAMES, ORG_DESCRIPTORS, ROLE_NOUNS } from './lexicon.data.ts';
import { HashedModel, tagDocument, type TaggedSpan } from './perceptron.ts';
import { fixSpans } from './spans.ts';

/**
 * Mention recognition: the perceptron tagger finds PER/ORG/LOC/MISC spans over tokens, then the
 * gazetteers refine the type (GPE vs LOC vs FAC, NORP, EVENT), strip honorifics and possessives,
 * and mark capitals and seats of government used for a government as metonyms.
 */

/** A token as the recogniser sees it: its span in the text and its word. */
export interface Word extends Span {
  readonly text: string;
}

export interface RawMention extends Span {
  readonly type: EntityType;
  readonly form: 'name' | 'metonym' | 'demonym';
  /** Sentence index and token range (end exclusive) within the sentence. */
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  /** For GPE, NORP and metonyms: the country it stands for (world-countries common name). */
  readonly country: string | null;
  readonly confidence: number;
}

const MODEL_PATH = fileURLToPath(new URL('./model/ner.bin', import.meta.url));
let model: HashedModel | null = null;
export function nerModel(): HashedModel {
  model ??= HashedModel.read(MODEL_PATH);
  return model;
}

/** The word as the model was trained on it: ASCII quotes and dashes, as in CoNLL. */
export function modelWord(w: string): string {
  return w.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
}

/** Recognises mentions in sentences of words. */
export function recognize(sentences: readonly (readonly Word[])[]): RawMention[] {
  const words = sentences.map((s) => s.map((w) => modelWord(w.text)));
  const tagged = fixSpans(words, tagDocument(words, nerModel()));
  const out: RawMention[] = [];
  sentences.forEach((sent, si) => {
    for (const span of tagged[si]) {
      const m = refine(sent, si, span);
      if (m) out.push(m);
    }
  });
  return out;
}

/** Model confidence for a tagged span; the greedy perceptron has no probabilities (fixed prior). */
const MODEL_CONFIDENCE = 0.85;

function refine(sent: readonly Word[], si: number, span: TaggedSpan): RawMention | null {
  let first = span.start;
  let last = span.end;
  const lower = (i: number) => foldCase(modelWord(sent[i].text)).replace(/\.$/, '');
  // Honorifics and leading role words are attributes, never part of the name.
  while (first < last - 1 && (HONORIFICS.has(lower(first)) || (span.type === 'PER' && ROLE_NOUNS.has(lower(first))))) first++;
  while (last > first && (lower(last - 1) === "'s" || lower(last - 1) === "'" || /^\p{P}+$/u.test(sent[last - 1].text))) last--;
  if (last <= first) return null;
  if (last - first === 1 && NEVER_NAMES.has(lower(first))) return null;
  const text = sent.slice(first, last).map((w) => w.text).join(' ');
  const base = { start: sent[first].start, end: sent[last - 1].end, sentence: si, first, last, confidence: MODEL_CONFIDENCE };
  const lastWord = lower(last - 1);
  const place = countryOf(text);
  switch (span.type) {
    case 'PER': {
      // "Kim Il Sung Square" is a place named after a person.
      if (last - first > 1 && FACILITY_HEADS.has(lastWord)) return { ...base, type: 'FAC', form: 'name', country: null };
      const comma = first > 0 && sent[first - 1].text === ',';
      const before = comma ? first - 2 : first - 1;
      // "the party newspaper, Rodong Sinmun, reported": an apposition closes after the name; "the news agency, Kim said" is a new clause
      const closed = !comma || last >= sent.length || /^[,.;:)–—]$/.test(sent[last].text);
      if (before >= 0 && ORG_DESCRIPTORS.has(lower(before)) && closed) return { ...base, type: 'ORG', form: 'name', country: null };
      return { ...base, type: 'PERSON', form: 'name', country: null };
    }
    case 'ORG':
      if (place?.via === 'seat') return metonym(sent, base, place.country.name);
      if (!place && last - first > 1 && GEOGRAPHIC_HEADS.has(lastWord)) return { ...base, type: 'LOC', form: 'name', country: null };
      // "US pressure": an abbreviated country name is the country, not an organisation.
      if (place?.via === 'country' && /^(\p{Lu}\.?){2,3}$/u.test(text)) return { ...base, type: 'GPE', form: 'name', country: place.country.name };
      return { ...base, type: 'ORG', form: 'name', country: null };
    case 'LOC': {
      if (place?.via === 'demonym') return { ...base, type: 'NORP', form: 'demonym', country: place.country.name };
      if (place && (place.via === 'capital' || place.via === 'seat')) return metonym(sent, base, place.country.name);
      if (place) return { ...base, type: 'GPE', form: 'name', country: place.country.name };
      if (last - first > 1 && FACILITY_HEADS.has(lastWord)) return { ...base, type: 'FAC', form: 'name', country: null };
      return { ...base, type: isPlaceName(text) ? 'GPE' : 'LOC', form: 'name', country: null };
    }
    case 'MISC': {
      if (place?.via === 'demonym') return { ...base, type: 'NORP', form: 'demonym', country: place.country.name };
      if (place?.via === 'country') return { ...base, type: 'GPE', form: 'name', country: place.country.name };
      if (last - first > 1 && EVENT_HEADS.has(lastWord)) return { ...base, type: 'EVENT', form: 'name', country: null };
      if (!place && last - first > 1 && GEOGRAPHIC_HEADS.has(lastWord)) return { ...base, type: 'LOC', form: 'name', country: null };
      // "Autocratic North Korean": the demonym at the end of a longer MISC span.
      for (let k = first + 1; k < last; k++) {
        const tail = countryOf(sent.slice(k, last).map((w) => w.text).join(' '));
        if (tail?.via === 'demonym') return { ...base, start: sent[k].start, first: k, type: 'NORP', form: 'demonym', country: tail.country.name };
      }
      return null;
    }
  }
}

type Base = Omit<RawMention, 'type' | 'form' | 'country'>;

/** A capital or seat of government: a metonym unless a locative preposition precedes it. */
function metonym(sent: readonly Word[], base: Base, country: string): RawMention {
  let i = base.first - 1;
  // Coordinated lists ("with Washington, Seoul, and Tokyo") take the preposition of the first member.
  while (i >= 0 && /^(,|and|or|the|\p{Lu}.*)$/u.test(sent[i].text) && !LOCATIVE_PREPOSITIONS.has(foldCase(sent[i].text))) i--;
  const before = i >= 0 ? foldCase(sent[i].text) : '';
  const locative = LOCATIVE_PREPOSITIONS.has(before);
  return { ...base, type: 'GPE', form: locative ? 'name' : 'metonym', country };
}
