/**
 * The targets and place of a trigger, right of it in its clause: "met with Shoigu", "visit to
 * Pyongyang", "accused North Korea of", and a described object ("the rogue state").
 */
import type { Doc } from '../core/doc.ts';
import type { EntityMention } from '../core/layers.ts';
import { lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { CITY_OF, CITY_OF_CHARS, DESCRIBED_CHARS, MODIFIER_PREPOSITIONS, NOUN_ARGUMENT, NOUN_START, OBJECT_COLLECTIVE, PARTICIPANT_STOP, PLACE_PREPOSITIONS, POSSESSIVES, PREPOSITION_CHARS } from './participants.data.ts';
import { chainRight, keyOf, uniq } from './participants.ts';

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
    const before = doc.text.slice(Math.max(start, m.start - PREPOSITION_CHARS), m.start).toLowerCase().trim().split(/\s+/).pop() ?? '';
    const isPlace = m.type === 'GPE' || m.type === 'LOC' || m.type === 'FAC';
    const locative = PLACE_PREPOSITIONS.has(before) && (before !== 'to' || objectIsPlace);
    const cityOf = CITY_OF.test(doc.text.slice(Math.max(start, m.start - CITY_OF_CHARS), m.start));
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
  const after = doc.text.slice(v.toks[last].end, v.toks[last].end + DESCRIBED_CHARS);
  if (!OBJECT_COLLECTIVE.test(after)) return null;
  const before = (doc.layers.mentions ?? []).filter((m) => m.end <= v.toks[first].start && m.type === 'GPE' && m.form === 'name' && !actors.includes(keyOf(doc, m)));
  return before.length ? keyOf(doc, before[before.length - 1]) : null;
}
