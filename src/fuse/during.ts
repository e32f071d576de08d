import type { ResolvedEventMention } from '../core/corpus.ts';
import type { EventTime } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { CLAUSE_BOUNDARY, DURING_NOTE, DURING_PHRASE, OCCASION_NOUNS, ONGOING_MODES, TRAILING_GAP_WORDS } from './during.data.ts';
import { SENTENCE_OPENING, TIME_SHIFT_CUE } from './fuse.data.ts';

/**
 * Dates an event mention that the extractor left undated from what its sentence says elsewhere.
 */

/**
 * A sentence with one governing time: "In September, Putin and Kim vowed … after a summit in
 * Russia" dates the vow by "In September"; the summit in the same sentence, left undated, takes
 * that date too. Only when the time expression opens the sentence (a fronted adverbial scopes
 * over all of it), every dated mention of the sentence carries that same time (a sentence with
 * "in January … in September last year" gives none), and nothing in the sentence shifts time
 * ("… on Wednesday … over two years after it launched an invasion" gives none).
 */
export function inheritSentenceTime(mentions: readonly ResolvedEventMention[]): ResolvedEventMention[] {
  const bySentence = new Map<string, Set<string>>();
  const times = new Map<string, ResolvedEventMention['time']>();
  const key = (m: ResolvedEventMention) => `${m.evidence.article}:${m.evidence.start}:${m.evidence.end}`;
  for (const m of mentions) {
    if (m.time.timex === null || (m.time.value === null && !m.time.relative)) continue;
    const lead = m.evidence.text.slice(0, Math.max(0, m.time.timex.start - m.evidence.start));
    if (m.time.timex.start < m.evidence.start || !SENTENCE_OPENING.test(lead) || TIME_SHIFT_CUE.test(m.evidence.text)) {
      bySentence.set(key(m), new Set(['(not governing)', 'x']));
      continue;
    }
    const t = JSON.stringify([m.time.value, m.time.relative ?? null, m.time.basis]);
    const set = bySentence.get(key(m)) ?? new Set<string>();
    set.add(t);
    bySentence.set(key(m), set);
    times.set(t, m.time);
  }
  return mentions.map((m) => {
    if (m.time.value !== null || m.time.basis !== 'unknown' || m.time.relative) return m;
    const set = bySentence.get(key(m));
    return set && set.size === 1 ? { ...m, time: times.get([...set][0])! } : m;
  });
}

/**
 * "During that visit, the two countries signed a pact", "The leaders exchanged gifts during the
 * visit": an event the text places inside an occasion takes the occasion's day, not its hour.
 * Placed means the phrase governs the event's predicate (see `placedDuring`); the occasion is the
 * visit or meeting the phrase names in place ("signed during Putin's first visit": the visit
 * mention whose trigger is that "visit") or, for "that visit"/"their meeting", the nearest earlier
 * one of the article (a description of a previous occurrence, "his last visit", never is). An
 * occasion undated in the article may still be dated by other sources: the corpus pass
 * (src/pipeline/corpus-dates-during.ts) gives the event that day.
 */
export function inheritDuring(mentions: readonly ResolvedEventMention[]): ResolvedEventMention[] {
  return mentions.map((m) => {
    if (m.time.value !== null || m.time.basis !== 'unknown' || m.time.relative) return m;
    const placement = placedDuring(m);
    const occasion = placement && duringAntecedent(m, placement, mentions);
    if (!occasion || (occasion.time.value === null && !occasion.time.relative)) return m;
    return { ...m, time: dayOfOccasion(occasion, placement.noun) };
  });
}

export interface DuringPlacement extends Span {
  /** The occasion noun ("visit", "meeting"). */
  readonly noun: string;
}

/**
 * Where the text places a mention's event inside an occasion: a "during …" phrase that opens the
 * sentence with the predicate in its main clause (no clause boundary between), or one that follows
 * the predicate within TRAILING_GAP_WORDS words. A state or background condition (ONGOING_MODES:
 * a war) spans the occasion and is never placed in it; nor is the occasion itself.
 */
export function placedDuring(m: ResolvedEventMention): DuringPlacement | null {
  if (m.mode !== null && (ONGOING_MODES as readonly string[]).includes(m.mode)) return null;
  const ev = m.evidence;
  const local = (x: number) => x - ev.start;
  for (const hit of ev.text.matchAll(DURING_PHRASE)) {
    const start = ev.start + hit.index;
    const end = start + hit[0].length;
    const noun = hit[3].toLowerCase();
    if (m.trigger.start < end && m.trigger.end > start) continue;
    if (end <= m.trigger.start) {
      const lead = ev.text.slice(0, hit.index);
      const between = ev.text.slice(local(end), local(m.trigger.start));
      if (/^[\s"“‘']*$/.test(lead) && !CLAUSE_BOUNDARY.test(between)) return { start, end, noun };
    } else {
      const between = ev.text.slice(local(m.trigger.end), hit.index);
      const words = between.trim() ? between.trim().split(/\s+/).length : 0;
      if (words <= TRAILING_GAP_WORDS && !/,/.test(between) && !CLAUSE_BOUNDARY.test(between)) return { start, end, noun };
    }
  }
  return null;
}

/**
 * The occasion a placement names: the visit or meeting mention of the same article whose trigger
 * lies inside the phrase ("during Putin's first visit"), else the nearest one before the phrase,
 * of the mode the noun names first ("meeting" → a meeting, then a visit). Dated or not.
 */
export function duringAntecedent(
  m: ResolvedEventMention,
  p: DuringPlacement,
  mentions: readonly ResolvedEventMention[],
): ResolvedEventMention | null {
  const modes = OCCASION_NOUNS[p.noun] ?? [];
  const candidates = mentions.filter(
    (o) => o !== m && o.article === m.article && o.type === 'CONSULT' && o.occurrence !== 'previous' && o.mode !== null && modes.includes(o.mode),
  );
  const inPlace = candidates.find((o) => o.trigger.start >= p.start && o.trigger.end <= p.end);
  if (inPlace) return inPlace;
  for (const mode of modes) {
    let best: ResolvedEventMention | null = null;
    for (const o of candidates) {
      if (o.mode !== mode || o.trigger.end > p.start) continue;
      if (!best || o.trigger.start > best.trigger.start) best = o;
    }
    if (best) return best;
  }
  return null;
}

/**
 * The date an event placed in an occasion takes from it: the occasion's day at most (a clock time
 * is the occasion's, not the event's: "arrived around noon" does not put the gifts at noon), with
 * `relative` saying where it comes from ("during the visit: the year before publication").
 */
function dayOfOccasion(o: ResolvedEventMention, noun: string): EventTime {
  const t = o.time;
  const clock = clockText(o);
  const value = t.value === null ? null : t.value.replace(/T.*$/, '');
  const precision = t.precision === 'time' ? (value === null ? null : 'day') : t.precision;
  const said = t.relative !== undefined && clock !== null && t.relative.startsWith(`${clock}, `) ? t.relative.slice(clock.length + 2) : t.relative;
  return {
    value,
    precision,
    basis: t.basis,
    timex: clock === null ? t.timex : null,
    relative: `${DURING_NOTE} ${noun}: ${said ?? value}`,
  };
}

/** The clock expression ("around noon") an occasion is timed by, or null when its time names a day. */
function clockText(o: ResolvedEventMention): string | null {
  const t = o.time;
  if (!t.timex || t.timex.start < o.evidence.start || t.timex.end > o.evidence.end) return null;
  const text = o.evidence.text.slice(t.timex.start - o.evidence.start, t.timex.end - o.evidence.start);
  const hasClock = t.precision === 'time' || /T/.test(t.value ?? '') || (t.relative ?? '').startsWith(`${text}, `);
  return hasClock && text ? text : null;
}
