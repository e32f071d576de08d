import type { Doc } from '../../core/doc.ts';
import type { EventTime, TimeExpression } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import {
  APPOSITIVE_MAX_WORDS,
  CLAUSE_OPENERS,
  CLAUSE_PUNCT,
  CONDITIONAL,
  CURRENT_NEWS_CUES,
  FRONTED_ADVERBIAL_MAX,
  FUTURE_CUES,
  FRONTED_LEAD,
  LEADING_ADVERBIAL,
  LIGHT_VERBS,
  NOMINAL_LEAD,
  REDUCED_RELATIVE,
  REDUCED_RELATIVE_HEAD,
  RELATIVE_TIME_GAP,
  RELATIVE_TIME_OPENER,
  SINCE_FIRST,
  SINCE_FIRST_WINDOW,
  SINCE_LEAD,
  SINCE_NOTE,
  TRAILING_ADVERBIAL,
  DURING_DATED_OCCASION,
  OCCASION_NOUN_END,
} from './event-time.data.ts';
import { dayInterval } from '../../core/day-interval.ts';
import { isResolved, precisionOf } from './precision.ts';
import { publicationNote, publicationOverRange, valueOverRange } from './event-time-range.ts';
import { followingDay, isTimeOfDayOnly, timeOfDayOpen } from './event-time-of-day.ts';
import { premodifiesOther } from './event-time-premodifier.ts';

/**
 * The time of an event: the time expression that governs its predicate (not merely the nearest
 * one), at that expression's precision. The scope (clause or sentence) is cut into segments at
 * punctuation and clause openers ("after", "following", "since", "which"…). A time expression in
 * the trigger's own segment governs it; failing that, a fronted adverbial at the start of the
 * scope ("In January, …") governs the main clause, and a coordinated predicate ("… and met Kim")
 * shares the date of the clause it is joined to. A date inside another subordinate clause never
 * governs ("sent delegates … following the leader's trip in September": September dates the trip),
 * and a time that governs the verb does not date a noun in its object ("defended North Korea's
 * missile launches"). A time of day that names no day ("arrived around noon") dates a past event
 * only through a day named just after it; otherwise its day is left open (see fromTimex).
 * With no governing expression, an event reported in the present or present perfect ("has
 * started", "is heading") is current news, dated by the publication; otherwise it is undated.
 */
export function eventTime(doc: Doc, trigger: Span, scope: Span): EventTime {
  const timexes = (doc.layers.timexes ?? []).filter(
    (t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= scope.start && t.end <= scope.end && !premodifiesOther(doc.text, t, trigger),
  );
  const segments = segment(doc.text, scope, timexes);
  const ownIndex = Math.max(0, segments.findIndex((s) => s.start <= trigger.start && trigger.start < s.end));
  const own = segments[ownIndex];
  const within = (s: Segment) => timexes.filter((t) => t.start >= s.start && t.end <= s.end);
  let chosen = nearest(within(own), trigger) ?? reducedRelative(doc.text, segments, ownIndex, trigger, within);
  const objectNoun = isObjectNominal(doc.text, own, trigger);
  if (!chosen && own.kind !== 'subordinate' && !objectNoun) {
    chosen = nearest(timexes.filter((t) => isFronted(doc.text, scope, t)), trigger);
  }
  if (!chosen && own.kind !== 'subordinate') {
    const lead = leadingAdverbials(doc.text, scope);
    // Stacked introductory phrases describe one occasion: a trigger inside the run takes a time before it.
    const reach = lead && (trigger.start >= lead.end ? (objectNoun ? null : lead.end) : trigger.start);
    if (reach) chosen = nearest(timexes.filter((t) => t.end <= reach), trigger);
  }
  if (!chosen && own.kind === 'subordinate') chosen = relativeTimeAntecedent(doc.text, timexes, own);
  if (!chosen) chosen = trailingAdverbial(doc.text, timexes, segments, ownIndex);
  if (!chosen) chosen = trailingSince(doc.text, scope, timexes, segments[ownIndex + 1]);
  if (!chosen && own.kind === 'coordinate' && ownIndex > 0 && !objectNoun) {
    const before = segments.slice(0, ownIndex).reverse().find((s) => s.kind !== 'subordinate' && within(s).length > 0);
    if (before && !/\b(?:he|she|it|they|we|i)\b|[A-Z]/.test(doc.text.slice(own.start, trigger.start).replace(/^\s*\w+/, ''))) {
      chosen = nearest(within(before), trigger);
    }
  }
  if (chosen) {
    const time = fromTimex(doc, chosen, isTimeOfDayOnly(doc.text, chosen) && isPresentOrFuture(doc.text, trigger, own));
    return startsPeriod(doc.text, scope, chosen) ? sinceRange(doc, time) : time;
  }
  return isCurrentNews(doc.text, trigger, own) ? publication(doc) : UNDATED;
}

type SegmentKind = 'main' | 'subordinate' | 'coordinate';

interface Segment extends Span {
  readonly kind: SegmentKind;
}

const OPENER_RE = new RegExp(`\\b(?:${CLAUSE_OPENERS.join('|')})\\b`, 'gi');
const COORDINATORS = new Set(['and', 'but']);
/** A TIMEX3 date and time of day: a clock time ("T03:00") or a part of the day ("TEV"). */
const TIME_OF_DAY_VALUE = /^\d{4}-\d{2}-\d{2}T(?:\d{2}(?::\d{2}){0,2}|MO|MI|AF|EV|NI|DT)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);

function segment(text: string, scope: Span, timexes: readonly Span[] = []): Segment[] {
  const slice = text.slice(scope.start, scope.end);
  const cuts: { at: number; kind: SegmentKind }[] = [{ at: 0, kind: 'main' }];
  const punct = new RegExp(CLAUSE_PUNCT.source, 'g');
  // "on March 21, 2023": a comma inside a time expression cuts nothing
  const within = (at: number) => timexes.some((t) => t.start < scope.start + at && scope.start + at < t.end);
  for (let m = punct.exec(slice); m; m = punct.exec(slice)) if (!within(m.index)) cuts.push({ at: m.index + m[0].length, kind: 'main' });
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(slice); m; m = OPENER_RE.exec(slice)) {
    cuts.push({ at: m.index, kind: COORDINATORS.has(m[0].toLowerCase()) ? 'coordinate' : 'subordinate' });
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i].at;
    const end = i + 1 < cuts.length ? cuts[i + 1].at : slice.length;
    if (end > start) out.push({ start: scope.start + start, end: scope.start + end, kind: cuts[i].kind });
  }
  return out.length ? out : [{ start: scope.start, end: scope.end, kind: 'main' }];
}

/**
 * A relative clause on a time expression ("the late 1940s during which the Soviet Union helped",
 * "in 2006, when it started"): the expression it follows is the clause's antecedent and dates it.
 */
function relativeTimeAntecedent(text: string, timexes: readonly TimeExpression[], own: Segment): TimeExpression | undefined {
  if (!RELATIVE_TIME_OPENER.test(text.slice(own.start, own.end))) return undefined;
  return timexes.find((t) => t.end <= own.start && RELATIVE_TIME_GAP.test(text.slice(t.end, own.start)));
}

/** "The treaty (with Estavia), signed in 1990, …": the participle clause right after the trigger's phrase, on it, dates it. */
function reducedRelative(text: string, segments: readonly Segment[], ownIndex: number, trigger: Span, within: (s: Segment) => TimeExpression[]): TimeExpression | undefined {
  const next = segments[ownIndex + 1];
  if (!next || next.kind !== 'main' || !REDUCED_RELATIVE_HEAD.test(text.slice(trigger.end, segments[ownIndex].end))) return undefined;
  return REDUCED_RELATIVE.test(text.slice(next.start, next.end)) ? nearest(within(next), trigger) : undefined;
}

/**
 * A time adverbial closing the scope ("… started punishing Pyongyang, North Korea's capital, in
 * 2006."), separated from the trigger's segment only by short appositive segments (no clause
 * opener), dates the trigger's predicate, the nearest one before it.
 */
function trailingAdverbial(text: string, timexes: readonly TimeExpression[], segments: readonly Segment[], ownIndex: number): TimeExpression | undefined {
  for (let i = ownIndex + 1; i < segments.length; i++) {
    const s = segments[i];
    const t = timexes.find((x) => x.start >= s.start && x.end <= s.end);
    // "… erupted during the 2021 election.": an occasion named by its date closes the scope
    if (s.kind === 'subordinate' && t && i === ownIndex + 1 && DURING_DATED_OCCASION.test(text.slice(s.start, t.start)) && OCCASION_NOUN_END.test(text.slice(t.end, s.end))) return t;
    if (s.kind !== 'main') return undefined;
    if (t) return TRAILING_ADVERBIAL.test(text.slice(s.start, t.start)) && /^[\s.!?]*$/.test(text.slice(t.end, s.end)) && i === segments.length - 1 ? t : undefined;
    if (text.slice(s.start, s.end).trim().split(/\s+/).length > APPOSITIVE_MAX_WORDS) return undefined;
  }
  return undefined;
}

/** A time adverbial opening the scope ("In 2019 …", "On Wednesday, …"), which governs the whole clause. */
function isFronted(text: string, scope: Span, t: Span): boolean {
  return t.end - scope.start <= FRONTED_ADVERBIAL_MAX && FRONTED_LEAD.test(text.slice(scope.start, t.start));
}

/**
 * The run of introductory phrases at the start of the scope when they are adverbial ("As recent as
 * this week, on Wednesday, at an emergency meeting of the Council, Russia and China defended…";
 * "During their schedule on Wednesday, both leaders…"): each starts with a preposition or an
 * adverbial lead and ends at a comma. A time expression among them governs the main clause that
 * follows. Null when the scope does not open with such a phrase.
 */
function leadingAdverbials(text: string, scope: Span): Span | null {
  const slice = text.slice(scope.start, scope.end);
  let end = 0;
  for (const m of slice.matchAll(/[^,]*,/g)) {
    if (m.index !== end || !LEADING_ADVERBIAL.test(m[0])) break;
    end = m.index + m[0].length;
  }
  return end > 0 ? { start: scope.start, end: scope.start + end } : null;
}

/**
 * A noun trigger in the object of its clause's verb ("defended North Korea's missile launches"):
 * behind a possessive or determiner (NOMINAL_LEAD) with a word of the clause before that, the
 * verb, which is not a light verb ("made a rare visit": the visit is the event).
 */
function isObjectNominal(text: string, own: Segment, trigger: Span): boolean {
  const before = text.slice(own.start, trigger.start);
  const m = NOMINAL_LEAD.exec(before);
  if (!m) return false;
  const words = (before.slice(0, m.index).match(/[a-z][a-z’'-]+/g) ?? []).filter((w) => !COORDINATORS.has(w) && !DETERMINERS.has(w));
  const last = words.at(-1);
  return last !== undefined && !LIGHT_VERBS.has(last);
}

function nearest(cands: readonly TimeExpression[], trigger: Span): TimeExpression | undefined {
  let best: TimeExpression | undefined;
  let bestDist = Infinity;
  for (const t of cands) {
    const d = t.end <= trigger.start ? trigger.start - t.end : Math.max(0, t.start - trigger.end);
    if (d < bestDist) {
      best = t;
      bestDist = d;
    }
  }
  return best;
}

/** A present or future predicate: current news, or "will"/"due"/"expected" just before it. */
function isPresentOrFuture(text: string, trigger: Span, own: Span): boolean {
  return isCurrentNews(text, trigger, own) || wordsJustBefore(text, trigger).some((w) => FUTURE_CUES.has(w));
}

function isCurrentNews(text: string, trigger: Span, own: Span): boolean {
  // "if one is attacked": a condition, not news.
  if (CONDITIONAL.test(text.slice(own.start, trigger.start))) return false;
  return wordsJustBefore(text, trigger).some((w) => CURRENT_NEWS_CUES.has(w));
}

/** The last three words (lower case) in the 30 characters before the trigger: where a tense or future cue sits. */
function wordsJustBefore(text: string, trigger: Span): readonly string[] {
  return (text.slice(Math.max(0, trigger.start - 30), trigger.start).toLowerCase().match(/[a-z’']+/g) ?? []).slice(-3);
}

function publishedDate(doc: Doc): string | null {
  const d = doc.article.published.date;
  return d && precisionOf(d) !== null ? d : null;
}

function publication(doc: Doc, timex: Span | null = null): EventTime {
  const pub = publishedDate(doc);
  if (pub && doc.article.published.basis === 'inferred') {
    return { value: pub, precision: precisionOf(pub), basis: 'publication', timex, relative: `at publication; ${publicationNote(doc)}` };
  }
  if (pub) return { value: pub, precision: precisionOf(pub), basis: 'publication', timex };
  const within = publicationOverRange(doc);
  return within
    ? { value: within, precision: precisionOf(within), basis: 'publication', timex, relative: `at publication; ${publicationNote(doc)}` }
    : { value: null, precision: null, basis: 'publication', timex, relative: 'at publication' };
}

/** `today`: a time of day that names no day is today's for a present or future predicate ("the vote is due at 5 p.m."). */
function fromTimex(doc: Doc, t: TimeExpression, today = false): EventTime {
  const timex = { start: t.start, end: t.end };
  if (t.value === 'PRESENT_REF') return publication(doc, timex);
  if (!today && isTimeOfDayOnly(doc.text, t)) {
    const day = followingDay(doc, t);
    if (day) return fromTimex(doc, day);
    return timeOfDayOpen(doc.text, timex);
  }
  if (!isResolved(t.value)) {
    const within = t.value === null || t.anchor !== 'publication' ? null : valueOverRange(doc, t);
    if (within) {
      const relative = `${t.relative ?? doc.text.slice(t.start, t.end)}; ${publicationNote(doc)}`;
      return { value: within, precision: precisionOf(within), basis: 'relative', timex, relative };
    }
    return {
      value: null,
      precision: t.precision ?? precisionOf(t.value),
      basis: t.value === null ? 'unknown' : 'relative',
      timex,
      relative: t.relative ?? doc.text.slice(t.start, t.end),
    };
  }
  // A time of day is kept ("2024-06-19T03:00", "2024-06-13TEV"): the precision the text gives.
  const value = TIME_OF_DAY_VALUE.test(t.value) ? t.value : t.value.replace(/T.*$/, '');
  const basis = t.anchor === 'absolute' ? 'explicit' : 'relative';
  const relative = t.relative && basis === 'relative' && doc.article.published.basis === 'inferred' ? `${t.relative}; ${publicationNote(doc)}` : t.relative;
  return relative && basis === 'relative'
    ? { value, precision: precisionOf(value), basis, timex, relative }
    : { value, precision: precisionOf(value), basis, timex };
}

/**
 * "… have traded coal since March 2029.": the segment after the trigger's is "since" and a time
 * expression alone (a prepositional phrase, not a clause: "since Putin ordered …" is one), so the
 * expression is the predicate's and starts its period ("the first visit since 2000" is no period,
 * and no date of this visit: see `startsPeriod`).
 */
function trailingSince(text: string, scope: Span, timexes: readonly TimeExpression[], next: Segment | undefined): TimeExpression | undefined {
  if (!next) return undefined;
  const t = timexes.find((x) => x.start >= next.start && x.end <= next.end);
  return t && startsPeriod(text, scope, t) && /^\s*\bsince\b/i.test(text.slice(next.start, t.start)) && /^[\s.,;:]*$/.test(text.slice(t.end, next.end))
    ? t
    : undefined;
}

/** "Since last year, …": the governing expression follows "since" (and is not a "first … since"). */
function startsPeriod(text: string, scope: Span, t: Span): boolean {
  const before = text.slice(scope.start, t.start);
  const since = SINCE_LEAD.exec(before);
  return since !== null && !SINCE_FIRST.test(before.slice(Math.max(0, since.index - SINCE_FIRST_WINDOW), since.index));
}

/**
 * An event over a period that starts at `start` and is still running when the article is
 * published ("Since last year, North Korea has shipped 7,000 containers"): the TIMEX3 interval
 * `START/END`, END the publication date at its known precision (`2023/2024-06-19`; `2023/2024`
 * when only the year of publication is known). No end, no value: the start stays in `relative`.
 */
export function sinceRange(doc: Doc, start: EventTime): EventTime {
  const end = publishedDate(doc) ?? publicationOverRange(doc);
  const note = `; ${publicationNote(doc)}`;
  const from = (start.relative ?? start.value ?? doc.text.slice(start.timex?.start ?? 0, start.timex?.end ?? 0)).replace(note, '');
  const inferred = doc.article.published.basis === 'inferred' ? note : '';
  const relative = `${SINCE_NOTE.from} ${from} ${SINCE_NOTE.to}${inferred}`;
  const value = start.value && end ? `${start.value.replace(/T.*$/, '')}/${end}` : null;
  if (value && !dayInterval(value)) return start;
  return { value, precision: value ? 'range' : null, basis: start.basis === 'unknown' ? 'unknown' : 'relative', timex: start.timex, relative };
}

const UNDATED: EventTime = Object.freeze({ value: null, precision: null, basis: 'unknown', timex: null });

