import { measureText, type TextMeasure } from './stats.ts';
import { scanHtml, VOID, type AttributePolicy, type ScanSink } from './scan.ts';

/**
 * A light DOM built in one pass by our own scanner (scan.ts): elements with lower-case tag names,
 * the attributes the extractor reads, and children; text as plain strings. No selectors, no live
 * collections: just what the extractor walks. Nesting deeper than MAX_DEPTH is flattened into the
 * element at that depth, so later walks never recurse without bound.
 *
 * The tree is the one the earlier htmlparser2-based builder made (identical on the 84 benchmark
 * pages and the fixtures, and on 40,000 generated tag soups) except for two of its quirks: a
 * `<head>` opened inside the body no longer stays open (closing elements around it), and the
 * text of a second `<title>` is no longer page text.
 */
export interface El {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  readonly parent: El | null;
  /** Position in document order (the page's `elements`): an element's descendants have higher ids. */
  readonly id: number;
  /** Collapsed length and commas of the element's own text children (not its descendants'), measured as the text was read. */
  ownText: number;
  ownCommas: number;
}
export type Node = El | string;

/** Real pages nest under 60 levels; 250 leaves room and bounds recursion far below the stack limit. */
export const MAX_DEPTH = 250;

/** Elements whose content is never text of the page (script, style and textarea are raw text, read by the scanner). */
const SKIP_CONTENT = new Set(['noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'button']);
/** Void elements that stay in the tree: they separate words and blocks. */
const KEPT_VOID = new Set(['img', 'br', 'hr']);
/**
 * Attributes read anywhere in the extractor (class/id/role/itemprop cues, hidden markers, `<time>`,
 * `<html lang>`, the JSON-LD script type); `<meta>` and `<link>` keep all theirs.
 */
const recordOfKept = (): Record<string, string> =>
  ({
    class: undefined, id: undefined, role: undefined, itemprop: undefined, style: undefined, hidden: undefined, 'aria-hidden': undefined,
    datetime: undefined, pubdate: undefined, type: undefined, lang: undefined,
  }) as unknown as Record<string, string>;
const ATTRIBUTES: AttributePolicy = {
  kept: new Set(Object.keys(recordOfKept())),
  record: recordOfKept,
  empty: recordOfKept(),
  keepAll: new Set(['meta', 'link']),
};
/** Attributes of elements without any kept attribute, and of those the builder adds itself (`</br>`, a stray `</p>`). */
const NONE = ATTRIBUTES.empty;

/** An opening tag closes these open elements first (the HTML parsing rules htmlparser2 applies). */
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])], ['li', new Set(['li'])],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, ReadonlySet<string>] => [t, FORM]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption',
    'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, ReadonlySet<string>] => [t, P]),
]);

export interface ParsedPage {
  readonly root: El;
  /** Every element of the tree in document order, `elements[el.id] === el`. */
  readonly elements: readonly El[];
  /** Text of each `<script type="application/ld+json">`. */
  readonly jsonLd: readonly string[];
  /** `<title>` text. */
  readonly title: string | null;
  /** Every `<meta>` and `<link>` element's attributes, in order. */
  readonly metas: readonly Readonly<Record<string, string>>[];
  readonly links: readonly Readonly<Record<string, string>>[];
  /** `<html lang>`. */
  readonly lang: string | null;
  /** `datetime` of each `<time>` element, with whether it is marked as the publication time. */
  readonly times: readonly { readonly datetime: string; readonly published: boolean }[];
  /** The first `<h1>` element. */
  readonly h1: El | null;
}

export function parseHtml(html: string): ParsedPage {
  const b = new TreeBuilder();
  scanHtml(html, b, ATTRIBUTES);
  return { root: b.root, elements: b.elements, jsonLd: b.jsonLd, title: b.title.trim() || null, metas: b.metas, links: b.links, lang: b.lang, times: b.times, h1: b.h1 };
}

class TreeBuilder implements ScanSink {
  readonly root: El = { tag: '#root', attrs: NONE, children: [], parent: null, id: 0, ownText: 0, ownCommas: 0 };
  readonly elements: El[] = [this.root];
  readonly jsonLd: string[] = [];
  readonly metas: Record<string, string>[] = [];
  readonly links: Record<string, string>[] = [];
  readonly times: { datetime: string; published: boolean }[] = [];
  title = '';
  lang: string | null = null;
  h1: El | null = null;
  private cur: El = this.root;
  private depth = 0;
  private readonly measure: TextMeasure = { text: 0, commas: 0, space: true };
  private measuredIn: El | null = null;
  private measuredAt = -1;
  /** Names of open elements not materialised because MAX_DEPTH was reached, innermost last. */
  private readonly overflow: string[] = [];

  open(name: string, attrs: Record<string, string>, selfClosing: boolean): boolean {
    const implied = IMPLIES_CLOSE.get(name);
    if (implied) while (implied.has(this.top())) this.popTop();
    if (SKIP_CONTENT.has(name)) return true;
    if (name === 'meta') this.metas.push(attrs);
    else if (name === 'link') this.links.push(attrs);
    else if (name === 'html' && attrs.lang && !this.lang) this.lang = attrs.lang;
    if (name === 'head' || VOID.has(name)) {
      if (KEPT_VOID.has(name)) this.child(name, attrs);
      return false;
    }
    if (this.depth >= MAX_DEPTH) {
      if (!selfClosing) this.overflow.push(name);
      return false;
    }
    const el = this.child(name, attrs);
    if (name === 'time' && attrs.datetime) {
      const cue = `${attrs.itemprop ?? ''} ${attrs.class ?? ''} ${attrs.pubdate !== undefined ? 'pubdate' : ''}`;
      this.times.push({ datetime: attrs.datetime, published: /publish|pubdate|posted|created/i.test(cue) });
    } else if (name === 'h1' && !this.h1) this.h1 = el;
    if (!selfClosing) {
      this.cur = el;
      this.depth++;
    }
    return false;
  }

  close(name: string): void {
    if (VOID.has(name)) {
      if (name === 'br') this.child('br', NONE);
      return;
    }
    if (name === 'head') return;
    const at = this.overflow.lastIndexOf(name);
    if (at >= 0) {
      this.overflow.length = at;
      return;
    }
    let levels = 1;
    for (let el = this.cur; el.parent; el = el.parent, levels++) {
      if (el.tag !== name) continue;
      this.overflow.length = 0;
      this.cur = el.parent;
      this.depth -= levels;
      return;
    }
    // A stray </p> stands for an empty paragraph (it still breaks the text).
    if (name === 'p' && this.depth < MAX_DEPTH) this.child('p', NONE);
  }

  text(text: string, src: string, from: number): void {
    const cur = this.cur;
    const ch = cur.children;
    const last = ch.length - 1;
    const m = this.measure;
    if (last >= 0 && typeof ch[last] === 'string') {
      ch[last] += text;
      // The text node goes on: carry the white-space state only if it was measured last.
      if (this.measuredIn !== cur || this.measuredAt !== last) m.space = true;
    } else {
      ch.push(text);
      m.space = true;
    }
    m.text = 0;
    m.commas = 0;
    measureText(src, from, from + text.length, m);
    cur.ownText += m.text;
    cur.ownCommas += m.commas;
    this.measuredIn = cur;
    this.measuredAt = ch.length - 1;
  }

  raw(name: string, attrs: Readonly<Record<string, string>>, content: string): void {
    if (name === 'script') {
      if (attrs.type && /ld\+json/i.test(attrs.type)) this.jsonLd.push(content);
    } else if (name === 'title') {
      if (!this.title) this.title = content;
    } else if (name === 'xmp') {
      this.open(name, ATTRIBUTES.record(), false);
      this.text(content, content, 0);
      this.close(name);
    }
  }

  isOpen(name: string): boolean {
    if (this.overflow.includes(name)) return true;
    for (let el = this.cur; el.parent; el = el.parent) if (el.tag === name) return true;
    return false;
  }

  /** A new last child of the current element. */
  private child(tag: string, attrs: Readonly<Record<string, string>>): El {
    const el: El = { tag, attrs, children: [], parent: this.cur, id: this.elements.length, ownText: 0, ownCommas: 0 };
    this.elements.push(el);
    this.cur.children.push(el);
    return el;
  }

  impliesClose(name: string, open: string): boolean {
    return IMPLIES_CLOSE.get(name)?.has(open) ?? false;
  }

  /** The innermost open element's name. */
  private top(): string {
    return this.overflow.length ? this.overflow[this.overflow.length - 1] : this.cur.tag;
  }

  private popTop(): void {
    if (this.overflow.length) this.overflow.pop();
    else if (this.cur.parent) {
      this.cur = this.cur.parent;
      this.depth--;
    }
  }
}
