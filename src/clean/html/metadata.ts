import type { MetadataSource } from '../../core/article.ts';
import type { Extraction, Sourced } from '../types.ts';
import { isPersonName, authorList } from '../meta/people.ts';
import { squash, normaliseSpace } from '../text/features.ts';
import { OUTLET_WORDS } from '../meta/names.data.ts';
import { articleObject, names, parseJsonLd, str, type JsonObject } from './jsonld.ts';
import type { ParsedPage } from './tree.ts';

/**
 * Page metadata through fallback chains. Each field tries its sources in order of reliability and
 * records which one won (`source`) and exactly where (`how`).
 */
export type PageMetadata = Omit<Extraction, 'blocks' | 'removed'>;

type Candidate = readonly [MetadataSource, string, string | null | undefined];

function first(cands: readonly Candidate[], ok: (v: string) => boolean = () => true): Sourced<string> | null {
  for (const [source, how, v] of cands) {
    const value = v ? normaliseSpace(decodeResidualEntities(v)) : '';
    if (value && ok(value)) return { value, source, how };
  }
  return null;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…' };

/** Entities left encoded twice in metadata ("&#8216;The Medium…"): decoded once more. */
export function decodeResidualEntities(v: string): string {
  if (!v.includes('&')) return v;
  return v.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** A site name, not a URL, domain or social handle. */
function isSiteName(v: string): boolean {
  return !/^https?:|^www\.|^@|\.(com|org|net|in|ru|co\.uk|de|fr|es|it)$/i.test(v);
}

export function pageMetadata(page: ParsedPage, h1: string | null): PageMetadata {
  const meta = metaIndex(page);
  const ld = parseJsonLd(page.jsonLd);
  const art = articleObject(ld);
  const pub = art ? (art.publisher as JsonObject | undefined) : undefined;
  const site = ld.find((o) => o['@type'] === 'WebSite' || o['@type'] === 'Organization' || o['@type'] === 'NewsMediaOrganization');
  const m = (k: string): string | undefined => meta.get(k);

  const outlet = first([
    ['meta-tag', 'meta[property=og:site_name]', m('og:site_name')],
    ['json-ld', 'json-ld publisher.name', pub ? str(pub.name) : null],
    ['json-ld', 'json-ld WebSite/Organization name', site ? str(site.name) : null],
    ['meta-tag', 'meta[name=application-name]', m('application-name')],
    ['meta-tag', 'meta[name=publisher]', m('publisher') ?? m('dc.publisher')],
  ], (v) => isSiteName(v.split(/\s+[|–—•·:»-]\s+/)[0]));
  const outletName = outlet ? outlet.value.split(/\s+[|–—•·:»-]\s+/)[0] : '';
  const outletOk = outlet && outletName ? { ...outlet, value: outletName } : null;
  const titleRaw = first([
    ['json-ld', 'json-ld headline', art ? str(art.headline) ?? str(art.name) : null],
    ['meta-tag', 'meta[property=og:title]', m('og:title')],
    ['meta-tag', 'meta[name=twitter:title]', m('twitter:title')],
    ['heuristic', '<h1>', h1],
    ['meta-tag', '<title>', page.title],
  ]);
  const split = titleRaw ? splitSiteName(titleRaw.value, outletOk?.value ?? null) : null;
  const title = titleRaw && split ? { ...titleRaw, value: split.title } : null;
  const siteFromTitle = page.title ? splitSiteName(page.title, null).site : null;
  const outletFinal = outletOk ?? (siteFromTitle && isSiteName(siteFromTitle) ? { value: siteFromTitle, source: 'meta-tag' as const, how: '<title> site part' } : null);

  const authorCands: [MetadataSource, string, string[]][] = [
    ['json-ld', 'json-ld author', art ? names(art.author) : []],
    ['meta-tag', 'meta[name=author]', splitAuthors(m('author') ?? m('dc.creator') ?? m('parsely-author') ?? m('sailthru.author') ?? '')],
    ['meta-tag', 'meta[property=article:author]', splitAuthors(m('article:author') ?? '')],
  ];
  let authors: Sourced<readonly string[]> | null = null;
  for (const [source, how, list] of authorCands) {
    const ok = list.filter((n) => isPersonName(n) && squash(n) !== squash(outlet?.value ?? ''));
    if (ok.length) {
      authors = { value: [...new Set(ok)], source, how };
      break;
    }
  }

  const time = timeElement(page);
  const published = first([
    ['json-ld', 'json-ld datePublished', art ? str(art.datePublished) : null],
    ['meta-tag', 'meta[property=article:published_time]', m('article:published_time')],
    ['meta-tag', 'meta[itemprop=datePublished]', m('datepublished')],
    ['meta-tag', 'meta[name=pubdate]', m('pubdate') ?? m('publishdate') ?? m('publish-date') ?? m('parsely-pub-date') ?? m('sailthru.date')],
    ['meta-tag', 'meta[property=og:published_time]', m('og:published_time') ?? m('og:article:published_time')],
    ['meta-tag', 'meta[name=dc.date]', m('dc.date') ?? m('dc.date.issued') ?? m('dcterms.created') ?? m('date')],
    ['time-tag', '<time datetime>', time],
    ['json-ld', 'json-ld dateCreated', art ? str(art.dateCreated) : null],
  ]);
  const modified = first([
    ['json-ld', 'json-ld dateModified', art ? str(art.dateModified) : null],
    ['meta-tag', 'meta[property=article:modified_time]', m('article:modified_time')],
    ['meta-tag', 'meta[itemprop=dateModified]', m('datemodified')],
    ['meta-tag', 'meta[property=og:updated_time]', m('og:updated_time')],
    ['meta-tag', 'meta[name=last-modified]', m('last-modified') ?? m('dcterms.modified')],
  ]);
  const language = first([
    ['meta-tag', '<html lang>', page.lang],
    ['meta-tag', 'meta[http-equiv=content-language]', m('content-language')],
    ['json-ld', 'json-ld inLanguage', art ? str(art.inLanguage) : null],
    ['meta-tag', 'meta[property=og:locale]', m('og:locale')],
  ]);
  const canonicalLink = page.links.find((l) => /(^|\s)canonical(\s|$)/i.test(l.rel ?? ''))?.href;
  const canonicalUrl = first([
    ['meta-tag', 'link[rel=canonical]', canonicalLink],
    ['meta-tag', 'meta[property=og:url]', m('og:url')],
    ['json-ld', 'json-ld url', art ? str(art.url) ?? str(art.mainEntityOfPage) : null],
  ]);
  return { title, authors, outlet: outletFinal, published, modified, language, canonicalUrl: canonicalUrl && /^https?:\/\//i.test(canonicalUrl.value) ? canonicalUrl : null };
}

/** `<meta>` values by lower-cased name, property, itemprop or http-equiv; the first one wins. */
function metaIndex(page: ParsedPage): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of page.metas) {
    const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase();
    const v = a.content ?? a.datetime;
    if (key && v && !out.has(key)) out.set(key, v);
  }
  return out;
}

function splitAuthors(v: string): string[] {
  if (!v || /^https?:/i.test(v)) return [];
  return authorList(v.replace(/^by\s+/i, ''));
}

/**
 * "Headline | Site" or "Site - Headline" → the headline and the site part. A side is the site when
 * it matches the outlet, or (with no outlet known) when it is a short Title Case phrase holding an
 * outlet word ("Valley Gazette") or is the short last part.
 */
export function splitSiteName(title: string, outlet: string | null): { title: string; site: string | null } {
  const parts = title.split(/\s+[|–—•·:»]\s+|\s+-\s+/);
  if (parts.length < 2) return { title, site: null };
  const o = outlet ? squash(outlet) : null;
  const isSite = (p: string): boolean => {
    const k = squash(p);
    if (o) return k === o || k.includes(o) || (o.includes(k) && k.length > 3);
    const ws = p.split(/\s+/);
    return ws.length <= 4 && ws.every((w) => /^[\p{Lu}\d]/u.test(w)) && ws.some((w) => OUTLET_WORDS.has(w.toLowerCase()));
  };
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (isSite(last)) return { title: parts.slice(0, -1).join(' - '), site: last };
  if (isSite(first)) return { title: parts.slice(1).join(' - '), site: first };
  if (!o && last.split(/\s+/).length <= 4 && parts.slice(0, -1).join(' ').split(/\s+/).length >= 4) {
    return { title: title.slice(0, title.lastIndexOf(last)).replace(/[\s|–—•·:»-]+$/, ''), site: last };
  }
  return { title, site: null };
}

/** The first `<time datetime>`, preferring one marked as the publication time. */
function timeElement(page: ParsedPage): string | null {
  return (page.times.find((t) => t.published) ?? page.times[0])?.datetime ?? null;
}
