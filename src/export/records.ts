import type { Article } from '../core/article.ts';
import type { Contradiction, EntityMentionRecord, EntityRecord, EventRecord, QuoteRecord } from '../core/corpus.ts';
import { AS_OF_PUBLICATION_NOTE, INFERRED_NOTE, dateQualifier } from './date-qualifier.ts';
import { dayInterval } from '../core/day-interval.ts';
import type { QuoteKind } from '../core/layers.ts';
import type { Evidence, SourceSpan } from '../core/span.ts';
import type {
  ExportArticle,
  ExportContradiction,
  ExportEntity,
  ExportEvent,
  ExportMention,
  ExportQuote,
} from './types.ts';

/**
 * Pure mappings from stored records to export records. Evidence text is always re-read from the
 * article's clean text (`textOf`), so an exported span can never disagree with its article; when
 * the article is not available the stored text is kept.
 */
export type TextOf = (articleId: string) => string | undefined;

export function exportArticle(a: Article): ExportArticle {
  return {
    id: a.id,
    source: a.source,
    title: a.title,
    outlet: a.outlet,
    authors: [...a.authors],
    published: {
      date: a.published.date,
      basis: a.published.basis,
      how: a.published.how ?? null,
      confidence: a.published.confidence ?? null,
      notBefore: a.published.notBefore ?? null,
      notAfter: a.published.notAfter ?? null,
    },
    language: a.language,
    canonicalUrl: a.canonicalUrl,
    text: a.text,
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason, rule: r.rule })),
  };
}

export function exportEvidence(span: SourceSpan & { readonly text?: string }, textOf: TextOf): Evidence {
  const text = textOf(span.article);
  return {
    article: span.article,
    start: span.start,
    end: span.end,
    text: text === undefined ? (span.text ?? '') : text.slice(span.start, span.end),
  };
}

/** Calendar dates at day, month or year precision. */
const CALENDAR_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T/;
/** TIMEX3 parts of a year (quarter, ISO week, half, season): the year contains them. */
const PART_OF_YEAR = /^(\d{4})-(?:Q[1-4]|W\d{2}|H[12]|SP|SU|FA|WI)\b/;
/** TIMEX3 decades: `194` or `194X` (the 1940s). */
const DECADE = /^(\d{3})X?$/;

/**
 * For reading: a TIMEX3 decade (`194`) as `1940s`, a century (`19`) as `1900s`, an ISO week
 * (`2022-W40`) by its Monday (`week of 2022-10-03 (2022-W40)`), a period (`2023/2024-06-19`) as
 * `2023 … 2024-06-19`; other dates as they are.
 */
export function showDate(date: string): string {
  if (DECADE.test(date)) return `${date.slice(0, 3)}0s`;
  if (/^\d{2}(XX)?$/.test(date)) return `${date.slice(0, 2)}00s`;
  const week = ISO_WEEK.exec(date);
  const monday = week ? dayInterval(date)?.start : undefined;
  if (monday) return `week of ${monday} (${date})`;
  const period = /^([^/]+)\/([^/]+)$/.exec(date);
  if (period) return `${showDate(period[1]!)} … ${showDate(period[2]!)}`;
  return date;
}

/**
 * The contract's `date`: a plain calendar date at its precision. A date-time keeps its day; an ISO
 * week keeps its month when all seven days fall in one month, else its week-year; a quarter, half or
 * season keeps its year; a decade or a range
 * exports as null. Whenever the stored value is not a plain calendar date it is kept in
 * `dateValue`, so nothing is invented and nothing is lost.
 */
export function exportDate(value: string | null): { date: string | null; dateValue: string | null } {
  if (value === null) return { date: null, dateValue: null };
  if (CALENDAR_DATE.test(value)) return { date: value, dateValue: null };
  const week = ISO_WEEK.exec(value);
  if (week) return { date: weekMonth(value) ?? week[1], dateValue: value };
  const m = DATE_TIME.exec(value) ?? PART_OF_YEAR.exec(value);
  return { date: m ? m[1] : null, dateValue: value };
}

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

/** The month (`YYYY-MM`) holding all seven days of an ISO week, or null when the week spans two months. */
function weekMonth(value: string): string | null {
  const days = dayInterval(value);
  return days && days.start.slice(0, 7) === days.end.slice(0, 7) ? days.start.slice(0, 7) : null;
}

/** A timeline date: a calendar date as for events, or a decade as TIMEX3 writes it (`194`); else null. */
export function timelineDate(value: string): string | null {
  return exportDate(value).date ?? DECADE.exec(value)?.[1] ?? null;
}

function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    const key = `${e.article}:${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/**
 * How the event's date was reached, in words, when no mention states it outright; for an undated
 * event, what its mentions say relative to a publication date that is not known ("the Tuesday on or
 * before publication", "noon, on a day the text does not give"); else null.
 */
export function eventDateNote(e: Pick<EventRecord, 'date' | 'dateBasis' | 'mentions'>): string | null {
  if (e.date === null) {
    const relatives = [...new Set(e.mentions.flatMap((m) => (m.time.value === null && m.time.relative ? [m.time.relative] : [])))];
    return relatives.length ? relatives.join('; ') : null;
  }
  if (dateQualifier(e) === 'asOfPublication') return AS_OF_PUBLICATION_NOTE;
  const dated = e.mentions.filter((m) => m.time.value !== null);
  if (dated.some((m) => m.time.basis === 'explicit')) return null;
  const notes = dated.map((m) => {
    const relative = m.time.relative;
    if (m.publishedInferred === true && !(relative ?? '').includes(INFERRED_NOTE)) {
      const against = `against ${m.article}'s inferred publication date${m.published ? ` (${m.published})` : ''}`;
      return relative ? `${relative}, ${against}` : `the publication date, ${against}`;
    }
    return relative ?? null;
  });
  const unique = [...new Set(notes.filter((n): n is string => n !== null))];
  return unique.length ? unique.join('; ') : null;
}

/** The entities the sources attribute the event to, in first-mention order (every one a source names: "Washington and Seoul"). */
export function eventAttribution(e: Pick<EventRecord, 'mentions'>): string[] {
  return [...new Set(e.mentions.flatMap((m) => m.attributions ?? (m.attribution === null ? [] : [m.attribution])))];
}

export function exportEvent(e: EventRecord, textOf: TextOf): ExportEvent {
  const qualifier = dateQualifier(e);
  return {
    id: e.id,
    ...exportDate(e.date),
    dateBasis: e.dateBasis,
    dateInferred: qualifier === 'inferred',
    dateAsOfPublication: qualifier === 'asOfPublication',
    dateNote: eventDateNote(e),
    type: e.type,
    mode: e.mode,
    modality: e.modality,
    attribution: eventAttribution(e),
    summary: e.summary,
    actors: [...e.actors],
    targets: [...e.targets],
    place: e.place,
    articles: [...e.articles],
    corroboration: e.corroboration,
    evidence: uniqueEvidence(e.mentions.map((m) => exportEvidence(m.evidence, textOf))),
  };
}

export function exportMention(m: EntityMentionRecord, textOf: TextOf): ExportMention {
  const { article, start, end, text } = exportEvidence({ ...m, text: m.form }, textOf);
  return { entity: m.entity, article, start, end, text };
}

export function exportEntity(e: EntityRecord): ExportEntity {
  return {
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: [...e.aliases],
    articles: [...e.articles],
    mentions: e.mentions,
    roles: e.roles.map((r) => ({ role: r.role, article: r.article, start: r.start, end: r.end, date: r.date })),
    links: e.links.map((l) => ({ kind: l.kind, target: l.target, evidence: l.evidence.map((s) => ({ article: s.article, start: s.start, end: s.end })) })),
  };
}

/** The documented enum has `direct` and `reported`; a partial quote is a direct one with `partial: true`. */
function quoteKind(kind: QuoteKind): { kind: 'direct' | 'reported'; partial: boolean } {
  switch (kind) {
    case 'direct':
      return { kind: 'direct', partial: false };
    case 'partial':
      return { kind: 'direct', partial: true };
    case 'reported':
      return { kind: 'reported', partial: false };
  }
}

export function exportQuote(q: QuoteRecord, textOf: TextOf): ExportQuote {
  return {
    id: q.id,
    speaker: q.speaker,
    speakers: q.speakers,
    text: exportEvidence(q, textOf).text,
    article: q.article,
    start: q.start,
    end: q.end,
    ...quoteKind(q.kind),
    cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    speakerSpan: q.source ? { start: q.source.start, end: q.source.end } : null,
  };
}

export function exportContradiction(c: Contradiction, textOf: TextOf): ExportContradiction {
  return {
    id: c.id,
    about: c.about,
    event: c.event,
    rule: c.rule,
    claims: c.claims.map((claim) => ({
      value: claim.value,
      articles: [...claim.articles],
      evidence: uniqueEvidence(claim.evidence.map((e) => exportEvidence(e, textOf))),
    })),
  };
}
