import type { PublishedDate } from '../../core/article.ts';
import type { Doc } from '../../core/doc.ts';
import type { TimeExpression } from '../../core/layers.ts';
import {
  CONFIDENCE_DATELINE,
  CONFIDENCE_EARLY_DATE,
  CONFIDENCE_LOWER_BOUND,
  CONFIDENCE_PUBLISHED_LINE,
  DATELINE_WINDOW,
  PUBLISHED_CUES,
} from './article-date.data.ts';
import { tagTimexes } from './tagger.ts';
import { tenseAround } from './tense.ts';

const UNKNOWN: PublishedDate = Object.freeze({ date: null, basis: 'unknown' });

/**
 * The publication date of an article that has none in its metadata, inferred from its text:
 * a "Published …" line or a dated dateline near the top (a day), else the latest explicitly dated
 * reference as a lower bound (`notBefore`, no date). A date the user or metadata supplied always
 * wins and is returned unchanged; with nothing to go on the date stays unknown.
 */
export function inferPublishedDate(doc: Doc): PublishedDate {
  const given = doc.article.published;
  if (given.basis === 'user' || given.basis === 'metadata' || (given.date !== null && given.basis !== 'unknown')) return given;
  const text = doc.text;
  // Absolute expressions only: with no article date, relative ones carry X placeholders.
  const absolutes = tagTimexes(text, null).filter((t) => t.anchor === 'absolute' && t.type !== 'DURATION' && t.type !== 'SET');
  const early = absolutes.filter((t) => t.start < DATELINE_WINDOW && /^\d{4}-\d{2}-\d{2}/.test(t.value ?? ''));
  for (const t of early) {
    const lineStart = text.lastIndexOf('\n', t.start) + 1;
    const before = text.slice(lineStart, t.start);
    const day = t.value!.slice(0, 10);
    if (PUBLISHED_CUES.test(before)) {
      return { date: day, basis: 'inferred', how: `"${text.slice(lineStart, t.end).trim()}" line near the top`, confidence: CONFIDENCE_PUBLISHED_LINE };
    }
    if (isDateline(before)) {
      return { date: day, basis: 'inferred', how: `dateline "${text.slice(lineStart, t.end).trim()}"`, confidence: CONFIDENCE_DATELINE };
    }
  }
  // A date in a forward-looking phrase ("by 2030", "will open in May 2026") bounds nothing.
  const ahead = (t: TimeExpression): boolean =>
    tenseAround(text, t.start, t.end) === 'future' || /\b(?:by|until|before)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start));
  const latest = latestDated(absolutes.filter((t) => !ahead(t)));
  // A day the text still looks forward to ("will visit on June 30, 2024") bounds it from above.
  const upcoming = absolutes.filter((t) => ahead(t) && /^\d{4}-\d{2}-\d{2}/.test(t.value ?? '')).sort((a, b) => a.value!.localeCompare(b.value!))[0];
  const notAfter = upcoming && (!latest || upcoming.value!.slice(0, 10) >= latest.value!.replace(/T.*$/, '')) ? { notAfter: upcoming.value!.slice(0, 10) } : {};
  if (early.length && latest && latest.value!.slice(0, 10) === early[0].value!.slice(0, 10)) {
    const t = early[0];
    return {
      date: t.value!.slice(0, 10),
      basis: 'inferred',
      how: `the latest date in the text, "${text.slice(t.start, t.end)}", stands near the top`,
      confidence: CONFIDENCE_EARLY_DATE,
      notBefore: t.value!.slice(0, 10),
    };
  }
  const upper = upcoming && 'notAfter' in notAfter ? `; not after "${text.slice(upcoming.start, upcoming.end)}", still ahead in the text` : '';
  if (latest) {
    return {
      date: null,
      basis: 'inferred',
      how: `not before the latest date the text mentions, "${text.slice(latest.start, latest.end)}"${upper}`,
      confidence: CONFIDENCE_LOWER_BOUND,
      notBefore: latest.value!.replace(/T.*$/, ''),
      ...notAfter,
    };
  }
  if (upcoming) {
    return { date: null, basis: 'inferred', how: upper.slice(2), confidence: CONFIDENCE_LOWER_BOUND, ...notAfter };
  }
  return UNKNOWN;
}

/** "MOSCOW, June 19, 2024 (Reuters) –" or "June 19, 2024 —": at most a few capitalised words and a comma. */
function isDateline(before: string): boolean {
  return /^\s*(?:[A-Z][A-Za-z.'’-]*\s*){0,4}[,(–—-]?\s*$/.test(before) && before.length < 50;
}

/** The latest calendar value among explicit absolute dates (year, month or day precision). */
function latestDated(ts: readonly TimeExpression[]): TimeExpression | null {
  let best: TimeExpression | null = null;
  for (const t of ts) {
    const v = t.value ?? '';
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v.replace(/T.*$/, ''))) continue;
    if (!best || v.localeCompare(best.value!) > 0) best = t;
  }
  return best;
}
