import type { Removal } from '../../core/article.ts';
import type { Block } from '../types.ts';
import { matchCue } from '../text/classify.ts';
import { BYLINE_RE } from '../text/cues.data.ts';
import { bylineAuthors, isPersonName } from '../meta/people.ts';
import { parseDateLine, type DateLine } from '../meta/dateline.ts';
import { isTitleRepeat } from '../text/title.ts';
import { isCaptionWithCredit, isCreditLine } from '../text/captions.ts';
import { isAllCaps, wordCount } from '../text/features.ts';
import { emitBlocks, type RawBlock } from './blocks.ts';
import { pruneReason } from './prune.ts';
import { textOf } from './render.ts';
import { climb, scoreTree } from './score.ts';
import { computeStats, linkDensity, type StatsTable } from './stats.ts';
import type { El, ParsedPage } from './tree.ts';

/**
 * The main-content extractor: prune furniture by DOM cues, score containers, take the best one with
 * its qualifying siblings, emit blocks, then filter blocks one by one (link density, cue phrases,
 * captions, the end of the article).
 */
export interface DomExtraction {
  readonly blocks: readonly Block[];
  readonly removed: readonly Removal[];
  /** Date lines found above the article ("Posted June 3, 2021"), taken out of the text. */
  readonly dateLines: readonly DateLine[];
  /** Authors named in a byline on the page ("By Maria Lindqvist"), for when metadata names none. */
  readonly bylineAuthors: readonly string[];
}

/** Sibling threshold: a sibling container joins when it scores this share of the winner (Readability: 0.2), and at least SIBLING_MIN. */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN = 10;
/** A block whose text is more than this share links is a link list, unless long (Readability: 0.25 for siblings; 0.5 for blocks here, calibrated on the visible pages). */
const BLOCK_LINK_DENSITY = 0.5;
/** Removed text kept per removal, characters; enough to recognise it in `dossier show`. */
const REMOVED_TEXT_CHARS = 400;

export function extractMain(page: ParsedPage, title: string | null, deadline: () => void): DomExtraction {
  const stats = computeStats(page.elements);
  deadline();
  const body = findBody(page.root);
  const pageP = stats[body.id].ptext;
  const removed: Removal[] = [];
  const pruned = new Set<El>();
  const stack: El[] = [body];
  while (stack.length) {
    const el = stack.pop() as El;
    const s = stats[el.id];
    const why = el === body ? null : pruneReason(el, s, pageP);
    if (why) {
      pruned.add(el);
      if (s.text > 0 && !s.hidden) removed.push({ text: textOf(el, REMOVED_TEXT_CHARS), reason: why.reason, rule: why.rule });
      continue;
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
  deadline();
  const { scores, top } = scoreTree(body, stats, pruned);
  if (!top) return { blocks: [], removed, dateLines: [], bylineAuthors: [] };
  const winner = climb(top, scores);
  const roots = withSiblings(winner, scores, stats);
  deadline();
  const raw = emitBlocks(roots, pruned);
  const result = filterBlocks(raw, title, removed);
  // Bylines: a removed byline element or byline block ("By …", or a bare name in a byline box).
  const authors: string[] = [];
  for (const r of removed) {
    if (r.reason !== 'byline' || authors.length) continue;
    const names = bylineAuthors(r.text);
    if (names.length) authors.push(...names);
    else if (r.rule.startsWith('dom:class-') && isPersonName(r.text.replace(/^by\s+/i, ''))) authors.push(r.text.replace(/^by\s+/i, ''));
  }
  return { ...result, bylineAuthors: authors };
}

function findBody(root: El): El {
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop() as El;
    if (el.tag === 'body') return el;
    for (const c of el.children) if (typeof c !== 'string' && (c.tag === 'html' || c.tag === 'body')) stack.push(c);
  }
  return root;
}

function withSiblings(winner: El, scores: ReadonlyMap<El, number>, stats: StatsTable): El[] {
  const parent = winner.parent;
  if (!parent) return [winner];
  const topScore = scores.get(winner) ?? 0;
  const threshold = Math.max(SIBLING_MIN, topScore * SIBLING_SHARE);
  const out: El[] = [];
  for (const c of parent.children) {
    if (typeof c === 'string') continue;
    if (c === winner) {
      out.push(c);
      continue;
    }
    const s = stats[c.id];
    const bonus = winner.attrs.class && c.attrs.class === winner.attrs.class ? topScore * SIBLING_SHARE : 0;
    if ((scores.get(c) ?? -Infinity) + bonus >= threshold) out.push(c);
    else if (c.tag === 'p' || (!s.hasBlock && c.tag !== 'a')) {
      const ld = linkDensity(s);
      const text = s.text;
      if (text > 80 && ld < 0.25) out.push(c);
      else if (text > 0 && text <= 80 && ld === 0 && /[.!?]["”']?\s*$/.test(textOf(c))) out.push(c);
    }
  }
  return out;
}

/** Words of a low-link prose paragraph that anchors link-heavy blocks around it as article content. */
const ANCHOR_WORDS = 15;

function isAnchor(b: RawBlock): boolean {
  return b.linkChars / Math.max(1, b.text.length) < 0.3 && wordCount(b.text) >= ANCHOR_WORDS;
}

function filterBlocks(raw: readonly RawBlock[], title: string | null, removed: Removal[]): DomExtraction {
  // A link-heavy block between two prose paragraphs belongs to the article (a product link, a
  // source URL); at the edges of the content it is a link list (related stories, tags).
  const lastAnchor = raw.findLastIndex(isAnchor);
  const firstAnchor = raw.findIndex(isAnchor);
  const blocks: Block[] = [];
  const dateLines: DateLine[] = [];
  let paragraphs = 0;
  let ended = false;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    const n = wordCount(b.text);
    const drop = (reason: Removal['reason'], rule: string): void => {
      removed.push({ text: b.text.slice(0, REMOVED_TEXT_CHARS), reason, rule });
    };
    if (ended) {
      drop('other-stories', 'dom:after-end');
      continue;
    }
    const cue = matchCue(b.text, n);
    if (cue) {
      drop(cue.reason, `dom:${cue.id}`);
      if (cue.ends && paragraphs > 0) ended = true;
      continue;
    }
    if (title && paragraphs === 0 && isTitleRepeat(b.text, title)) {
      drop('title-repeat', 'dom:title');
      continue;
    }
    if (paragraphs === 0 && n <= 20 && BYLINE_RE.test(b.text)) {
      drop('byline', 'dom:byline');
      continue;
    }
    const dl = paragraphs === 0 ? parseDateLine(b.text) : null;
    if (dl) {
      dateLines.push(dl);
      drop('byline', 'dom:date-line');
      continue;
    }
    // Inside the article, a link block written in capitals is a promoted headline ("CLICK HERE TO …").
    const inside = i > firstAnchor && i < lastAnchor && !isAllCaps(b.text);
    if (b.linkChars / Math.max(1, b.text.length) > BLOCK_LINK_DENSITY && n < 40 && !inside && !(n >= 8 && /[.!?]["”']?$/.test(b.text))) {
      drop('related-links', 'dom:link-density');
      continue;
    }
    if (isCaptionWithCredit(b.text)) {
      drop('caption', 'dom:caption-credit');
      continue;
    }
    if (isCreditLine(b.text, n)) {
      drop('photo-credit', 'dom:credit');
      continue;
    }
    if (b.kind === 'paragraph' && n >= 8) paragraphs++;
    blocks.push({ kind: b.kind, text: b.text });
  }
  // Headings left at the end introduce nothing ("Related", "More on this").
  while (blocks.length && blocks[blocks.length - 1].kind === 'heading') {
    const h = blocks.pop() as Block;
    removed.push({ text: h.text, reason: 'boilerplate', rule: 'dom:trailing-heading' });
  }
  return { blocks, removed, dateLines, bylineAuthors: [] };
}
