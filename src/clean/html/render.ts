import type { El, Node } from './tree.ts';
import { normaliseSpace } from '../text/features.ts';

/**
 * Renders a light tree to text blocks: one string per block-level element run, in document order,
 * the way a browser's "copy all text" would lay it out. Used for text-mode evaluation (pages
 * rendered to plain text) and as the input of the block classifier.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', '#root', 'caption', 'legend', 'option', 'picture', 'video', 'audio',
]);

export function isHidden(el: El): boolean {
  const a = el.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** All text of the page as lines (one per block), skipping hidden elements. */
export function renderLines(root: El): string[] {
  const out: string[] = [];
  let buf = '';
  const flush = (): void => {
    const t = normaliseSpace(buf);
    if (t) out.push(t);
    buf = '';
  };
  const walk = (n: Node): void => {
    if (typeof n === 'string') {
      buf += n;
      return;
    }
    if (isHidden(n)) return;
    const block = BLOCK_TAGS.has(n.tag);
    if (block) flush();
    for (const c of n.children) walk(c);
    if (block) flush();
    else if (n.tag === 'img') buf += ' ';
  };
  walk(root);
  flush();
  return out;
}

/** The text content of an element, whitespace-normalised, with spaces between blocks; stops collecting after about `max` characters. */
export function textOf(el: Node, max = Infinity): string {
  const parts: string[] = [];
  let size = 0;
  const walk = (n: Node): void => {
    if (size > max) return;
    if (typeof n === 'string') {
      parts.push(n);
      size += n.length;
      return;
    }
    if (isHidden(n)) return;
    const block = BLOCK_TAGS.has(n.tag);
    if (block) parts.push(' ');
    for (const c of n.children) walk(c);
    if (block) parts.push(' ');
  };
  walk(el);
  const t = normaliseSpace(parts.join(''));
  return t.length > max ? t.slice(0, max) : t;
}
