import { Parser } from 'htmlparser2';

/**
 * A light DOM built straight from htmlparser2's callbacks: elements with lower-case tag names,
 * attributes and children, text as plain strings. No selectors, no live collections: just what
 * the extractor walks. Nesting deeper than MAX_DEPTH is flattened into the element at that depth,
 * so later walks never recurse without bound.
 */
export interface El {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: Node[];
  readonly parent: El | null;
}
export type Node = El | string;

/** Real pages nest under 60 levels; 250 leaves room and bounds recursion far below the stack limit. */
export const MAX_DEPTH = 250;

/** Elements whose content is never text of the page. */
const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'select', 'textarea', 'button']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

export interface ParsedPage {
  readonly root: El;
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
  const root: El = { tag: '#root', attrs: {}, children: [], parent: null };
  let cur: El = root;
  let depth = 0;
  let overflow = 0; // open tags not materialised because MAX_DEPTH was reached
  let skip = 0; // inside a SKIP_CONTENT element
  let skipTag = '';
  let inTitle = false;
  let title = '';
  let inJsonLd = false;
  let jsonLdBuf = '';
  const jsonLd: string[] = [];
  const metas: Record<string, string>[] = [];
  const links: Record<string, string>[] = [];
  let lang: string | null = null;
  const times: { datetime: string; published: boolean }[] = [];
  let h1: El | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skip > 0) {
          if (name === skipTag) skip++;
          return;
        }
        if (name === 'meta') metas.push(attrs);
        else if (name === 'link') links.push(attrs);
        else if (name === 'html' && attrs.lang && !lang) lang = attrs.lang;
        else if (name === 'title' && !title) inTitle = true;
        if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) {
          inJsonLd = true;
          jsonLdBuf = '';
        }
        if (SKIP_CONTENT.has(name)) {
          skip = 1;
          skipTag = name;
          return;
        }
        if (name === 'head' || name === 'title' || VOID.has(name)) {
          if (name === 'img' || name === 'br' || name === 'hr') cur.children.push({ tag: name, attrs, children: [], parent: cur });
          return;
        }
        if (depth >= MAX_DEPTH) {
          overflow++;
          return;
        }
        const el: El = { tag: name, attrs, children: [], parent: cur };
        if (name === 'time' && attrs.datetime) {
          const cue = `${attrs.itemprop ?? ''} ${attrs.class ?? ''} ${'pubdate' in attrs ? 'pubdate' : ''}`;
          times.push({ datetime: attrs.datetime, published: /publish|pubdate|posted|created/i.test(cue) });
        } else if (name === 'h1' && !h1) h1 = el;
        cur.children.push(el);
        cur = el;
        depth++;
      },
      ontext(text) {
        if (inJsonLd) jsonLdBuf += text;
        if (skip > 0) return;
        if (inTitle) {
          title += text;
          return;
        }
        const last = cur.children[cur.children.length - 1];
        if (typeof last === 'string') cur.children[cur.children.length - 1] = last + text;
        else cur.children.push(text);
      },
      onclosetag(name) {
        if (name === 'script' && inJsonLd) {
          inJsonLd = false;
          jsonLd.push(jsonLdBuf);
        }
        if (skip > 0) {
          if (name === skipTag) skip--;
          return;
        }
        if (name === 'title') inTitle = false;
        if (name === 'head' || VOID.has(name)) return;
        if (overflow > 0) {
          overflow--;
          return;
        }
        if (cur.tag === name && cur.parent) {
          cur = cur.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { root, jsonLd, title: title.trim() || null, metas, links, lang, times, h1 };
}
