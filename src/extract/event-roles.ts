/**
 * The roles of one trigger in its sentence: who acts (subject, possessor, the clause before a
 * participle, "they", a passive's agent), on whom, and where — an event draft before its record.
 */
import type { Doc } from '../core/doc.ts';
import type { EventMention, Sentence } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { documentAuthorOf } from '../annotate/quotes/speaker.ts';
import { lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { findTriggers, type TriggerHit } from './lexicon.ts';
import { anaphoric, determinerOf, modifiersStart, NO_SUBJECT_BEFORE, receiveVerb } from './nouns.ts';
import { countryOf, keyOf, partiesAfter } from './participants.ts';
import { joinedActors, mainSubject, possessorOf, subjectOf } from './subjects.ts';
import { describedCountry, objectOf } from './objects.ts';
import { PARTICIPLE_REACH, RECIPROCAL, SUBJECT_BREAKS } from './participants.data.ts';
import { AGENT_REACH, BE, COORDINATED_ADVERBS, COORDINATORS, NOT_PARTY_VERBS, EXCHANGE_BEFORE, EXCHANGE_CHARS, GIVER_REACH, INFINITIVE_REACH, MAIN_CLAUSE_REACH, PARTICIPLE_ENDING, PARTY_PREPOSITIONS, PASSIVE_REACH, PASSIVE_SKIPPED, PLURAL_REACH, SUBJECT_WORDS, THEY_REACH } from './roles.data.ts';

export interface Draft {
  readonly hit: TriggerHit;
  readonly sentence: Sentence;
  actors: string[];
  targets: string[];
  place: string | null;
  /** "… in exchange for food and military aid": the roles of the event before it, reversed. */
  readonly exchange: boolean;
  /** A definite noun that refers back to an event already told; drops its sentence's event of that mode. */
  anaphoric: boolean;
  /** The triggers of the same mode merged into this one in its sentence ("Signed in 1990, the accord …": the accord). */
  absorbed?: readonly TriggerHit[];
}

/** "Eager to receive more military aid, Putin began …": the subject of the clause after the next comma. */
function mainClauseSubject(doc: Doc, v: TokenView, after: number, from: number, to: number): string[] {
  for (let j = after + 1; j < to; j++) if (lowAt(v, j) === ',') return mainSubject(doc, v, j + 1, Math.min(to, j + MAIN_CLAUSE_REACH));
  return subjectOf(doc, v, after, from, false);
}

export function draft(doc: Doc, v: TokenView, hit: TriggerHit, s: Sentence, from: number, to: number, earlier: readonly EventMention[]): Draft {
  const e = hit.entry;
  const exchange = e.pos === 'noun' && EXCHANGE_BEFORE.test(doc.text.slice(Math.max(s.start, v.toks[hit.first].start - EXCHANGE_CHARS), v.toks[hit.first].start));
  if (e.pos === 'noun' && PARTY_PREPOSITIONS.has(lowAt(v, hit.last + 1))) {
    // "the cooperation between North Korea and Russia": the parties are the actors
    const parties = partiesAfter(doc, v, hit.last + 1, to - 1);
    if (parties.length) return { hit, sentence: s, actors: parties, targets: [], place: null, exchange, anaphoric: false };
  }
  const receive = e.pos === 'noun' ? receiveVerb(v, hit.first, from) : -1;
  if (receive >= 0) {
    // "Pyongyang gets … economic assistance from Moscow", "eager to receive more military aid": the subject receives
    const recipient = lowAt(v, receive - 1) === 'to' ? mainClauseSubject(doc, v, hit.last, from, to) : subjectOf(doc, v, receive, from, false);
    let giver: readonly string[] = [];
    for (let j = hit.last + 1; j < to && j - hit.last <= GIVER_REACH; j++) if (lowAt(v, j) === 'from') giver = objectOf(doc, v, j, to - 1, false, 'agent').targets;
    return { hit, sentence: s, actors: [...giver], targets: recipient.filter((k) => !giver.includes(k)), place: null, exchange, anaphoric: false };
  }
  let actors = e.pos === 'noun' ? possessorOf(doc, v, hit.first) : [];
  // A noun trigger without a possessor, or an infinitive ("vowed to strengthen", "to … and sign"),
  // belongs to the clause's subject ("Putin started his journey … for a summit").
  // "in case of an attack", "isolated with Western sanctions": a noun inside such a phrase is not the subject's act
  const prep = modifiersStart(v, hit.first, from) - (determinerOf(v, hit.first, from) ? 2 : 1);
  // "assuring mutual defense along with deeper cooperation": "along with" coordinates, it is no with-phrase
  const ofPhrase = e.pos === 'noun' && NO_SUBJECT_BEFORE.has(lowAt(v, prep)) && !(lowAt(v, prep) === 'with' && lowAt(v, prep - 1) === 'along');
  // "Putin and Kim made a partnership, assuring mutual defense along with deeper cooperation": the clause before the participle acts
  const participle = e.pos === 'noun' && !ofPhrase ? participleBefore(v, hit.first, from) : -1;
  if (actors.length === 0 && participle > from) actors = subjectOf(doc, v, participle - 1, from);
  // "Qatar and Egypt mediated the agreement": the subject of a verb of mediating or judging a deal is no party to it
  const outsider = e.pos === 'noun' && NOT_PARTY_VERBS.has(lowAt(v, prep));
  if (actors.length === 0 && e.pos === 'noun' && !ofPhrase && !outsider) actors = mainSubject(doc, v, from, hit.first);
  // "Berg accused Valdoria of … and threatened new sanctions": a verb coordinated after another takes that verb's subject
  let coordinated = false;
  if (actors.length === 0 && e.pos === 'verb') {
    const before = coordinatedAfter(v, hit.first, from);
    // the verb it is coordinated with has the same form: not a gerund inside the first one's object ("of violating")
    const gerund = (i: number) => /ing$/.test(lowAt(v, i));
    const prev = before > from ? findTriggers(v, from, before).filter((h) => h.entry.pos === 'verb' && gerund(h.first) === gerund(hit.first)).pop() : undefined;
    if (prev) actors = subjectOf(doc, v, prev.first, from, isInfinitive(v, prev.first, from), recentCountryPair(doc, s, earlier));
    // with no subject found for the first verb, the name before "and" is its object, not this verb's subject
    coordinated = prev !== undefined;
  }
  // An infinitive's subject is its clause's subject, not the nearest name ("Putin visited North Korea to … sign")
  if (actors.length === 0 && !ofPhrase && !coordinated && !outsider) actors = subjectOf(doc, v, hit.first, from, isInfinitive(v, hit.first, from), recentCountryPair(doc, s, earlier));
  actors = (e.pos === 'verb' ? joinedActors(doc, v, hit.first, from) : null) ?? actors;
  // "the letter congratulated Putin": a document acts for its author ("Kim sent a message …")
  if (actors.length === 0 && e.pos === 'verb') {
    const subject = subjectSpan(v, hit.first, from);
    const author = subject ? documentAuthorOf(doc, subject) : null;
    if (author !== null) actors = [author];
  }
  // "It takes mutual assistance …", "whether it includes joint military drills": one party alone is never mutual; the parties of the last agreement
  if (actors.length < 2 && e.pos === 'noun' && RECIPROCAL.has(lowAt(v, modifiersStart(v, hit.first, from)))) {
    const deal = [...earlier].reverse().find((x) => x.type === 'AGREE' && x.actors.length >= 2);
    if (deal) actors = [...deal.actors];
  }
  const group = pluralPronounGroup(v, hit.first, from, earlier);
  if (group) actors = group;
  const obj = objectOf(doc, v, hit.last, to - 1, e.objectIsPlace === true, e.pos === 'noun' ? 'noun' : / to$/.test(e.phrase) ? 'object' : 'clausal');
  let targets = [...obj.targets];
  let place = obj.place;
  // "sent delegates to Moscow following his own trip there": "there" is the last place named before
  if (place === null && lowAt(v, hit.last + 1) === 'there') {
    const before = (doc.layers.mentions ?? []).filter((m) => m.end <= v.toks[hit.first].start && m.start >= s.start && ['GPE', 'LOC', 'FAC'].includes(m.type) && m.form !== 'demonym');
    place = before.length ? keyOf(doc, before[before.length - 1]) : null;
    if (place !== null && e.objectIsPlace && targets.length === 0) targets = [place];
  }
  if (targets.length === 0 && place === null) {
    const country = describedCountry(doc, v, hit.first, hit.last, actors);
    if (country !== null) [targets, place] = [[country], e.objectIsPlace ? country : null];
  }
  if (e.swap && targets.length) [actors, targets] = [targets, actors];
  // "an emergency meeting of the UN Security Council": the council meets
  if (e.ofActor && actors.length === 0 && lowAt(v, hit.last + 1) === 'of') [actors, targets] = [targets, []];
  if (e.pos === 'verb' && isPassive(v, hit.first, from)) {
    // "Both countries are sanctioned by the West": the agent after "by" acts on the subject
    const agent = agentOf(doc, v, hit.last, to - 1);
    [actors, targets] = [agent, actors];
  }
  return { hit, sentence: s, actors, targets: targets.filter((t) => !actors.includes(t)), place, exchange, anaphoric: anaphoric(v, hit, from, earlier) };
}

/**
 * The two countries of the last event told in the sentence before `s` whose participants stand for
 * exactly two countries ("Putin will visit Vietnam": Russia and Vietnam), or null.
 */
function recentCountryPair(doc: Doc, s: Sentence, earlier: readonly EventMention[]): string[] | null {
  const sentences = doc.layers.sentences ?? [];
  const prev = sentences[sentences.findIndex((x) => x.start === s.start) - 1];
  if (!prev) return null;
  for (let k = earlier.length - 1; k >= 0 && earlier[k].start >= prev.start; k--) {
    const e = earlier[k];
    const parties = [...e.actors, ...e.targets, ...(e.place ? [e.place] : [])].map((x) => countryOf(doc, x));
    const pair = [...new Set(parties)];
    if (!parties.includes(null) && pair.length === 2) return pair as string[];
  }
  return null;
}

/** The participle opening the clause of a noun trigger after a comma (", assuring …"), or −1. */
function participleBefore(v: TokenView, first: number, from: number): number {
  for (let j = first - 1; j > from && first - j <= PARTICIPLE_REACH; j--) {
    if (v.toks[j].kind !== 'word') return -1;
    if (/ing$/.test(lowAt(v, j)) && lowAt(v, j - 1) === ',') return j;
  }
  return -1;
}

/**
 * "The two leaders talked about Ukraine. They also discussed …": a "they" subject right before the
 * trigger takes the actors of the latest event with several actors in the last few events.
 */
function pluralPronounGroup(v: TokenView, first: number, from: number, earlier: readonly EventMention[]): string[] | null {
  let j = first - 1;
  while (j >= from && first - j <= THEY_REACH && lowAt(v, j) !== 'they') {
    if (v.toks[j].kind !== 'word' || /^\p{Lu}/u.test(v.text[v.toks[j].start])) return null;
    j--;
  }
  if (lowAt(v, j) !== 'they') return null;
  const recent = earlier.slice(-PLURAL_REACH).reverse().find((e) => e.actors.length >= 2);
  return recent ? [...recent.actors] : null;
}

/** "are heavily sanctioned", "was attacked": a past participle after a form of "be" (adverbs skipped). */
function isPassive(v: TokenView, first: number, from: number): boolean {
  if (!PARTICIPLE_ENDING.test(lowAt(v, first))) return false;
  for (let j = first - 1; j >= from && first - j <= PASSIVE_REACH; j--) {
    const w = lowAt(v, j);
    if (BE.has(w)) return true;
    if (!/ly$/.test(w) && !PASSIVE_SKIPPED.has(w)) return false;
  }
  return false;
}

/** "to strengthen ties", "to … and sign": an infinitive takes the main subject. */
function isInfinitive(v: TokenView, first: number, from: number): boolean {
  if (lowAt(v, first - 1) === 'to') return true;
  if (lowAt(v, first - 1) !== 'and') return false;
  for (let j = first - 2; j >= from && first - j <= INFINITIVE_REACH; j--) {
    if (lowAt(v, j) === 'to') return true;
    if (lowAt(v, j) === ',' || lowAt(v, j) === '.') return false;
  }
  return false;
}

/** The agent of a passive: the mention chain after "by" right of the trigger. */
function agentOf(doc: Doc, v: TokenView, last: number, clauseLast: number): string[] {
  for (let j = last + 1; j <= clauseLast && j - last <= AGENT_REACH; j++) {
    if (lowAt(v, j) !== 'by') continue;
    const obj = objectOf(doc, v, j, clauseLast, false, 'agent');
    return [...obj.targets];
  }
  return [];
}

/** The words right before a trigger back to its clause start when they are few ("the letter congratulated", "one is attacked"), else null. */
export function subjectSpan(v: TokenView, first: number, from: number): Span | null {
  let j = first - 1;
  while (j >= from && first - j <= SUBJECT_WORDS && v.toks[j].kind === 'word' && !SUBJECT_BREAKS.has(lowAt(v, j))) j--;
  const clauseStart = j < from || v.toks[j].kind !== 'word' || SUBJECT_BREAKS.has(lowAt(v, j));
  if (!clauseStart || j + 1 >= first) return null;
  return { start: v.toks[j + 1].start, end: v.toks[first - 1].end };
}

/** The token index of "and" / "but" / "or" (after an optional "then", "also", "later") right before a verb, or −1. */
function coordinatedAfter(v: TokenView, first: number, from: number): number {
  let j = first - 1;
  if (j > from && COORDINATED_ADVERBS.has(lowAt(v, j))) j--;
  return j > from && COORDINATORS.has(lowAt(v, j)) ? j : -1;
}
