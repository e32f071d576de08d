import type { EventRecord, ResolvedEventMention } from '../core/corpus.ts';
import type { EventMention } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { CURRENT_NEWS_LAG_DAYS } from '../annotate/time/article-date.data.ts';
import { isPrevious, majority } from '../annotate/time/corpus-date.ts';
import { isTimeOfDayTime, timeOfDayOn, timeOfDayOpen } from '../annotate/time/event-time-of-day.ts';
import type { Store } from '../store/types.ts';
import type { CorpusScope } from './corpus-scope.ts';
import { reviseEvents, storedDoc } from './revise-events.ts';

/**
 * The day of an event the text times only by the clock. "Putin arrived around noon for a welcome
 * event", in a report published the next day, names no day (event-time.ts leaves it open). The
 * same article reports the occasion it belongs to ("Putin's first visit to North Korea"): an event
 * of the same type and mode with a shared actor. When other mentions of that occasion give it a
 * day — the majority of those days, a tie deciding nothing — on the article's publication day or
 * in the CURRENT_NEWS_LAG_DAYS before it, the clock time is on that day. Runs after the corpus
 * inference of publication dates (and so after every batch and every `dossier date`); an article
 * whose date is not known to the day, or whose occasion has no day, keeps the day open. It reads
 * the records of `scope` (corpus-scope.ts: the articles a batch changed and those sharing a record
 * with them, as the records stand now) and re-dates only the scope's articles. Returns the articles
 * whose event dates changed.
 */
export async function dateTimesOfDay(store: Store, scope: CorpusScope): Promise<readonly string[]> {
  const records = scope.records;
  const byArticle = new Map<string, ResolvedEventMention[]>();
  for (const r of records) {
    for (const m of r.mentions) {
      if (!isTimeOfDayTime(m.time) || !scope.articles.has(m.article)) continue;
      const list = byArticle.get(m.article) ?? [];
      list.push(m);
      byArticle.set(m.article, list);
    }
  }
  const changed: string[] = [];
  for (const id of [...byArticle.keys()].sort()) {
    const stored = await store.getArticle(id);
    if (!stored) continue;
    const doc = storedDoc(stored);
    // Per clock time: the days its events' occasions give (an event with no occasion gives none).
    const found = new Map<string, { timex: Span; days: Map<string, string> }>();
    for (const m of byArticle.get(id)!) {
      const key = spanKey(m.time.timex!);
      const entry = found.get(key) ?? { timex: m.time.timex!, days: new Map<string, string>() };
      found.set(key, entry);
      const day = occasionDay(m, records, doc.article.published.date);
      if (day) entry.days.set(day.day, day.how);
    }
    // A day only when the events on one clock time agree on it.
    const times = new Map<string, EventMention['time']>();
    for (const [key, { timex, days }] of found) {
      const [only] = days.size === 1 ? [...days] : [];
      times.set(key, only ? timeOfDayOn(doc.text, timex, only[0], only[1]) : timeOfDayOpen(doc.text, timex));
    }
    const revised = await reviseEvents(store, doc, (e) => {
      const time = e.time.timex && isTimeOfDayTime(e.time) ? times.get(spanKey(e.time.timex)) : undefined;
      return time && !sameTime(time, e.time) ? { ...e, time } : e;
    });
    if (revised) changed.push(id);
  }
  return changed;
}

export const spanKey = (s: Span): string => `${s.start}:${s.end}`;

export function sameTime(a: EventMention['time'], b: EventMention['time']): boolean {
  return a.value === b.value && a.basis === b.basis && (a.relative ?? null) === (b.relative ?? null) && a.precision === b.precision;
}

/**
 * The day other mentions give the occasion a clock-timed mention belongs to: records with a mention
 * in the same article of the same type and mode sharing an actor; their mentions that state a day
 * (explicitly or relative to a publication date not inferred; not "as of publication", not an
 * earlier occurrence, not another clock time). Null unless the majority day lies on the publication
 * day or in the CURRENT_NEWS_LAG_DAYS before it.
 */
export function occasionDay(
  m: ResolvedEventMention,
  records: readonly EventRecord[],
  published: string | null,
): { day: string; how: string } | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) return null;
  const occasions = records.filter(
    (r) =>
      r.type === m.type &&
      r.mode === m.mode &&
      r.mentions.some((x) => x.article === m.article && x.actors.some((a) => m.actors.includes(a))),
  );
  const votes = occasions
    .flatMap((r) => r.mentions)
    .filter((x) => statesDay(x) && withinLag(x.time.value!.slice(0, 10), published))
    .map((x) => [x.time.value!.slice(0, 10), x.article] as const);
  const best = majority(votes);
  if (!best) return null;
  return { day: best.value, how: `${m.mode ?? m.type.toLowerCase()}: ${best.value} (${best.articles.join(', ')})` };
}

/** A mention that states a day of its own: explicit, or relative to a publication date not inferred; not "as of publication", not an earlier occurrence, not a clock time. */
export function statesDay(x: ResolvedEventMention): boolean {
  const t = x.time;
  if (!t.value || !/^\d{4}-\d{2}-\d{2}/.test(t.value) || isTimeOfDayTime(t) || isPrevious(x)) return false;
  return t.basis === 'explicit' || (t.basis === 'relative' && x.publishedInferred !== true && !(t.relative ?? '').includes('publication date inferred'));
}

const DAY_MS = 86_400_000;

/** On the publication day or at most CURRENT_NEWS_LAG_DAYS before it: a report's clock time is of the news it reports. */
function withinLag(day: string, published: string): boolean {
  const before = Date.parse(`${published}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`);
  return before >= 0 && before <= CURRENT_NEWS_LAG_DAYS * DAY_MS;
}
