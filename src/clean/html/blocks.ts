import type { Block, BlockKind } from '../types.ts';
import { normaliseSpace } from '../text/features.ts';
import type { El, Node } from './tree.ts';
import { isHidden } from './render.ts';

/**
 * Turns the chosen subtrees into blocks in reading order: headings, list items and paragraphs
 * (a `<p>`, or a run of inline text in a `<div>` between block elements or `<br>`s). Each block
 * carries the share of its text inside links, for the block filter.
 */
export interface RawBlock extends Block {
  readonly linkChars: number;
  readonly tag: string;
}

const HEADING = /^h[1-6]$/;
const BREAKING = new Set([
  'p', 'div', 'section', 'article', 'main', 'ul', 'ol', 'li', 'table', 'tr', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'pre', 'figure', 'header', 'footer', 'nav', 'aside', 'form', 'dl', 'dt', 'dd', 'center', 'figcaption', 'address',
  'caption', 'details', 'summary', 'hr', 'br', 'hgroup', 'fieldset', 'iframe',
]);

export function emitBlocks(roots: readonly El[], skip: ReadonlySet<El>): RawBlock[] {
  const out: RawBlock[] = [];
  let buf: string[] = [];
  let linkChars = 0;
  let kind: BlockKind = 'paragraph';
  let tag = 'p';
  let inLink = 0;
  const flush = (): void => {
    if (buf.length === 0) return;
    const text = normaliseSpace(buf.join(''));
    if (text) out.push({ kind, text, linkChars, tag });
    buf = [];
    linkChars = 0;
  };
  const kinds: [BlockKind, string][] = [];
  const walk = (n: Node): void => {
    if (typeof n === 'string') {
      buf.push(n);
      if (inLink > 0) linkChars += n.length;
      return;
    }
    if (skip.has(n) || isHidden(n)) {
      if (BREAKING.has(n.tag)) flush();
      else buf.push(' ');
      return;
    }
    if (n.tag === 'br' || n.tag === 'hr') {
      flush();
      return;
    }
    if (n.tag === 'img') {
      buf.push(' ');
      return;
    }
    const breaking = BREAKING.has(n.tag);
    if (breaking) {
      flush();
      kinds.push([kind, tag]);
      kind = HEADING.test(n.tag) ? 'heading' : n.tag === 'li' || n.tag === 'dt' || n.tag === 'dd' ? 'list-item' : 'paragraph';
      tag = n.tag;
    }
    if (n.tag === 'a') inLink++;
    for (const c of n.children) walk(c);
    if (n.tag === 'a') inLink--;
    else if (n.tag === 'td' || n.tag === 'th') buf.push(' ');
    if (breaking) {
      flush();
      [kind, tag] = kinds.pop() as [BlockKind, string];
    }
  };
  for (const r of roots) {
    walk(r);
    flush();
  }
  return out;
}
