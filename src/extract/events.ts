/**
 * The events of a document, sentence by sentence: triggers found by the lexicon, their roles
 * (event-roles.ts), drafts of one sentence related to each other and merged, then records
 * (event-record.ts) with the sentence's quantities attached.
 */
import type { Doc } from '../core/doc.ts';
import { layer } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import { lowAt, spanOf, tokenRange, tokenView, type TokenView } from '../annotate/quotes/text-view.ts';
import { findTriggers, titleCaseLine, type TriggerHit } from './lexicon.ts';
import { introduces, modifiersStart } from './nouns.ts';
import { purposeStillToCome } from './modality.ts';
import { earlierYears, notDatedByListed, perYear } from './earlier.ts';
import { keyOf } from './participants.ts';
import { RELATIVE_REACH } from './participants.data.ts';
import { draft, type Draft } from './event-roles.ts';
import { toEvent } from './event-record.ts';

/** Extracts the events of a document, several per sentence where the text holds them. */
export function extractEvents(doc: Doc): EventMention[] {
  const v = tokenView(doc.text, layer(doc, 'tokens'));
  const quotes = doc.layers.quotes ?? [];
  const quantities = doc.layers.quantities ?? [];
  const out: EventMention[] = [];
  for (const s of layer(doc, 'sentences')) {
    const [from, to] = tokenRange(v, s);
    if (to <= from) continue;
    const hits = findTriggers(v, from, to).filter((h) => !insideName(doc, v, h));
    const raw = hits.map((hit) => draft(doc, v, hit, s, from, to, out));
    raw.forEach((d, k) => {
      // "thanked Pyongyang for their support of his war in Ukraine": a place behind a nearer noun trigger is that noun's
      const next = raw[k + 1];
      if (d.place !== null && next && next.hit.entry.pos === 'noun' && !d.targets.includes(d.place)) {
        const placeAt = (doc.layers.mentions ?? []).find((m) => m.start >= v.toks[d.hit.last].end && m.end <= s.end && keyOf(doc, m) === d.place);
        if (placeAt && v.toks[next.hit.last].end <= placeAt.start) d.place = null;
      }
      if (k === 0) return;
      const prev = raw[k - 1];
      if (relativeObject(v, prev, d)) d.targets = [...prev.actors, ...prev.targets].filter((x) => !d.actors.includes(x));
      if (d.exchange) [d.actors, d.targets] = [[...prev.targets], [...prev.actors]];
      // "discussed deepening ties": a gerund object shares the subject of the verb before it
      else if (d.actors.length === 0 && prev.hit.last === d.hit.first - 1 && /ing$/.test(lowAt(v, d.hit.first))) d.actors = [...prev.actors];
    });
    // A definite or bare headline noun trigger with no participant ("the agreement", "Visit") refers back to an event; it adds none.
    const title = titleCaseLine(v, from, to);
    // "previous agreements from 1961, 2000, and 2001": earlier occurrences, one event per year, never merged with the sentence's own
    const earlier = raw.map((d) => (d.hit.entry.pos === 'noun' ? earlierYears(doc, spanOf(v, d.hit.first, d.hit.last), lowAt(v, d.hit.first - 1)) : []));
    const listed = raw.flatMap((d, k) => (earlier[k].length > 0 ? perYear(doc, toEvent(doc, v, d, from, quotes), earlier[k]) : []));
    const listedYears = earlier.flat();
    // "North Korea Pledges Troops and Weapons for Putin’s War": in a headline a noun after its verb is that verb's argument
    const headlineArgument = (d: Draft) => title && d.hit.entry.pos === 'noun' && raw.some((x) => x.hit.entry.pos === 'verb' && x.hit.last < d.hit.first);
    const drafts = mergeSameMode(raw.filter((d, k) => earlier[k].length === 0 && !headlineArgument(d))).filter(
      (d) => !d.anaphoric && (d.hit.entry.pos === 'verb' || d.actors.length > 0 || d.targets.length > 0 || d.place !== null || (!title && introduces(v, d.hit, from, out))),
    );
    const built = drafts.map((d) => toEvent(doc, v, d, from, quotes));
    const told = drafts
      .map((d, k) => {
        const ev = built[k];
        const journey = drafts.find((x) => x.hit.entry.mode === 'visit' && x.hit.last < d.hit.first);
        const toCome =
          (d.hit.entry.pos === 'noun' && ev.modality === 'asserted' && journey && purposeStillToCome(v, modifiersStart(v, d.hit.first, from), journey.hit.first, from)) ||
          // "will travel to Beijing next week to meet Xi": the purpose of a planned journey is planned too
          (d.hit.entry.pos === 'verb' && lowAt(v, d.hit.first - 1) === 'to' && (ev.modality === 'asserted' || ev.modality === 'reported') && journey && built[drafts.indexOf(journey)].modality === 'planned');
        const own = notDatedByListed(doc, ev, listedYears, d.sentence);
        return toCome ? { ...own, modality: 'planned' as const } : own;
      })
      .filter((e, k) => drafts[k].hit.entry.pos !== 'noun' || !repeats(e, out));
    const events = [...told, ...listed].sort((a, b) => a.trigger.start - b.trigger.start);
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

/**
 * "Putin is heading to North Korea for a two-day summit" after "Putin … for a summit with Kim",
 * "ahead of his planned visit" after "his journey to North Korea": a noun event with no target, no
 * place and no date of its own, whose actors all took part in an earlier event of its mode, is that
 * event told again.
 */
function repeats(e: EventMention, earlier: readonly EventMention[]): boolean {
  if (e.targets.length > 0 || e.place !== null || e.actors.length === 0 || e.time.basis === 'explicit') return false;
  return earlier.some((x) => x.mode === e.mode && e.actors.every((a) => x.actors.includes(a) || x.targets.includes(a)));
}

/** "the Cold War", "Security Council": a trigger word inside a longer name is part of the name. */
function insideName(doc: Doc, v: TokenView, h: TriggerHit): boolean {
  const start = v.toks[h.first].start;
  const end = v.toks[h.last].end;
  return (doc.layers.mentions ?? []).some((m) => m.form === 'name' && m.start <= start && end <= m.end && m.end - m.start > end - start);
}

/**
 * "military cooperation between the U.S., South Korea, and Japan which Putin criticized": a verb
 * with a subject but no object of its own, in a restrictive relative clause right after a noun event,
 * has that event for its object; its participants become the verb's targets.
 */
function relativeObject(v: TokenView, prev: Draft, d: Draft): boolean {
  if (d.hit.entry.pos !== 'verb' || prev.hit.entry.pos !== 'noun' || d.targets.length > 0 || d.actors.length === 0) return false;
  for (let r = d.hit.first - 1; r > prev.hit.last && d.hit.first - r <= 6; r--) {
    const w = lowAt(v, r);
    if (w !== 'which' && w !== 'that') continue;
    return r - prev.hit.last <= RELATIVE_REACH && lowAt(v, r - 1) !== ',' && !v.toks.slice(prev.hit.last + 1, r).some((t) => /^[.;:]$/.test(v.text.slice(t.start, t.end)));
  }
  return false;
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
      same.anaphoric ||= d.anaphoric;
      same.absorbed = [...(same.absorbed ?? []), d.hit];
      continue;
    }
    out.push({ ...d });
  }
  return out;
}
