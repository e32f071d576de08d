import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { DossierError } from '../core/errors.ts';
import { fail } from './errors.ts';

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed, reduced to what ingest needs. */
export interface Feed {
  readonly title: string | null;
  /** RSS `<language>` or Atom `xml:lang`, when given. */
  readonly language: string | null;
  /** The site's URL (RSS channel `<link>`, Atom alternate link, `xml:base`): resolves relative item links in a feed file. */
  readonly site: string | null;
  readonly items: readonly FeedItem[];
}

export interface FeedItem {
  readonly title: string | null;
  /** The item's link as written (may be relative). */
  readonly link: string | null;
  /** pubDate / published / dc:date, else updated. */
  readonly published: string | null;
  readonly authors: readonly string[];
  /** content:encoded, else <content>, else description/summary (HTML). */
  readonly content: string | null;
}

export type FeedResult = { readonly ok: true; readonly feed: Feed } | { readonly ok: false; readonly error: DossierError };

const ARRAYS = new Set(['item', 'entry', 'link', 'author', 'dc:creator', 'category']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

/** Parses feed XML; a malformed or unrecognised document is one E_FEED error naming `subject`. */
export function parseFeed(xml: string, subject: string): FeedResult {
  let text = xml.replace(/^\uFEFF/, '');
  let valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    // The commonest fault of real feeds: a bare "&" in a title or URL. Escape it and try again.
    const repaired = text.replace(/&(?!#\d+;|#x[0-9a-f]+;|[a-z][a-z0-9]*;)/gi, '&amp;');
    const second = XMLValidator.validate(repaired, { allowBooleanAttributes: true });
    if (second === true) {
      text = repaired;
      valid = true;
    }
  }
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    return { ok: false, error: feedError(subject, `is not well-formed XML (line ${line}, column ${col}: ${msg})`) };
  }
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (e) {
    return { ok: false, error: feedError(subject, `could not be parsed (${(e as Error).message})`, e) };
  }
  const rss = obj(doc.rss);
  const rdf = obj(doc['rdf:RDF']);
  const atom = obj(doc.feed);
  if (rss) {
    const channel = obj(rss.channel);
    if (!channel) return { ok: false, error: feedError(subject, 'is RSS without a <channel>') };
    const feed = { title: plain(channel.title), language: language(channel.language ?? channel['dc:language']), site: absolute(textOf(channel.link)) };
    return { ok: true, feed: { ...feed, items: list(channel.item).map(rssItem) } };
  }
  if (rdf) {
    const channel = obj(rdf.channel);
    const feed = { title: plain(channel?.title), language: language(channel?.['dc:language']), site: absolute(textOf(channel?.link)) };
    return { ok: true, feed: { ...feed, items: list(rdf.item).map(rssItem) } };
  }
  if (atom) {
    const site = absolute(textOf(atom['@_xml:base'])) ?? absolute(alternateHref(atom.link));
    const feed = { title: plain(atom.title), language: language(atom['@_xml:lang']), site };
    return { ok: true, feed: { ...feed, items: list(atom.entry).map(atomEntry) } };
  }
  return { ok: false, error: feedError(subject, 'is XML but not an RSS or Atom feed') };
}

function feedError(subject: string, message: string, cause?: unknown): DossierError {
  return fail('E_FEED', subject, message, 'Check that the URL or file is an RSS or Atom feed; validate it (e.g. with xmllint) or give the article URLs directly.', cause);
}

function rssItem(v: unknown): FeedItem {
  const item = obj(v) ?? {};
  const guid = obj(item.guid);
  const permalink = guid && guid['@_isPermaLink'] !== 'false' ? textOf(guid) : typeof item.guid === 'string' && /^https?:/.test(item.guid) ? item.guid : null;
  return {
    title: plain(item.title),
    link: textOf(item.link) ?? permalink,
    published: textOf(item.pubDate) ?? textOf(item['dc:date']) ?? textOf(item.published) ?? textOf(item.updated),
    authors: [...list(item.author), ...list(item['dc:creator'])].map(personName).filter((a): a is string => !!a),
    content: textOf(item['content:encoded']) ?? textOf(item.description),
  };
}

function atomEntry(v: unknown): FeedItem {
  const entry = obj(v) ?? {};
  return {
    title: plain(entry.title),
    link: alternateHref(entry.link),
    published: textOf(entry.published) ?? textOf(entry.issued) ?? textOf(entry.updated),
    authors: list(entry.author).map(personName).filter((a): a is string => !!a),
    content: textOf(entry.content) ?? textOf(entry.summary),
  };
}

/** The `href` of an Atom `<link rel="alternate">` (or of a link without `rel`, else the first). */
function alternateHref(v: unknown): string | null {
  const links = list(v).map(obj).filter((l): l is Record<string, unknown> => !!l);
  const alternate = links.find((l) => (l['@_rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return alternate ? textOf(alternate['@_href']) : null;
}

function absolute(v: string | null): string | null {
  return v && /^https?:\/\//i.test(v) ? v : null;
}

/** RSS `author` is often `mail@example.com (Name)`; Atom's is `<author><name>`. */
function personName(v: unknown): string | null {
  const o = obj(v);
  const raw = o && o.name !== undefined ? plain(o.name) : plain(v);
  if (!raw) return null;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(raw);
  return paren ? paren[1].trim() : raw;
}

/** Text fields (titles, names) may carry HTML entities or tags: decode and strip them. */
function plain(v: unknown): string | null {
  const t = textOf(v);
  if (!t || !/[&<]/.test(t)) return t;
  return DomUtils.textContent(parseDocument(t)).replace(/\s+/g, ' ').trim() || null;
}

function language(v: unknown): string | null {
  const t = textOf(v);
  return t && /^[a-z]{2,3}(?:[-_][a-z0-9]+)*$/i.test(t) ? t.toLowerCase().replace('_', '-') : null;
}

function obj(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function list(v: unknown): readonly unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** The text of an element: a string, or `#text` of an element with attributes. */
export function textOf(v: unknown): string | null {
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const o = obj(v);
  return o ? textOf(o['#text']) : null;
}
