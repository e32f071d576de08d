/**
 * Schema.org JSON-LD blocks: parsed leniently (a broken block is skipped), `@graph` flattened, and
 * the article-like object chosen (NewsArticle, Article, BlogPosting, … before WebPage).
 */
export type JsonObject = Readonly<Record<string, unknown>>;

const ARTICLE_TYPES = /^(newsarticle|article|blogposting|reportagenewsarticle|analysisnewsarticle|opinionnewsarticle|reviewnewsarticle|backgroundnewsarticle|socialmediaposting|liveblogposting|scholarlyarticle|techarticle|report|posting)$/i;

export function parseJsonLd(blocks: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    const o = v as JsonObject;
    out.push(o);
    if (Array.isArray(o['@graph'])) visit(o['@graph'], depth + 1);
  };
  for (const b of blocks) {
    try {
      visit(JSON.parse(withoutCommentMarks(b.trim())), 0);
    } catch {
      // A malformed block is ignored; the other sources still count.
    }
  }
  return out;
}

/** A block wrapped in `<!-- … -->` (old CMSs) without the marks; sliced, not a regex replace over the whole block. */
function withoutCommentMarks(t: string): string {
  const from = t.startsWith('<!--') ? 4 : 0;
  return t.endsWith('-->') && t.length - 3 >= from ? t.slice(from, t.length - 3) : t.slice(from);
}

function types(o: JsonObject): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.map(String) : typeof t === 'string' ? [t] : [];
}

export function articleObject(objs: readonly JsonObject[]): JsonObject | null {
  return objs.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as JsonObject)['@value'] ?? (v as JsonObject).name ?? (v as JsonObject)['@id'] ?? (v as JsonObject).url);
  return null;
}

/** Names of persons in `author` (a string, an object, or an array of either). */
export function names(v: unknown): string[] {
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object') {
    const n = (v as JsonObject).name;
    return typeof n === 'string' ? [n.trim()].filter(Boolean) : Array.isArray(n) ? n.flatMap(names) : [];
  }
  return [];
}
