import type { Doc } from '../core/doc.ts';
import { layer } from '../core/doc.ts';
import type { EventMention, EventTime, Sentence } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { lowAt, tokenRange, tokenView, type TokenView } from '../annotate/quotes/text-view.ts';
import { eventTime } from '../annotate/time/event-time.ts';
import { findTriggers, type TriggerHit } from './lexicon.ts';
import { modalityOf } from './modality.ts';
import { mainSubject, objectOf, possessorOf, subjectOf } from './participants.ts';
import { summarize } from './summary.ts';

/** The date of an event: the time stage's governing time expression (single call site). */
function timeOf(doc: Doc, trigger: Span, scope: Span): EventTime {
  return eventTime(doc, trigger, scope);
}

interface Draft {
  readonly hit: TriggerHit;
  readonly sentence: Sentence;
  actors: string[];
  targets: string[];
  place: string | null;
}

/** Extracts the events of a document, several per sentence where the text holds them. */
export function extractEvents(doc: Doc): EventMention[] {
  const v = tokenView(doc.text, layer(doc, 'tokens'));
  const quotes = doc.layers.quotes ?? [];
  const quantities = doc.layers.quantities ?? [];
  const out: EventMention[] = [];
  for (const s of layer(doc, 'sentences')) {
    const [from, to] = tokenRange(v, s);
    if (to <= from) continue;
    // A bare noun trigger with no participant ("the agreement", "Visit") refers back to an event; it adds none.
    const drafts = mergeSameMode(findTriggers(v, from, to).map((hit) => draft(doc, v, hit, s, from, to))).filter(
      (d) => d.hit.entry.pos === 'verb' || d.actors.length > 0 || d.targets.length > 0 || d.place !== null,
    );
    const events = drafts.map((d) => toEvent(doc, v, d, from, quotes));
    // Each quantity in the sentence goes to the nearest event trigger before it (else the first after).
    quantities.forEach((q, qi) => {
      if (q.start < s.start || q.end > s.end || events.length === 0) return;
      let best = -1;
      for (let k = 0; k < events.length; k++) if (events[k].trigger.end <= q.start) best = k;
      const k = best >= 0 ? best : 0;
      events[k] = { ...events[k], quantities: [...events[k].quantities, qi] };
    });
    out.push(...events);
  }
  return out;
}

function draft(doc: Doc, v: TokenView, hit: TriggerHit, s: Sentence, from: number, to: number): Draft {
  const e = hit.entry;
  let actors = e.pos === 'noun' ? possessorOf(doc, v, hit.first) : [];
  // A noun trigger without a possessor, or an infinitive ("vowed to strengthen", "to … and sign"),
  // belongs to the clause's subject ("Putin started his journey … for a summit").
  if (actors.length === 0 && e.pos === 'noun') actors = mainSubject(doc, v, from, hit.first);
  // An infinitive's subject is its clause's subject, not the nearest name ("Putin visited North Korea to … sign")
  if (actors.length === 0) actors = subjectOf(doc, v, hit.first, from, isInfinitive(v, hit.first, from));
  const obj = objectOf(doc, v, hit.last, to - 1, e.objectIsPlace === true);
  let targets = [...obj.targets];
  if (e.swap && targets.length) [actors, targets] = [targets, actors];
  if (e.pos === 'verb' && isPassive(v, hit.first, from)) {
    // "Both countries are sanctioned by the West": the agent after "by" acts on the subject
    const agent = agentOf(doc, v, hit.last, to - 1);
    [actors, targets] = [agent, actors];
  }
  return { hit, sentence: s, actors, targets: targets.filter((t) => !actors.includes(t)), place: obj.place };
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** "are heavily sanctioned", "was attacked": a past participle after a form of "be" (adverbs skipped). */
function isPassive(v: TokenView, first: number, from: number): boolean {
  if (!/ed$|wn$|en$|ht$|ck$/.test(lowAt(v, first))) return false;
  for (let j = first - 1; j >= from && first - j <= 3; j--) {
    const w = lowAt(v, j);
    if (BE.has(w)) return true;
    if (!/ly$/.test(w) && w !== 'not' && w !== 'also') return false;
  }
  return false;
}

/** "to strengthen ties", "to … and sign": an infinitive takes the main subject. */
function isInfinitive(v: TokenView, first: number, from: number): boolean {
  if (lowAt(v, first - 1) === 'to') return true;
  if (lowAt(v, first - 1) !== 'and') return false;
  for (let j = first - 2; j >= from && first - j <= 10; j--) {
    if (lowAt(v, j) === 'to') return true;
    if (lowAt(v, j) === ',' || lowAt(v, j) === '.') return false;
  }
  return false;
}

/** The agent of a passive: the mention chain after "by" right of the trigger. */
function agentOf(doc: Doc, v: TokenView, last: number, clauseLast: number): string[] {
  for (let j = last + 1; j <= clauseLast && j - last <= 6; j++) {
    if (lowAt(v, j) !== 'by') continue;
    const obj = objectOf(doc, v, j, clauseLast, false);
    return [...obj.targets];
  }
  return [];
}

/** One event per (type, mode) per sentence: "Putin jets in for North Korea visit" is one visit. */
function mergeSameMode(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const same = out.find((o) => o.hit.entry.type === d.hit.entry.type && o.hit.entry.mode === d.hit.entry.mode);
    const overlapping = same && (same.actors.length === 0 || d.actors.length === 0 || same.actors.some((a) => d.actors.includes(a)));
    if (same && overlapping) {
      same.actors = [...new Set([...same.actors, ...d.actors])];
      same.targets = [...new Set([...same.targets, ...d.targets])].filter((t) => !same.actors.includes(t));
      same.place ??= d.place;
      continue;
    }
    out.push({ ...d });
  }
  return out;
}

function toEvent(doc: Doc, v: TokenView, d: Draft, sentenceFirst: number, quotes: Doc['layers']['quotes'] & object): EventMention {
  const e = d.hit.entry;
  const trigger = { start: v.toks[d.hit.first].start, end: v.toks[d.hit.last].end };
  const { modality, quote } = modalityOf(v, d.hit.first, sentenceFirst, trigger, quotes, false);
  const attribution = quote !== null ? quotes[quote].speaker : null;
  const evidence = quote !== null ? { start: Math.min(d.sentence.start, quotes[quote].start), end: d.sentence.end } : d.sentence;
  return {
    start: evidence.start,
    end: evidence.end,
    type: e.type,
    mode: e.mode,
    trigger,
    actors: d.actors,
    targets: d.targets,
    place: d.place,
    time: timeOf(doc, trigger, d.sentence),
    modality,
    attribution,
    quantities: [],
    intensity: e.intensity,
    summary: summarize(doc, e, d.actors, d.targets, d.place, doc.text.slice(trigger.start, trigger.end)),
  };
}
