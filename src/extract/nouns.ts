import type { EventMention } from '../core/layers.ts';
import { isCapitalised, lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { NOUN_ADJECTIVES, type TriggerHit } from './lexicon.ts';
import { MODIFIER_PREPOSITIONS, RECEIVE_VERBS } from './participants.data.ts';

/**
 * Noun triggers: their determiner and adjectives, whether they refer back to an event already told
 * or tell a new one, and the verb of receiving that makes their subject the recipient.
 */

/** Prepositions whose noun trigger is not the clause subject’s act ("in case of an attack", "remains isolated with Western sanctions", "stands with Russia on all issues, including the war"). */
export const NO_SUBJECT_BEFORE: ReadonlySet<string> = new Set(['of', 'with', 'under', 'amid', 'despite', 'including']);

/** Determiners that make a noun trigger refer back to an event already told ("the visit", "that visit", "their meeting"). */
export const ANAPHORIC = new Set(['the', 'that', 'this', 'these', 'those', 'their', 'its', 'such']);

/** The determiner of a noun trigger, skipping up to two modifiers ("the new strategic partnership", "this landmark agreement"). */
export function determinerOf(v: TokenView, first: number, from: number): string {
  for (let j = first - 1; j >= from && first - j <= 3; j--) {
    const w = lowAt(v, j);
    if (ANAPHORIC.has(w) || w === 'a' || w === 'an' || /['’‘]s$/.test(w)) return w;
    if (v.toks[j].kind !== 'word') return '';
  }
  return '';
}

/**
 * "The visit began with …", "During their meeting, …", "This landmark agreement": a definite noun
 * trigger without a possessor, when an event of its mode was already told, refers back to that event.
 */
export function anaphoric(v: TokenView, h: TriggerHit, from: number, earlier: readonly EventMention[]): boolean {
  if (h.entry.pos !== 'noun' || !ANAPHORIC.has(determinerOf(v, h.first, from))) return false;
  if (['between', 'among'].includes(lowAt(v, h.last + 1))) return false;
  return earlier.some((e) => e.mode === h.entry.mode);
}

/** Tokens between a verb of receiving and its noun ("gets desperately needed food and economic assistance": 6). */
const RECEIVE_REACH = 7;

/**
 * The first noun trigger of its mode tells a new event even without named participants ("a grenade
 * was hurled", "rallies and sit-ins were held", "the explosive devices are linked"); a bare one in a
 * modifier ("in cooperation with") or capitalised mid-sentence does not.
 */
export function introduces(v: TokenView, h: TriggerHit, from: number, earlier: readonly EventMention[]): boolean {
  // "The agreement and recent visits are signs …": an event of this mode was already told
  if (earlier.some((e) => e.mode === h.entry.mode)) return false;
  if (h.first === from || determinerOf(v, h.first, from) !== '') return true;
  // "in cooperation with the allied forces" is a manner phrase, not an event
  return !isCapitalised(v, h.first) && v.toks[h.first - 1]?.kind !== 'punct' && !MODIFIER_PREPOSITIONS.has(lowAt(v, h.first - 1));
}

/** The index of a verb of receiving shortly before a noun trigger, inside its clause ("gets … assistance from Moscow"), or −1. */
export function receiveVerb(v: TokenView, first: number, from: number): number {
  for (let j = first - 1; j >= from && first - j <= RECEIVE_REACH; j--) {
    const w = lowAt(v, j);
    if (RECEIVE_VERBS.has(w)) return j;
    if (w === ',' || w === ';') return -1;
  }
  return -1;
}

/** The first of up to two adjectives before a noun trigger ("Western sanctions", "full-scale invasion", "emergency meeting"). */
export function modifiersStart(v: TokenView, first: number, from: number): number {
  let j = first;
  while (j - 1 >= from && first - (j - 1) <= 2 && adjective(v, j - 1, from)) j--;
  return j;
}

/** Where a noun trigger's phrase starts in a summary: its adjectives, and its article when it has no participant ("an attack"). */
export function nounPhraseStart(v: TokenView, first: number, from: number, alone: boolean): number {
  const j = modifiersStart(v, first, from);
  return alone && j - 1 >= from && ['a', 'an'].includes(lowAt(v, j - 1)) ? j - 1 : j;
}

function adjective(v: TokenView, i: number, from: number): boolean {
  const w = lowAt(v, i);
  if (v.toks[i].kind !== 'word' || ANAPHORIC.has(w)) return false;
  if (lowAt(v, i - 1) === 'to') return false;
  return NOUN_ADJECTIVES.has(w) || /\p{L}-\p{L}|(al|ic|ern|ese|ous)$/u.test(w) || (isCapitalised(v, i) && i > from);
}
