/**
 * Attributions around the cues the learned tagger finds and the rules missed ("did not respond to",
 * "criticized", "his repeated emphasis on"): the source is the cue's subject (read back, across an
 * apposition, or the sentence's opening name or pronoun; after an inverted cue, the name that
 * follows), the content the clause after the cue, or else the sentence before it.
 */
import type { Sentence } from '../../../core/layers.ts';
import type { Span } from '../../../core/span.ts';
import { MIN_CONTENT_WORDS, NOUN_LIKE_CUES, PRONOUNS, STANCE_CUES } from '../cues.data.ts';
import type { Attribution } from '../find.ts';
import { cueLemma } from '../lemma.ts';
import { readSourceForward } from '../source.ts';
import { sentenceSubject, sourceBefore } from '../subject.ts';
import { lowAt, spanOf, tokenAt, tokenRange, trimEnd, type TokenView } from '../text-view.ts';
import type { Candidate } from './filter-features.ts';
import { filtered } from './filter.ts';
import { CANDIDATE_CUE_THRESHOLD } from './learn.data.ts';
import { buildContext, cueModel, tagCues } from './tagger.ts';

const CLAUSE_OPENERS = new Set(['that', ':', ',', 'whether', 'if']);
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Reported attributions on an ambiguous cue (a noun-like or stance verb, "in a poll", an unlisted verb
 * before "that") and no quoted words; plain speech and belief verbs stay.
 */
function vetoable(v: TokenView, f: Attribution, quotes: readonly Span[]): boolean {
  if (f.kind !== 'reported' || !f.cue) return false;
  // quoted words in the content ("what he called “US pressure”") mark an attribution whatever the cue
  if (quotes.some((q) => q.start < f.content.end && f.content.start < q.end)) return false;
  // "asked by Jane Roe whether …": an agent named after "by" is the source whatever the cue
  if (f.source && f.source.start >= f.cue.end && lowAt(v, tokenAt(v, f.source.start) - 1) === 'by') return false;
  const lemma = cueLemma(v.text.slice(f.cue.start, f.cue.end).split(/\s+/)[0] ?? '');
  return !lemma || NOUN_LIKE_CUES.has(lemma) || STANCE_CUES.has(lemma);
}

function bestScore(v: TokenView, margin: Float64Array, cue: Span): number {
  const [a, b] = tokenRange(v, cue);
  let best = -Infinity;
  for (let k = a; k < b; k++) best = Math.max(best, margin[k]);
  return b > a ? best : 0;
}

/**
 * The rules' attributions and the learned-cue attributions whose cue overlaps none of them, as
 * candidates for the filter (`filter.ts`): it keeps the rules' on plain speech and belief cues and
 * judges the rest.
 */
export function learnedAttributions(
  v: TokenView,
  sentences: readonly Sentence[],
  quotes: readonly Span[],
  found: readonly Attribution[],
): Attribution[] {
  const model = cueModel();
  if (model.byTemplate.size === 0) return [...found]; // no weights file: the rules alone
  const context = buildContext(v, sentences, quotes);
  const tagged = tagCues(model, context, CANDIDATE_CUE_THRESHOLD);
  const runs = mergeRuns(v, tagged.runs);
  // The rules' attributions on ambiguous cues ("plans", "in a poll") are judged by the filter below.
  const taken = found.flatMap((a) => (a.cue ? [a.cue] : []));
  const out: Attribution[] = [];
  for (const [a, b] of runs) {
    const cue = spanOf(v, a, b);
    if (v.low.slice(a, b + 1).every((w) => FUNCTION_ONLY.test(w))) continue;
    if (context.inQuote[a]) continue; // speech inside a quotation belongs to the quoted speaker's own words
    if (taken.some((t) => t.start < cue.end && cue.start < t.end)) continue;
    const s = sentences.find((x) => x.start <= cue.start && cue.start < x.end);
    if (!s) continue;
    const from = tokenAt(v, s.start);
    const last = tokenAt(v, s.end) - 1;
    if (last - from + 1 < MIN_SENTENCE_TOKENS) continue; // "Frequently Asked Questions": a label, not a statement
    const source = subjectOf(v, a, b, from, last);
    if (!source || !plausible(v, source)) continue;
    // "KCNA said that … the two leaders “exchanged …” and discussed deepening ties": a cue inside another
    // attribution's content has its subject inside that content too, never the sentence's opening name
    if (found.some((k) => k.content.start <= cue.start && cue.end <= k.content.end && (source.start < k.content.start || source.end > k.content.end))) continue;
    const content = contentOf(v, a, b, from, last, source);
    if (!content) continue;
    out.push({ kind: 'reported', content, cue, source, stance: 'asserts' });
  }
  const all: Candidate[] = [
    ...found.map((a) => ({ a, origin: vetoable(v, a, quotes) ? ('ambiguous' as const) : ('rule' as const) })),
    ...out.map((a) => ({ a, origin: 'learned' as const })),
  ];
  return filtered(model, v, all, quotes, all.map((c) => (c.a.cue ? bestScore(v, tagged.margin, c.a.cue) + CANDIDATE_CUE_THRESHOLD : 0)));
}

/** Single words that are never a source on their own. */
const NOT_SUBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'which']);
/** A cue must hold a content word: runs of only these ("about", "reportedly") are dropped. */
const FUNCTION_ONLY = /^(about|for|of|to|on|in|with|at|by|as|from|into|over|and|or|has|have|had|is|are|was|were|be|been|do|does|did|will|would|,|:|[a-z]+ly)$/;
/** Particles that can end a learned cue after its verb ("was asked about", "is accused of"). */
const CUE_PARTICLES = new Set(['about', 'of', 'for', 'to', 'on', 'over', 'with', 'in', 'as']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PARTICIPLE = /(ed|en|wn|ght)$/;
/** Heads of a lower-case span read back from a cue that are not its subject ("last week passed", "n't endorsed"). */
const NOT_HEAD = /(ed|ly|ing)$|^(n't|n’t|week|year|month|day|time|night|morning|today|yesterday)$/;

/** `was criticized by X`: the agent after "by"; an agentless passive has no source (undefined: none at all). */
export function passiveAgent(v: TokenView, a: number, b: number, last: number): Span | null | undefined {
  // "was asked about": the participle before a trailing particle makes the passive
  let p = b;
  while (p > a && CUE_PARTICLES.has(lowAt(v, p))) p--;
  let be = -1;
  for (let j = Math.max(0, a - 2); j <= p; j++) if (BE.has(lowAt(v, j))) be = j;
  if (be < 0 || !PARTICIPLE.test(lowAt(v, p)) || be === p) return undefined;
  for (let j = p + 1; j <= Math.min(last, b + 3); j++) if (lowAt(v, j) === 'by') return readSourceForward(v, j + 1, last);
  return null;
}

function plausible(v: TokenView, span: Span): boolean {
  const [s, e] = [tokenAt(v, span.start), tokenAt(v, span.end) - 1];
  // "Kim expressed full": a verb inside the span means it ran past the subject; "The" alone is no subject.
  for (let j = s; j <= e; j++) if (cueLemma(lowAt(v, j)) && !/^\p{Lu}/u.test(v.text.slice(v.toks[j].start, v.toks[j].end))) return false;
  if (s === e && NOT_SUBJECT.has(lowAt(v, s))) return false;
  for (let j = s; j <= e; j++) if (/^\p{Lu}/u.test(v.text.slice(v.toks[j].start, v.toks[j].end)) || PRONOUNS.has(lowAt(v, j))) return true;
  return !NOT_HEAD.test(lowAt(v, e));
}

/** Fewest tokens in a sentence that can hold a learned attribution (source, cue and content). */
const MIN_SENTENCE_TOKENS = 4;

/** Most words between two cue runs that make one cue ("expressed full support"). */
const MERGE_GAP = 2;

/** Joins cue runs split by a word or two the tagger left out ("expressed full | support"). */
function mergeRuns(v: TokenView, runs: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const run of runs) {
    // a cue is words: punctuation the tagger ran into at either end (`continued: “`) is left out
    let [a, b] = run;
    while (a <= b && v.toks[a].kind === 'punct') a++;
    while (b >= a && v.toks[b].kind === 'punct') b--;
    if (a > b) continue;
    const prev = out[out.length - 1];
    const gap = prev ? v.toks.slice(prev[1] + 1, a) : [];
    if (prev && a - prev[1] - 1 <= MERGE_GAP && gap.every((t) => t.kind === 'word')) prev[1] = b;
    else out.push([a, b]);
  }
  return out;
}

function subjectOf(v: TokenView, a: number, b: number, from: number, last: number): Span | null {
  const agent = passiveAgent(v, a, b, last);
  if (agent !== undefined) return agent;
  // "…, highlighting the unity": a bare gerund's subject is the clause's, not the word before it
  if (lowAt(v, a).endsWith('ing') && !BE.has(lowAt(v, a - 1))) return sentenceSubject(v, from, a);
  if (a > from) {
    const back = sourceBefore(v, a, from);
    if (back && plausible(v, back)) return back;
    if (lowAt(v, a - 1) === ',') {
      const fwd = readSourceForward(v, b + 1, last);
      if (fwd) return fwd;
    }
  }
  return sentenceSubject(v, from, a);
}

function contentOf(v: TokenView, a: number, b: number, from: number, last: number, source: Span): Span | null {
  let c = b + 1;
  if (CLAUSE_OPENERS.has(lowAt(v, c))) c++;
  if (c <= last && source.start < v.toks[c].start) {
    const after = trimEnd(v.text, { start: v.toks[c].start, end: v.toks[last].end });
    if (wordCount(v.text.slice(after.start, after.end)) >= 1) return after;
  }
  const end = Math.min(a, tokenAt(v, source.start)) - 1;
  if (end < from) return null;
  const before = trimEnd(v.text, { start: v.toks[from].start, end: v.toks[end].end });
  return wordCount(v.text.slice(before.start, before.end)) >= MIN_CONTENT_WORDS ? before : null;
}
