import type { El, Node } from './tree.ts';
import { isHidden } from './render.ts';

/**
 * Per-element text statistics, computed bottom-up in one pass without recursion: text length
 * (whitespace collapsed), text inside links, commas, paragraph text, and whether the element holds
 * block-level children.
 */
export interface Stats {
  text: number;
  link: number;
  commas: number;
  /** Text inside <p>/<pre>/<blockquote> descendants (paragraph text). */
  ptext: number;
  hasBlock: boolean;
  hidden: boolean;
}

const PARA_TAGS = new Set(['p', 'pre', 'blockquote']);
export const BLOCKISH = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'table', 'tr', 'td', 'th', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'blockquote', 'pre', 'figure', 'header', 'footer', 'nav', 'aside', 'form', 'dl', 'dt', 'dd', 'hr', 'br', 'center', 'figcaption', 'address',
]);

/** A running measure of text: collapsed length, commas, and whether the last character was white space. */
export interface TextMeasure {
  text: number;
  commas: number;
  space: boolean;
}

/**
 * Adds `src[from, to)` to `m` in one pass: each run of white space counts one character, a run at
 * the start of a text node (m.space true) none. Called by the tree builder on the page source
 * itself, so the loop always sees the same kind of string (slices and joined strings make
 * charCodeAt several times slower).
 */
export function measureText(src: string, from: number, to: number, m: TextMeasure): void {
  let n = 0;
  let commas = 0;
  let space = m.space;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c <= 32 || c === 160) {
      if (!space) n++;
      space = true;
      continue;
    }
    n++;
    space = false;
    if (c === 44 || c === 0xff0c || c === 0x060c || c === 0x3001) commas++;
  }
  m.text += n;
  m.commas += commas;
  m.space = space;
}

/** Stats of every element, indexed by element id. */
export type StatsTable = readonly Stats[];

/**
 * Stats of every element, bottom-up in one pass: `elements` is in document order (ids ascending),
 * so walked backwards every element comes after all of its descendants.
 */
export function computeStats(elements: readonly El[]): StatsTable {
  const stats = new Array<Stats>(elements.length);
  for (let k = elements.length - 1; k >= 0; k--) {
    const el = elements[k];
    const a = el.attrs;
    const s: Stats = { text: el.ownText, link: 0, commas: el.ownCommas, ptext: 0, hasBlock: false, hidden: (a.style !== undefined || a.hidden !== undefined || a['aria-hidden'] !== undefined) && isHidden(el) };
    for (const c of el.children as readonly Node[]) {
      if (typeof c === 'string') continue;
      const cs = stats[c.id];
      if (cs.hidden) continue;
      s.text += cs.text;
      s.link += c.tag === 'a' ? cs.text : cs.link;
      s.commas += cs.commas;
      s.ptext += PARA_TAGS.has(c.tag) ? cs.text : cs.ptext;
      if (BLOCKISH.has(c.tag)) s.hasBlock = true;
    }
    stats[k] = s;
  }
  return stats;
}

export function linkDensity(s: Stats): number {
  return s.text === 0 ? 0 : s.link / s.text;
}
