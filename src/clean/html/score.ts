import { CLASS_WEIGHT, CONTAINER_BASE } from './cues.data.ts';
import { classAndId, classVerdict, isPositive } from './prune.ts';
import { linkDensity, type StatsTable } from './stats.ts';
import type { El } from './tree.ts';

/**
 * Readability-style content scoring over the pruned tree: every paragraph-like element gives
 * points (1 + commas + one per 100 characters, up to 3) to its ancestors, decaying with distance;
 * containers start from a tag and class bonus; the winner's score is discounted by its link density.
 */
/** Paragraphs shorter than this (characters) give no points: captions, labels, buttons (Readability: 25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Ancestor levels that receive points (Readability: 5). */
const ANCESTOR_LEVELS = 5;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LEAF_CONTAINERS = new Set(['div', 'span', 'section', 'article', 'li', 'font', 'center', 'main', 'dd']);

export interface Scored {
  readonly scores: Map<El, number>;
  readonly top: El | null;
}

export function classWeight(el: El): number {
  const ci = classAndId(el);
  if (!ci) return 0;
  let w = 0;
  if (isPositive(el, ci)) w += CLASS_WEIGHT;
  if (classVerdict(ci).negative) w -= CLASS_WEIGHT;
  return w;
}

export function scoreTree(root: El, stats: StatsTable, pruned: ReadonlySet<El>): Scored {
  const scores = new Map<El, number>();
  const init = (el: El): void => {
    if (!scores.has(el)) scores.set(el, (CONTAINER_BASE[el.tag] ?? 0) + classWeight(el));
  };
  const stack: El[] = [root];
  while (stack.length) {
    const el = stack.pop() as El;
    const s = stats[el.id];
    const isPara = PARAGRAPH_TAGS.has(el.tag) || (LEAF_CONTAINERS.has(el.tag) && !s.hasBlock);
    if (isPara && s.text >= MIN_PARAGRAPH_CHARS && !(el.tag === 'td' && s.hasBlock)) {
      const points = (1 + s.commas + Math.min(Math.floor(s.text / 100), 3)) * (1 - linkDensity(s));
      let anc = el.parent;
      for (let level = 0; anc && level < ANCESTOR_LEVELS; level++, anc = anc.parent) {
        if (anc.tag === '#root' || anc.tag === 'html') break;
        init(anc);
        const div = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        scores.set(anc, (scores.get(anc) as number) + points / div);
      }
      if (!s.hasBlock) continue; // a leaf paragraph: nothing below it scores
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string' && !pruned.has(c)) stack.push(c);
    }
  }
  let top: El | null = null;
  let best = -Infinity;
  for (const [el, sc] of scores) {
    const final = sc * (1 - linkDensity(stats[el.id]));
    scores.set(el, final);
    if (final > best) {
      best = final;
      top = el;
    }
  }
  return { scores, top };
}

/** Readability's climb: a parent that scores higher than the best child (and at least a third of it) wins. */
export function climb(top: El, scores: ReadonlyMap<El, number>): El {
  let cur = top;
  // An only child stands for its parent.
  while (cur.parent && cur.parent.tag !== 'body' && cur.parent.tag !== '#root' && cur.parent.children.filter((c) => typeof c !== 'string').length === 1) {
    cur = cur.parent;
  }
  let last = scores.get(top) ?? 0;
  const threshold = last / 3;
  for (let p = cur.parent; p && p.tag !== 'body' && p.tag !== '#root' && p.tag !== 'html'; p = p.parent) {
    const ps = scores.get(p);
    if (ps === undefined) continue;
    if (ps < threshold) break;
    if (ps > last) return p;
    last = ps;
  }
  return cur;
}
