import type { RemovalReason } from '../../core/article.ts';
import { BOILERPLATE_ROLES, BOILERPLATE_TAGS, NEGATIVE_SUBSTRINGS, NEGATIVE_TOKENS, POSITIVE_RE } from './cues.data.ts';
import type { Stats } from './stats.ts';
import type { El } from './tree.ts';

/**
 * Decides which elements are page furniture from their tag, role, class and id, before any
 * scoring. An element that holds at least PROTECT_SHARE of the page's paragraph text is never
 * pruned by a class cue (a "content-with-sidebar" wrapper), and neither is one with a positive cue.
 */
export interface Pruned {
  readonly reason: RemovalReason;
  readonly rule: string;
}

/** Calibrated on the visible pages: wrappers of the whole article carry 60–100% of paragraph text, furniture under 30%. */
const PROTECT_SHARE = 0.5;

export function classAndId(el: El): string {
  const a = el.attrs;
  return a.class || a.id ? `${a.class ?? ''} ${a.id ?? ''}`.trim() : '';
}

/** What an element's class/id string says, from the cue lists; computed once per distinct string. */
export interface ClassVerdict {
  /** Names an embedded post ("twitter-embed"). */
  readonly embed: boolean;
  /** Matches an article-container pattern (POSITIVE_RE). */
  readonly positive: boolean;
  /** Holds a boilerplate substring (NEGATIVE_SUBSTRINGS), for scoring. */
  readonly negative: boolean;
  /** The boilerplate cue that prunes it, if any. */
  readonly cue: Pruned | null;
}

export function isPositive(el: El, ci: string = classAndId(el)): boolean {
  return el.attrs.itemprop === 'articleBody' || (ci !== '' && classVerdict(ci).positive);
}

export function pruneReason(el: El, s: Stats, pageP: number): Pruned | null {
  if (s.hidden) return { reason: 'markup', rule: 'dom:hidden' };
  const protectedByText = pageP > 0 && s.ptext >= PROTECT_SHARE * pageP;
  if (BOILERPLATE_TAGS.has(el.tag) && !protectedByText) return { reason: reasonFor(el.tag), rule: `dom:tag-${el.tag}` };
  const role = el.attrs.role;
  if (role && BOILERPLATE_ROLES.test(role) && !protectedByText) return { reason: reasonFor(role), rule: `dom:role-${role}` };
  const ci = classAndId(el);
  // Embedded posts (tweets, Instagram) are blockquotes quoted by the article: never pruned by class.
  if (!ci || protectedByText || el.tag === 'blockquote') return null;
  const v = classVerdict(ci);
  if (v.embed || isPositive(el, ci) || holdsQuote(el)) return null;
  return v.cue;
}

/** Class/id strings repeat across a page and across pages; their verdicts are cached (pure, so deterministic). */
const CLASS_CACHE = new Map<string, ClassVerdict>();
const CLASS_CACHE_MAX = 20_000;

export function classVerdict(ci: string): ClassVerdict {
  const hit = CLASS_CACHE.get(ci);
  if (hit !== undefined) return hit;
  if (CLASS_CACHE.size >= CLASS_CACHE_MAX) CLASS_CACHE.clear();
  const v: ClassVerdict = { embed: /embed/i.test(ci), positive: POSITIVE_RE.test(ci), negative: NEGATIVE_SUBSTRINGS.test(ci), cue: classCue(ci) };
  CLASS_CACHE.set(ci, v);
  return v;
}

function classCue(ci: string): Pruned | null {
  const lower = ci.toLowerCase();
  for (const tok of lower.split(/[\s_\-]+/)) {
    if (NEGATIVE_TOKENS.has(tok)) return { reason: reasonFor(tok), rule: `dom:class-${tok}` };
  }
  const m = NEGATIVE_SUBSTRINGS.exec(lower);
  return m ? { reason: reasonFor(m[0]), rule: `dom:class-${m[0]}` } : null;
}

function reasonFor(cue: string): RemovalReason {
  const c = cue.toLowerCase();
  if (/nav|menu|breadcrumb|header|masthead|topbar|skip|pag|search|toolbar|tab/.test(c)) return 'navigation';
  if (/comment|disqus|form|reply/.test(c)) return 'comment-form';
  if (/share|social|facebook|twitter|whatsapp|pinterest|linkedin|email|print|follow/.test(c)) return 'share-prompt';
  if (/related|recommend|outbrain|taboola|trending|popular|mostread|more|teaser|aside|complementary|rail|sidebar|widget/.test(c)) return 'related-links';
  if (/newsletter|subscri|signup/.test(c)) return 'newsletter';
  if (/paywall|offer|upsell|login|donat/.test(c)) return 'paywall';
  if (/^ads?$|advert|adslot|adunit|sponsor|promo/.test(c)) return 'advertisement';
  if (/cookie|consent|gdpr/.test(c)) return 'cookie-banner';
  if (/caption|figure|photo|image|img|gallery|slideshow|picture|media|lightbox|video|audio|player/.test(c)) return 'caption';
  if (/credit/.test(c)) return 'photo-credit';
  if (/byline|author|bio/.test(c)) return 'byline';
  if (/copyright|disclaimer|footer|contentinfo/.test(c)) return 'copyright';
  return 'boilerplate';
}

/** An embedded post (tweet, Instagram) is a blockquote inside a small wrapper: look a few levels down. */
function holdsQuote(el: El, depth = 0): boolean {
  if (depth > 3) return false;
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.tag === 'blockquote' && /tweet|instagram|embed|tiktok|facebook/i.test(c.attrs.class ?? '')) return true;
    if (holdsQuote(c, depth + 1)) return true;
  }
  return false;
}
