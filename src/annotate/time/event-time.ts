import type { Doc } from '../../core/doc.ts';
import type { EventTime, TimeExpression } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { CLAUSE_OPENERS, CLAUSE_PUNCT, FRONTED_ADVERBIAL_MAX } from './event-time.data.ts';
import { isResolved, precisionOf } from './precision.ts';

/**
 * The time of an event: the time expression that governs its predicate (not merely the nearest
 * one), at that expression's precision. The scope (clause or sentence) is cut into segments at
 * punctuation and clause openers ("after", "following", "which"…); a time expression in the
 * trigger's own segment governs it; otherwise one in a main-clause segment does (a fronted
 * "In January, …"), never one inside another subordinate clause.
 */
export function eventTime(doc: Doc, trigger: Span, scope: Span): EventTime {
  const timexes = (doc.layers.timexes ?? []).filter(
    (t) => (t.type === 'DATE' || t.type === 'TIME') && t.start >= scope.start && t.end <= scope.end,
  );
  const segments = segment(doc.text, scope);
  const own = segments.find((s) => s.start <= trigger.start && trigger.start < s.end) ?? segments[0];
  const inOwn = timexes.filter((t) => t.start >= own.start && t.end <= own.end);
  let chosen = nearest(inOwn, trigger);
  if (!chosen && !own.subordinate) {
    const main = timexes.filter((t) => {
      const seg = segments.find((s) => s.start <= t.start && t.start < s.end);
      return seg ? !seg.subordinate || t.end - scope.start <= FRONTED_ADVERBIAL_MAX : false;
    });
    chosen = nearest(main, trigger);
  }
  return chosen ? fromTimex(doc, chosen) : UNDATED;
}

interface Segment extends Span {
  readonly subordinate: boolean;
}

const OPENER_RE = new RegExp(`\\b(?:${CLAUSE_OPENERS.join('|')})\\b`, 'gi');
const COORDINATORS = new Set(['and', 'but']);

function segment(text: string, scope: Span): Segment[] {
  const slice = text.slice(scope.start, scope.end);
  const cuts: { at: number; subordinate: boolean }[] = [{ at: 0, subordinate: false }];
  const punct = new RegExp(CLAUSE_PUNCT.source, 'g');
  for (let m = punct.exec(slice); m; m = punct.exec(slice)) cuts.push({ at: m.index + m[0].length, subordinate: false });
  OPENER_RE.lastIndex = 0;
  for (let m = OPENER_RE.exec(slice); m; m = OPENER_RE.exec(slice)) {
    cuts.push({ at: m.index, subordinate: !COORDINATORS.has(m[0].toLowerCase()) });
  }
  cuts.sort((a, b) => a.at - b.at);
  const out: Segment[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const start = cuts[i].at;
    const end = i + 1 < cuts.length ? cuts[i + 1].at : slice.length;
    if (end > start) out.push({ start: scope.start + start, end: scope.start + end, subordinate: cuts[i].subordinate });
  }
  return out.length ? out : [{ start: scope.start, end: scope.end, subordinate: false }];
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

function publishedDate(doc: Doc): string | null {
  const d = doc.article.published.date;
  return d && precisionOf(d) !== null ? d : null;
}

function fromTimex(doc: Doc, t: TimeExpression): EventTime {
  const timex = { start: t.start, end: t.end };
  const text = doc.text.slice(t.start, t.end);
  if (t.value === 'PRESENT_REF') {
    const pub = publishedDate(doc);
    return pub
      ? { value: pub, precision: precisionOf(pub), basis: 'publication', timex }
      : { value: null, precision: null, basis: 'relative', timex, relative: t.relative ?? 'at publication' };
  }
  if (!isResolved(t.value)) {
    return {
      value: null,
      precision: t.precision ?? precisionOf(t.value),
      basis: t.value === null ? 'unknown' : 'relative',
      timex,
      relative: t.relative ?? text,
    };
  }
  const value = t.value.replace(/T.*$/, '');
  const basis = t.anchor === 'absolute' ? 'explicit' : 'relative';
  return t.relative && basis === 'relative'
    ? { value, precision: precisionOf(value), basis, timex, relative: t.relative }
    : { value, precision: precisionOf(value), basis, timex };
}

const UNDATED: EventTime = Object.freeze({ value: null, precision: null, basis: 'unknown', timex: null });
