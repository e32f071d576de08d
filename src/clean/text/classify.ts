import type { MetadataHints, Removal, RemovalReason } from '../../core/article.ts';
import type { Block, BlockKind } from '../types.ts';
import { bylineAuthors, isPersonName } from '../meta/people.ts';
import { outletFromLines } from '../meta/outlet-text.ts';
import { captionStatement, isCaptionWithCredit, isCreditLine } from './captions.ts';
import { BYLINE_RE, LINE_CUES, type LineCue } from './cues.data.ts';
import { endsWithPeriod, squash, words } from './features.ts';
import { splitLines } from './lines.ts';
import { mainRegion } from './region.ts';
import { parseDateLine, type DateLine } from '../meta/dateline.ts';

/**
 * Text mode: decides, line by line, what of a scraped page is article. Lines are first matched
 * against cue phrases and caption shapes; then the page is cut into a header (before the first
 * prose line: masthead, title, byline, deck), a body, and a tail (after a cue that ends articles,
 * e.g. "Latest News from …", "Leave a Reply").
 */
type Verdict =
  | { readonly kind: 'pending' }
  | { readonly kind: 'keep'; readonly block: BlockKind }
  | { readonly kind: 'drop'; readonly reason: RemovalReason; readonly rule: string; readonly ends?: boolean }
  | { readonly kind: 'title' }
  | { readonly kind: 'caption'; readonly text: string; readonly removed: readonly string[] };

export interface TextExtraction {
  readonly blocks: readonly Block[];
  readonly removed: readonly Removal[];
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly outlet: { readonly name: string; readonly how: string } | null;
  /** Date lines above the article ("Published 18 June 2024"), taken out of the text. */
  readonly dateLines: readonly DateLine[];
}

/** A prose line: at least this many words and sentence-final punctuation. Article sentences in the seeds have 12+ words; boilerplate sentences ("Get all your news in one place.") fewer. */
const PROSE_MIN_WORDS = 10;
/** Headlines have 4–30 words in the seeds and the visible pages. */
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 30;
/** Body lines this short without a full stop are section headings ("NEEDED FOOD", "A Historic Visit"). */
const HEADING_MAX_WORDS = 14;
/** The headline is among the lines just above the main region: at most this many (a masthead, byline, caption and deck take under 12). */
const TITLE_WINDOW = 12;
/** Repeated lines up to this length are page furniture (logos, "Also read", "Sign in"). */
const REPEAT_MAX_WORDS = 6;
/** A caption line before a credit line is at most this long. */
const CAPTION_MAX_WORDS = 25;

export function extractFromText(body: string, hints: MetadataHints): TextExtraction {
  const lines = splitLines(body);
  const ws = lines.map((l) => words(l));
  const verdicts: Verdict[] = lines.map((l, i) => firstVerdict(l, ws[i].length));
  markCaptionsBeforeCredits(lines, ws, verdicts);
  markRepeats(lines, ws, verdicts);
  markBreadcrumbs(lines, ws, verdicts);

  const region = mainRegion(lines.map((l, i) => ({ text: l, words: ws[i].length, prose: verdicts[i].kind === 'pending' && isProse(l, ws[i].length), junk: verdicts[i].kind === 'drop', ends: isEnd(verdicts[i]) })));
  const headerEnd = region ? region.start : lines.length;
  if (region) {
    for (let i = region.end + 1; i < lines.length; i++) {
      if (verdicts[i].kind === 'pending') verdicts[i] = { kind: 'drop', reason: 'boilerplate', rule: 'line:after-main' };
    }
  }

  const titleIndex = findTitle(lines, ws, verdicts, headerEnd, hints.title);
  if (titleIndex >= 0) verdicts[titleIndex] = { kind: 'title' };
  const titleKey = hints.title ? squash(hints.title) : titleIndex >= 0 ? squash(lines[titleIndex]) : null;
  if (titleKey) {
    lines.forEach((l, i) => {
      if (i !== titleIndex && verdicts[i].kind === 'pending' && squash(l) === titleKey) {
        verdicts[i] = { kind: 'drop', reason: 'title-repeat', rule: 'line:title-repeat' };
      }
    });
  }

  const authors: string[] = [];
  const dateLines: DateLine[] = [];
  decideHeader(lines, ws, verdicts, headerEnd, titleIndex, authors, dateLines);
  decideBody(lines, ws, verdicts, headerEnd);
  if (region) keepCaptionStatements(lines, verdicts, region.start, region.end);

  const blocks: Block[] = [];
  const removed: Removal[] = [];
  verdicts.forEach((v, i) => {
    switch (v.kind) {
      case 'keep':
        blocks.push({ kind: v.block, text: lines[i] });
        break;
      case 'drop':
        removed.push({ text: lines[i], reason: v.reason, rule: v.rule });
        break;
      case 'title':
        removed.push({ text: lines[i], reason: 'title-repeat', rule: 'line:title' });
        break;
      case 'pending':
        blocks.push({ kind: 'paragraph', text: lines[i] });
        break;
      case 'caption':
        blocks.push({ kind: 'paragraph', text: v.text });
        for (const text of v.removed) removed.push({ text, reason: /^\[/.test(text) ? 'markup' : 'photo-credit', rule: 'line:caption-credit-trimmed' });
        break;
    }
  });
  const masthead = lines.slice(0, headerEnd);
  const outlet = outletFromLines(lines, masthead);
  return {
    blocks,
    removed,
    title: titleIndex >= 0 ? lines[titleIndex] : null,
    authors: dedupe(authors),
    outlet,
    dateLines,
  };
}

function isEnd(v: Verdict): boolean {
  return v.kind === 'drop' && v.ends === true;
}

function firstVerdict(line: string, wordCount: number): Verdict {
  const cue = matchCue(line, wordCount);
  if (cue) return { kind: 'drop', reason: cue.reason, rule: `line:${cue.id}`, ends: cue.ends };
  if (isCaptionWithCredit(line)) return { kind: 'drop', reason: 'caption', rule: 'line:caption-credit' };
  if (isCreditLine(line)) return { kind: 'drop', reason: 'photo-credit', rule: 'line:credit' };
  if (BYLINE_RE.test(line) && wordCount <= 20) return { kind: 'drop', reason: 'byline', rule: 'line:byline' };
  return { kind: 'pending' };
}

export function matchCue(line: string, wordCount: number): LineCue | null {
  for (const cue of LINE_CUES) if (wordCount <= cue.maxWords && cue.re.test(line)) return cue;
  return null;
}

function isProse(line: string, wordCount: number): boolean {
  return wordCount >= PROSE_MIN_WORDS && /[.!?…]["'”’)\]]*$|["”]$/.test(line);
}

function isHeadlineLike(line: string, wordCount: number): boolean {
  return (
    wordCount >= HEADLINE_MIN_WORDS &&
    wordCount <= HEADLINE_MAX_WORDS &&
    !endsWithPeriod(line) &&
    /^["'“‘(]?[\p{Lu}\p{N}]/u.test(line) &&
    !BYLINE_RE.test(line)
  );
}

/** A short caption line directly before a credit line belongs to the same picture. */
function markCaptionsBeforeCredits(lines: readonly string[], ws: readonly string[][], v: Verdict[]): void {
  for (let i = 1; i < lines.length; i++) {
    const cur = v[i];
    if (cur.kind !== 'drop' || cur.rule !== 'line:credit') continue;
    const p = i - 1;
    if (v[p].kind === 'pending' && ws[p].length <= CAPTION_MAX_WORDS && !endsWithPeriod(lines[p])) {
      v[p] = { kind: 'drop', reason: 'caption', rule: 'line:caption-before-credit' };
    }
  }
}

function markRepeats(lines: readonly string[], ws: readonly string[][], v: Verdict[]): void {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(squash(l), (counts.get(squash(l)) ?? 0) + 1);
  lines.forEach((l, i) => {
    if (v[i].kind === 'pending' && ws[i].length <= REPEAT_MAX_WORDS && (counts.get(squash(l)) ?? 0) > 1) {
      v[i] = { kind: 'drop', reason: 'boilerplate', rule: 'line:repeated' };
    }
  });
}

/** "Homepage War Kim Jong Un Backs …" followed by "Kim Jong Un Backs …": the first is a breadcrumb trail. */
function markBreadcrumbs(lines: readonly string[], ws: readonly string[][], v: Verdict[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (v[i].kind !== 'pending') continue;
    for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
      if (ws[j].length >= 3 && lines[i].length > lines[j].length && lines[i].endsWith(lines[j])) {
        v[i] = { kind: 'drop', reason: 'navigation', rule: 'line:breadcrumb' };
        break;
      }
    }
  }
}

function findTitle(lines: readonly string[], ws: readonly string[][], v: readonly Verdict[], headerEnd: number, hinted: string | undefined): number {
  if (hinted) {
    const key = squash(hinted);
    return lines.findIndex((l) => squash(l) === key);
  }
  for (let i = Math.max(0, headerEnd - TITLE_WINDOW); i < headerEnd; i++) {
    if (v[i].kind === 'pending' && isHeadlineLike(lines[i], ws[i].length)) return i;
  }
  return -1;
}

function decideHeader(lines: readonly string[], ws: readonly string[][], v: Verdict[], headerEnd: number, titleIndex: number, authors: string[], dateLines: DateLine[]): void {
  for (let i = 0; i < headerEnd; i++) {
    const cur = v[i];
    if (cur.kind === 'drop' && cur.reason === 'byline') authors.push(...bylineAuthors(lines[i]));
    if (cur.kind !== 'pending') continue;
    const dl = parseDateLine(lines[i]);
    if (dl) {
      dateLines.push(dl);
      v[i] = { kind: 'drop', reason: 'byline', rule: 'line:date-line' };
    } else if (isPersonName(lines[i])) {
      authors.push(lines[i]);
      v[i] = { kind: 'drop', reason: 'byline', rule: 'line:author-name' };
    } else if (i > titleIndex && titleIndex >= 0 && isHeadlineLike(lines[i], ws[i].length)) {
      v[i] = { kind: 'keep', block: 'heading' };
    } else if (i > titleIndex && titleIndex >= 0 && isProseFragment(lines[i], ws[i].length)) {
      v[i] = { kind: 'keep', block: 'paragraph' };
    } else {
      v[i] = { kind: 'drop', reason: 'navigation', rule: i < titleIndex ? 'line:masthead' : 'line:header' };
    }
  }
}

/** A standfirst that is shorter than a prose line but is still a sentence. */
function isProseFragment(line: string, wordCount: number): boolean {
  return wordCount >= 6 && endsWithPeriod(line);
}

function decideBody(lines: readonly string[], ws: readonly string[][], v: Verdict[], start: number): void {
  let ended = false;
  for (let i = start; i < lines.length; i++) {
    const cur = v[i];
    if (ended) {
      if (cur.kind !== 'drop') v[i] = { kind: 'drop', reason: 'other-stories', rule: 'line:after-end' };
      continue;
    }
    if (cur.kind === 'drop' && cur.ends) {
      ended = true;
      continue;
    }
    if (cur.kind !== 'pending') continue;
    const n = ws[i].length;
    if (/^([•●▪◦·*\-–]|\d{1,2}[.)])\s/.test(lines[i])) v[i] = { kind: 'keep', block: 'list-item' };
    else if (n <= HEADING_MAX_WORDS && !/[.!?…,;:]["'”’)\]]*$/.test(lines[i]) && /^["'“‘]?[\p{Lu}\p{N}]/u.test(lines[i])) {
      v[i] = { kind: 'keep', block: 'heading' };
    } else v[i] = { kind: 'keep', block: 'paragraph' };
  }
}

/** Captions inside the article keep their statement; the credit and CMS remnants go (see `captionStatement`). */
function keepCaptionStatements(lines: readonly string[], v: Verdict[], start: number, end: number): void {
  for (let i = start; i <= end && i < lines.length; i++) {
    const cur = v[i];
    if (cur.kind !== 'drop' || cur.reason !== 'caption' || cur.rule === 'line:caption-before-credit') continue;
    const statement = captionStatement(lines[i]);
    if (statement) v[i] = { kind: 'caption', ...statement };
  }
}

function dedupe(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
