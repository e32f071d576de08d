import type { MetadataHints } from '../core/article.ts';
import { toDossierError } from '../core/errors.ts';
import { fail } from './errors.ts';
import { guardText } from './decode.ts';
import { document, failure, type IngestContext, type SourceItem } from './context.ts';
import { parseFeed, type FeedItem } from './feed.ts';
import { FEED_FALLBACK_MIN_CHARS, FEED_FETCH_CONCURRENCY } from './formats.data.ts';
import { mergeHints } from './hints.ts';
import { fetchUrl } from './http.ts';
import { mapOrdered } from './ordered.ts';
import { fromResponse } from './url.ts';

/**
 * A feed's items → one document or failure each. Each item's link is fetched; the item's title,
 * date and authors and the feed's title (as outlet) become hints with publishedSource `record`.
 * When the page cannot be fetched but the item carries at least FEED_FALLBACK_MIN_CHARS of text
 * (content:encoded, content, description), that content is ingested instead (format `html`).
 *
 * `base` resolves relative item links (the feed's final URL; for a feed file, the site URL the feed
 * names, if any); `subject` names the feed.
 */
export async function* feedItems(
  xml: string,
  base: string,
  ctx: IngestContext,
  defaults: MetadataHints | undefined,
  subject: string = base,
  encoding = 'utf-8',
): AsyncGenerator<SourceItem> {
  const parsed = parseFeed(xml, subject);
  if (!parsed.ok) {
    yield failure(parsed.error, subject);
    return;
  }
  const { feed } = parsed;
  if (feed.items.length === 0) {
    yield failure(fail('E_EMPTY', subject, 'is a feed with no items', 'Check the feed later, or give article URLs directly.'));
    return;
  }
  if (feed.items.length > 1) yield { kind: 'more', count: feed.items.length - 1 };
  const outlet = feed.title ?? undefined;
  const language = feed.language ?? undefined;
  yield* mapOrdered(feed.items, FEED_FETCH_CONCURRENCY, (item, i) =>
    oneItem(item, i, { base: /^https?:/i.test(base) ? base : (feed.site ?? base), subject, outlet, language, encoding }, ctx, defaults).catch((e) => failure(toDossierError(e, subject))),
  );
}

interface FeedContext {
  readonly base: string;
  readonly subject: string;
  readonly outlet: string | undefined;
  readonly language: string | undefined;
  readonly encoding: string;
}

async function oneItem(item: FeedItem, index: number, fc: FeedContext, ctx: IngestContext, defaults: MetadataHints | undefined): Promise<SourceItem> {
  const itemHints: MetadataHints = {
    title: item.title ?? undefined,
    outlet: fc.outlet,
    language: fc.language,
    published: item.published ?? undefined,
    publishedSource: item.published ? 'record' : undefined,
    authors: item.authors.length ? item.authors : undefined,
  };
  const hints = mergeHints([defaults, itemHints], undefined);
  const link = resolveLink(item.link, fc.base);
  const source = link ?? `${fc.subject}#item-${index + 1}`;
  if (!link) {
    return fallback(item, source, hints, fc, ctx) ?? failure(fail('E_FEED', source, 'feed item has no link and too little content to ingest', 'Give the article URL directly.'));
  }
  let fetched;
  try {
    fetched = await fetchUrl(link, ctx);
  } catch (e) {
    return fallback(item, source, { ...hints, url: link }, fc, ctx) ?? failure(toDossierError(e, link), link);
  }
  const out: SourceItem[] = [];
  for await (const it of fromResponse(fetched, source, ctx, hints, false)) out.push(it);
  const first = out.find((o) => o.kind !== 'more');
  return first ?? failure(fail('E_INTERNAL', source, 'produced nothing', 'This is a bug in dossier; please report it.'));
}

/** The item's own content as the document, when it is long enough to be the article. */
function fallback(item: FeedItem, source: string, hints: MetadataHints, fc: FeedContext, ctx: IngestContext): SourceItem | null {
  const content = item.content;
  if (!content) return null;
  const textLength = content.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().length;
  if (textLength < FEED_FALLBACK_MIN_CHARS) return null;
  let guarded;
  try {
    guarded = guardText(content, source, fc.encoding);
  } catch (e) {
    return failure(toDossierError(e, source));
  }
  return document({
    source,
    format: 'html',
    body: guarded.text,
    encoding: guarded.encoding,
    hints: mergeHints([hints], ctx.published),
    hashOf: content,
    retrievedAt: ctx.now(),
  });
}

function resolveLink(link: string | null, base: string): string | null {
  if (!link) return null;
  try {
    const url = /^https?:/i.test(base) ? new URL(link, base) : new URL(link);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
