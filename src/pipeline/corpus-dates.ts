import type { PublishedDate } from '../core/article.ts';
import type { Pipeline } from '../core/component.ts';
import type { EventRecord, ResolvedEventMention } from '../core/corpus.ts';
import type { Doc } from '../core/doc.ts';
import { inferPublishedDate } from '../annotate/time/article-date.ts';
import { CONFIDENCE_CORPUS_EVENT, CONFIDENCE_CORPUS_SIMILAR, CONFIDENCE_CORPUS_YEARS_SINCE } from '../annotate/time/article-date.data.ts';
import {
  allowedByCurrentNews,
  allowedByExpression,
  intersect,
  isPrevious,
  majority,
  PREVIOUS_OCCURRENCE,
  yearsSincePrevious,
  type DayRange,
} from '../annotate/time/corpus-date.ts';
import { isTimeOfDayTime } from '../annotate/time/event-time-of-day.ts';
import { publicationRange, valueOverRange, publicationOverRange } from '../annotate/time/event-time-range.ts';
import { dayInterval } from '../core/day-interval.ts';
import type { Store } from '../store/types.ts';
import { dateDuringOccasions } from './corpus-dates-during.ts';
import { dateTimesOfDay } from './corpus-dates-occasion.ts';
import { reachOf, relatedRecords, type ListedEvents } from './corpus-related.ts';
import { scopeOf, wholeCorpus } from './corpus-scope.ts';
import { integrate } from './integrate.ts';
import { storedDoc } from './revise-events.ts';
import { reannotate } from './process.ts';

/**
 * Corpus-level publication dates for articles that have none to the day: after a batch is
 * integrated (and after the user supplies a date), each such article's date is narrowed from its
 * own text (the latest dated reference as a lower bound) and from other sources' dates for the
 * same fused events: "Last year, Putin made a rare visit" against a visit another article dates
 * to 2024 puts this article in 2025. Clues are recomputed from scratch every time, in rounds over
 * all candidates at once (so the result does not depend on article order), until nothing changes;
 * an article whose date changed is re-annotated and re-integrated, so every dependent date follows.
 * `changed` names the articles the batch wrote (ingested or re-dated): each pass then examines
 * only the undated articles a change can reach (corpus-related.ts: sharing a record, or a record of
 * the same kind, with a changed article), and the passes that put events on their occasion's day
 * read only the changed articles' neighbourhood (corpus-scope.ts). Without it (or when a batch
 * replaced an earlier version of a source, whose withdrawn mentions leave no trace to follow)
 * every pass reads the whole corpus.
 */
export async function inferCorpusDates(store: Store, pipeline: Pipeline, changed?: Iterable<string>): Promise<readonly string[]> {
  // Articles whose records may change: the batch's, and those sharing a record with an article
  // about to be re-integrated (its mentions may leave that record, so the record's other articles
  // must be looked at again even though the re-dated article no longer leads to them).
  const seeds = changed ? new Set(changed) : null;
  let focus = seeds ? new Set(seeds) : null;
  // Re-integrating a re-dated article can change how its events fuse, and so the clues: passes
  // repeat until one changes nothing, so a second ingest of the same corpus finds nothing to do.
  const redated = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const following = new Set<string>();
    const beforeRedate = async (id: string) => {
      for (const r of await store.eventsByArticle(id)) {
        for (const m of r.mentions) {
          seeds?.add(m.article);
          following.add(m.article);
        }
      }
    };
    const now = await onePass(store, pipeline, focus, seeds ? beforeRedate : null);
    if (!now.length) break;
    for (const id of now) {
      redated.add(id);
      following.add(id);
    }
    if (focus) focus = following;
  }
  const scope = () => (seeds ? scopeOf(store, seeds) : wholeCorpus(store));
  // Then clock times with no day of their own ("arrived around noon") take their occasion's day, now that dates have settled.
  const first = await scope();
  const clocked = new Set(await dateTimesOfDay(store, first));
  // And events placed "during the visit" take the day other sources give that visit (read again only if re-integration changed the records).
  for (const r of first.records) if (r.mentions.some((m) => clocked.has(m.article))) for (const m of r.mentions) seeds?.add(m.article);
  await dateDuringOccasions(store, clocked.size ? await scope() : first);
  return [...redated].sort();
}

/** Passes of infer → re-integrate; the seeds settle in two. */
const MAX_PASSES = 4;

/**
 * One pass of inference over the candidates (articles not dated to the day): every one in the
 * corpus, or with `focus` only those a change to the focus articles can reach (`reachOf`). Other
 * undated articles met in the records read keep their stored dates, which nothing in this change
 * can have moved. Before an article is re-dated, `beforeRedate` is told.
 */
async function onePass(store: Store, pipeline: Pipeline, focus: ReadonlySet<string> | null, beforeRedate: ((id: string) => Promise<void>) | null): Promise<readonly string[]> {
  const listed: ListedEvents = new Map(); // one store read per (actor, type) in a pass
  const ids = focus ? await reachOf(store, focus, listed) : (await store.listArticles()).filter((a) => isCandidate(a.published)).map((a) => a.id).sort();
  const docs = new Map<string, Doc>();
  const base = new Map<string, PublishedDate>();
  const records = new Map<string, EventRecord>();
  for (const id of ids) {
    const stored = await store.getArticle(id);
    if (!stored || !isCandidate(stored.article.published)) continue;
    const doc = storedDoc(stored);
    docs.set(id, doc);
    base.set(id, inferPublishedDate({ ...doc, article: { ...stored.article, published: { date: null, basis: 'unknown' } } }));
    for (const r of await store.eventsByArticle(id)) records.set(r.id, r);
  }
  if (!base.size) return [];
  const ordered = [...records.values()].sort((a, b) => a.id.localeCompare(b.id));
  const related = await relatedRecords(store, ordered, listed);
  const years = occurrenceYears([...ordered, ...[...related.values()].flat()]);
  // Undated articles outside the reach, met in these records: read at their stored dates.
  const fixed = new Map<string, PublishedDate>();
  if (focus) {
    const met = new Set([...ordered, ...[...related.values()].flat()].flatMap((r) => r.mentions.map((m) => m.article)));
    for (const id of [...met].sort()) {
      if (docs.has(id)) continue;
      const stored = await store.getArticle(id);
      if (!stored || !isCandidate(stored.article.published)) continue;
      docs.set(id, storedDoc(stored));
      fixed.set(id, stored.article.published);
    }
  }
  let state = new Map([...fixed, ...base]);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = new Map(fixed);
    for (const id of base.keys()) next.set(id, narrow(id, docs, state, base.get(id)!, ordered, related, years));
    const same = [...base.keys()].every((id) => samePublished(next.get(id)!, state.get(id)!));
    state = next;
    if (same) break;
  }
  const changed: string[] = [];
  for (const id of base.keys()) {
    const published = state.get(id)!;
    const article = docs.get(id)!.article;
    if (samePublished(published, article.published)) continue;
    await beforeRedate?.(id);
    const doc = reannotate(article, published, pipeline);
    await store.commitArticle(await integrate(store, doc, article.id));
    changed.push(id);
  }
  return changed;
}

/** Field by field (the store may hand the object back with its keys in another order). */
function samePublished(a: PublishedDate, b: PublishedDate): boolean {
  const fields = ['date', 'basis', 'how', 'confidence', 'notBefore', 'notAfter'] as const;
  return fields.every((f) => (a[f] ?? null) === (b[f] ?? null));
}

/** Rounds of propagation (A dated from B, C from A, …): chains in a story are short. */
const MAX_ROUNDS = 4;

/** An article whose date is not known to the day from metadata, the user or its own dateline. */
export function isCandidate(p: PublishedDate): boolean {
  return p.basis === 'unknown' || (p.basis === 'inferred' && (!isDay(p.date) || (p.how ?? '').startsWith(CORPUS_HOW)));
}

const isDay = (d: string | null | undefined): boolean => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);

/** How a corpus-level inference opens its explanation (and how a stored one is recognised). */
const CORPUS_HOW = 'from other sources: ';

/** One article's date from its text-only inference and the clues other articles' current state gives. */
function narrow(
  id: string,
  docs: ReadonlyMap<string, Doc>,
  state: ReadonlyMap<string, PublishedDate>,
  text: PublishedDate,
  records: readonly EventRecord[],
  related: ReadonlyMap<string, readonly EventRecord[]>,
  years: ReadonlyMap<string, SinceYear>,
): PublishedDate {
  if (isDay(text.date)) return text; // its own dateline or "Published" line: nothing to narrow
  const doc = docs.get(id)!;
  const clues: { range: DayRange; how: string; confidence: number }[] = [];
  for (const r of records) {
    const own = r.mentions.filter((m) => m.article === id);
    if (!own.length) continue;
    const others = (rs: readonly EventRecord[]) => rs.flatMap((x) => x.mentions).filter((x) => x.article !== id && !isPrevious(x));
    // The other sources' date for this record, the same for each of this article's mentions in it: found once, when first needed.
    let dating: { fused: ReturnType<typeof bestFixed>; fixed: ReturnType<typeof bestFixed> } | undefined;
    for (const m of own) {
      const since = years.get(sentenceKey(m));
      if (since && !isPrevious(m)) {
        clues.push({ range: { start: `${since.year}-01-01`, end: `${since.year}-12-31` }, how: `"${since.phrase}" with the previous one in ${since.previous} (${since.articles.join(', ')})`, confidence: CONFIDENCE_CORPUS_YEARS_SINCE });
      }
      if (isPrevious(m)) continue;
      if (!dating) {
        const fused = bestFixed(others([r]), docs, state, years);
        // Not fused with another source's mention: a record of the same kind sharing its participants may still date it.
        dating = { fused, fixed: fused ?? bestFixed(others(related.get(r.id) ?? []), docs, state, years) };
      }
      const { fused, fixed } = dating;
      if (!fixed) continue;
      const confidence = fused ? CONFIDENCE_CORPUS_EVENT : CONFIDENCE_CORPUS_SIMILAR;
      const t = m.time;
      // A time of day that names no day ("arrived around noon") says nothing of the publication day.
      const range = t.timex && t.basis === 'relative' && !isTimeOfDayTime(t) ? allowedByExpression(doc, t.timex, fixed.range) : t.basis === 'publication' && !t.timex ? allowedByCurrentNews(fixed.range) : null;
      if (range) {
        const cue = t.timex ? `"${doc.text.slice(t.timex.start, t.timex.end)}"` : 'reported as current news';
        clues.push({ range, how: `${cue} for the event ${fixed.articles.join(', ')} date${fixed.articles.length > 1 ? '' : 's'} ${fixed.value}${fused ? '' : ' (a record of the same kind with the same participants)'}`, confidence });
      }
    }
  }
  let range: DayRange = { start: text.notBefore ? (dayInterval(text.notBefore)?.start ?? '0001-01-01') : '0001-01-01', end: text.notAfter ? (dayInterval(text.notAfter)?.end ?? '9999-12-31') : '9999-12-31' };
  const used: string[] = [];
  let confidence = 1;
  for (const c of [...clues].sort((a, b) => a.how.localeCompare(b.how))) {
    const r = intersect(range, c.range);
    if (!r) continue; // contradicts what is already known: left out
    range = r;
    used.push(c.how);
    confidence = Math.min(confidence, c.confidence);
  }
  if (!used.length) return text;
  const date = commonPrefixDate(range);
  const how = [`${CORPUS_HOW}${[...new Set(used)].join('; ')}`, text.how].filter(Boolean).join('; ');
  return { date, basis: 'inferred', how, confidence, notBefore: range.start, notAfter: range.end };
}

/**
 * The date a range pins: the day, or the month or the year it lies in (the bounds say how much of
 * it); null when it spans years (bounds only). "Wednesday" against a visit in 2024 gives
 * 2024-01-03…2024-12-31: published in 2024, and not before its first Wednesday.
 */
function commonPrefixDate(r: DayRange): string | null {
  if (r.start === r.end) return r.start;
  if (r.start.slice(0, 7) === r.end.slice(0, 7)) return r.start.slice(0, 7);
  return r.start.slice(0, 4) === r.end.slice(0, 4) ? r.start.slice(0, 4) : null;
}

/** The date other articles give the event, most sources first: explicit, from a known date, or from another inferred range. */
function bestFixed(
  others: readonly ResolvedEventMention[],
  docs: ReadonlyMap<string, Doc>,
  state: ReadonlyMap<string, PublishedDate>,
  years: ReadonlyMap<string, SinceYear>,
): { range: DayRange; value: string; articles: readonly string[] } | null {
  const best = majority(others.map((m) => [years.get(sentenceKey(m))?.year ?? mentionValue(m, docs, state), m.article] as const).filter(([v]) => v && dayInterval(v)));
  return best && { range: dayInterval(best.value)!, ...best };
}

/** A mention's date: as stored for an article with a known date; for a candidate, under its current inferred range. */
function mentionValue(m: ResolvedEventMention, docs: ReadonlyMap<string, Doc>, state: ReadonlyMap<string, PublishedDate>): string | null {
  if (isTimeOfDayTime(m.time)) return null; // its day, if any, is itself taken from other sources
  if (m.time.basis === 'explicit') return m.time.value;
  const doc = docs.get(m.article);
  if (!doc) return m.time.value;
  const published = state.get(m.article);
  if (!published || published.basis !== 'inferred') return null;
  const hypothetical: Doc = { ...doc, article: { ...doc.article, published } };
  if (!publicationRange(hypothetical)) return null;
  if (m.time.timex && m.time.basis === 'relative') return valueOverRange(hypothetical, m.time.timex);
  return m.time.basis === 'publication' ? publicationOverRange(hypothetical) : null;
}

/** A current occurrence dated by "first … in N years" and the previous occurrence's explicit year. */
interface SinceYear {
  readonly year: string;
  readonly phrase: string;
  readonly previous: string;
  readonly articles: readonly string[];
}

/** One sentence's mentions of one kind of event: "first visit … in 24 years" dates every such mention in it. */
function sentenceKey(m: ResolvedEventMention): string {
  return `${m.article}:${m.evidence.start}:${m.evidence.end}:${m.type}:${m.mode ?? ''}`;
}

/**
 * The years "first … in N years" gives: the previous occurrence's explicit year (the majority of
 * the mentions of it fused in the same record: "last trip … in 2000", "first visit since 2000")
 * plus N. It does not depend on any publication date. A sentence two records date differently gets none.
 */
function occurrenceYears(records: readonly EventRecord[]): ReadonlyMap<string, SinceYear> {
  const out = new Map<string, SinceYear | null>();
  for (const r of records) {
    for (const m of r.mentions) {
      const since = yearsSincePrevious(m.evidence.text ?? '');
      const previous = since && majorityYear(r.mentions.filter((x) => x !== m && PREVIOUS_OCCURRENCE.test(x.evidence.text ?? '')));
      if (!since || !previous) continue;
      const found: SinceYear = { year: String(Number(previous.year) + since.years), phrase: since.phrase, previous: previous.year, articles: previous.articles };
      const key = sentenceKey(m);
      const had = out.get(key);
      out.set(key, had === undefined || (had && had.year === found.year) ? found : null);
    }
  }
  return new Map([...out].filter((e): e is [string, SinceYear] => e[1] !== null));
}

/** The explicit year most of these mentions give (ties: none), with the articles that give it. */
function majorityYear(ms: readonly ResolvedEventMention[]): { year: string; articles: readonly string[] } | null {
  const best = majority(ms.filter((m) => m.time.basis === 'explicit' && /^\d{4}$/.test(m.time.value ?? '')).map((m) => [m.time.value, m.article] as const));
  return best && { year: best.value, articles: best.articles };
}
