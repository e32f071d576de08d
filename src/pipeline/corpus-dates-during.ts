import type { EventRecord, ResolvedEventMention } from '../core/corpus.ts';
import type { EventTime } from '../core/layers.ts';
import { majority } from '../annotate/time/corpus-date.ts';
import { DAY_OF_OCCASION } from '../annotate/time/event-time.data.ts';
import { publicationNote } from '../annotate/time/event-time-range.ts';
import { DURING_NOTE } from '../fuse/during.data.ts';
import { duringAntecedent, placedDuring } from '../fuse/during.ts';
import { dayInterval } from '../core/day-interval.ts';
import type { Store } from '../store/types.ts';
import type { CorpusScope } from './corpus-scope.ts';
import { sameTime, spanKey, statesDay } from './corpus-dates-occasion.ts';
import { reviseEvents, storedDoc } from './revise-events.ts';

/**
 * The day of an event placed in an occasion that other sources date. "Last year, Putin made a rare
 * visit to Pyongyang. During that visit, the two countries signed a mutual defense pact": the
 * article gives the visit a year (fuse hands the pact that year, src/fuse/during.ts), but the visit
 * is fused with other sources' mentions that give it a day. When the mentions of the occasion's
 * fused record that state a day (`statesDay`: not inferred, not "as of publication", not a clock
 * time) agree on one by majority, a tie deciding nothing, and it lies within what the article says
 * of the occasion (2024 ⊇ 2024-06-19; for an occasion the article leaves undated, on or before its
 * publication day), the event takes that day. Only events the text left undated, or that this pass
 * dated before (re-examined every time, so re-dating a source can take the day away again). Runs
 * after the clock-time pass, over the records of `scope` (corpus-scope.ts, as they stand now), and
 * re-dates only the scope's articles. Returns the articles whose events changed.
 */
export async function dateDuringOccasions(store: Store, scope: CorpusScope): Promise<readonly string[]> {
  const recordOf = new Map<string, EventRecord>();
  const byArticle = new Map<string, ResolvedEventMention[]>();
  for (const r of scope.records) {
    for (const m of r.mentions) {
      recordOf.set(m.id, r);
      if (!scope.articles.has(m.article)) continue;
      const list = byArticle.get(m.article) ?? [];
      list.push(m);
      byArticle.set(m.article, list);
    }
  }
  const changed: string[] = [];
  for (const id of [...byArticle.keys()].sort()) {
    const mentions = byArticle.get(id)!;
    const days = new Map<string, readonly [string, { value: string; articles: readonly string[] }] | null>();
    for (const m of mentions) {
      const placement = placedDuring(m);
      const occasion = placement && duringAntecedent(m, placement, mentions);
      if (!placement || !occasion) continue;
      const day = occasionRecordDay(occasion, recordOf.get(occasion.id), m.published);
      days.set(spanKey(m.trigger), day ? [placement.noun, day] : null);
    }
    if (!days.size) continue;
    const stored = await store.getArticle(id);
    if (!stored) continue;
    const doc = storedDoc(stored);
    // The occasion is known as the one the article means through its own (inferred) date: say so.
    const note = doc.article.published.basis === 'inferred' ? `; ${publicationNote(doc)}` : '';
    const times = new Map([...days].map(([k, d]) => [k, d ? duringDay(d[0], d[1].value, d[1].articles, note) : UNDATED]));
    const revised = await reviseEvents(store, doc, (e) => {
      const time = times.get(spanKey(e.trigger));
      if (!time || !(isUndated(e.time) || isDuringDay(e.time)) || sameTime(time, e.time)) return e;
      return { ...e, time };
    });
    if (revised) changed.push(id);
  }
  return changed;
}

/**
 * The day the fused record of an occasion gives it, when the article's own mention of the occasion
 * does not already give a day: the majority day of the record's mentions that state one, within
 * the mention's own date (or, undated, on or before the publication day).
 */
export function occasionRecordDay(
  occasion: ResolvedEventMention,
  record: EventRecord | undefined,
  published: string | null,
): { value: string; articles: readonly string[] } | null {
  if (!record) return null;
  const own = dayInterval(occasion.time.value);
  if (own && own.start === own.end) return null;
  const best = majority(record.mentions.filter(statesDay).map((x) => [x.time.value!.slice(0, 10), x.article] as const));
  if (!best) return null;
  if (own) return own.start <= best.value && best.value <= own.end ? best : null;
  const pub = dayInterval(published);
  return !pub || best.value <= pub.end ? best : null;
}

function duringDay(noun: string, day: string, articles: readonly string[], note: string): EventTime {
  return { value: day, precision: 'day', basis: 'relative', timex: null, relative: `${DURING_NOTE} ${noun}: ${DAY_OF_OCCASION} ${noun}: ${day} (${articles.join(', ')})${note}` };
}

/** A date this pass gave. */
function isDuringDay(t: EventTime): boolean {
  const r = t.relative ?? '';
  return t.timex === null && r.startsWith(`${DURING_NOTE} `) && r.includes(DAY_OF_OCCASION);
}

function isUndated(t: EventTime): boolean {
  return t.value === null && t.basis === 'unknown' && !t.relative;
}

const UNDATED: EventTime = Object.freeze({ value: null, precision: null, basis: 'unknown', timex: null });
