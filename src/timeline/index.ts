import type { EventRecord, TimelineEntry } from '../core/corpus.ts';
import type { Evidence } from '../core/span.ts';
import { CENTROID_WEIGHT, MAX_SUMMARY_CHARS, QUESTION_PENALTY, TIMELINE_MODALITIES } from './timeline.data.ts';
import { addInto, cosine, type Vector } from '../fuse/vectors.ts';
import { interval, isoWeek, type DayInterval } from '../fuse/dates.ts';
import { termVector } from './terms.ts';

/**
 * Timelines from fused events: per date (at the precision the sources give), the events and one
 * extractive summary sentence chosen from their evidence, ranked by salience and corroboration.
 * Undated events are left out, never placed at an invented date.
 */
export interface TimelineOptions {
  /** Only events with this corpus entity as actor, target or place. */
  readonly entity?: string;
  /** Inclusive bounds compared on the ISO prefix: `2024` ≤ `2024-06-18` ≤ `2024-12`. */
  readonly from?: string;
  readonly to?: string;
  /** Keep only the most salient dates (then shown in date order). */
  readonly maxDates?: number;
  /** A story's timeline: only events reported by these articles (`StoryRecord.articles`). */
  readonly articles?: readonly string[];
  /** A query's timeline: only events whose summary or evidence contains every word of the query. */
  readonly query?: string;
}

/** Salience of one event: independent sources, articles and intensity (conflict or cooperation). */
export function salience(e: EventRecord): number {
  return Math.max(e.corroboration, 1) * (1 + Math.log1p(e.articles.length)) * (1 + Math.abs(e.intensity) / 20);
}

/** The date an event is placed at: its value at its precision (times of day fold into the day). */
export function placeDate(e: EventRecord): string | null {
  if (!e.date) return null;
  return e.precision === 'time' ? e.date.slice(0, 10) : e.date;
}

/** The days a placed date covers: ISO weeks (`2022-W40`) as their seven days, other values as `interval` reads them. */
export function dateSpan(date: string): DayInterval | null {
  return isoWeek(date) ?? interval(date);
}

/**
 * Chronological order of placed dates at mixed precision: by first day; a coarser date before the
 * finer ones it contains ("2024", then "2024-06", then "2024-06-19"); then by the value.
 */
export function chronological(a: string, b: string): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  if (sa && sb && (sa.lo !== sb.lo || sa.hi !== sb.hi)) return sa.lo - sb.lo || sb.hi - sa.hi;
  if (sa && !sb) return -1;
  if (!sa && sb) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function inRange(date: string, from?: string, to?: string): boolean {
  if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
  return true;
}

function matchesQuery(e: EventRecord, words: readonly string[]): boolean {
  const hay = [e.summary, ...e.mentions.map((m) => m.evidence.text)].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}

function involves(e: EventRecord, entity: string): boolean {
  return e.actors.includes(entity) || e.targets.includes(entity) || e.place === entity;
}

/** A sentence that ends in a question mark (allowing closing quotes and brackets). */
const QUESTION_RE = /\?[\s"'”’)]*$/u;

/** The best evidence sentence for a date: close to what all its sources say, from a salient event. */
export function chooseSummary(events: readonly EventRecord[]): Evidence | null {
  const centroid: Vector = new Map();
  const candidates: { ev: Evidence; vec: Vector; sal: number }[] = [];
  for (const e of events) {
    const sal = salience(e);
    for (const m of e.mentions) {
      const vec = termVector(m.evidence.text);
      addInto(centroid, vec, sal);
      candidates.push({ ev: m.evidence, vec, sal });
    }
  }
  const top = Math.max(...candidates.map((c) => c.sal), 1);
  let best: Evidence | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let score = CENTROID_WEIGHT * cosine(c.vec, centroid) + (1 - CENTROID_WEIGHT) * (c.sal / top);
    if (c.ev.text.length > MAX_SUMMARY_CHARS) score *= MAX_SUMMARY_CHARS / c.ev.text.length;
    // A question ("Q. Why did Putin visit North Korea?") states nothing: any statement is preferred.
    if (QUESTION_RE.test(c.ev.text)) score *= QUESTION_PENALTY;
    const tie = best && score === bestScore && (c.ev.article < best.article || (c.ev.article === best.article && c.ev.start < best.start));
    if (score > bestScore || tie) [best, bestScore] = [c.ev, score];
  }
  return best;
}

export function buildTimeline(events: readonly EventRecord[], options: TimelineOptions = {}): TimelineEntry[] {
  const byDate = new Map<string, EventRecord[]>();
  const story = options.articles ? new Set(options.articles) : null;
  const words = (options.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  for (const e of events) {
    if (story && !e.articles.some((a) => story.has(a))) continue;
    if (words.length && !matchesQuery(e, words)) continue;
    const date = placeDate(e);
    if (!date || !(TIMELINE_MODALITIES as readonly string[]).includes(e.modality)) continue;
    if (options.entity && !involves(e, options.entity)) continue;
    if (!inRange(date, options.from, options.to)) continue;
    const list = byDate.get(date) ?? [];
    list.push(e);
    byDate.set(date, list);
  }
  let dates = [...byDate.keys()];
  if (options.maxDates !== undefined && dates.length > options.maxDates) {
    const score = (d: string) => byDate.get(d)!.reduce((s, e) => s + salience(e), 0);
    dates = dates.sort((a, b) => score(b) - score(a) || (a < b ? -1 : 1)).slice(0, Math.max(options.maxDates, 0));
  }
  return dates.sort(chronological).map((date) => {
    const list = byDate.get(date)!.sort((a, b) => salience(b) - salience(a) || (a.id < b.id ? -1 : 1));
    const summary = chooseSummary(list);
    return {
      date,
      events: list.map((e) => e.id),
      summary: summary ? summary.text : null,
      ...(summary ? { summarySource: { article: summary.article, start: summary.start, end: summary.end } } : {}),
    };
  });
}
