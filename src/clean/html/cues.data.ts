/**
 * DOM cues for boilerplate and content, as data. Matched against an element's tag, `role`,
 * `class` and `id`; never against one site's markup. Calibrated on the visible article-extraction
 * pages (a cue that removed gold text on any of them was dropped or narrowed).
 */

/** Elements that are page furniture wherever they appear (unless they hold most of the page's text). */
export const BOILERPLATE_TAGS: ReadonlySet<string> = new Set([
  'nav', 'footer', 'aside', 'form', 'header', 'figure', 'figcaption', 'menu', 'dialog', 'label', 'input', 'fieldset', 'legend', 'option', 'video', 'audio', 'picture',
]);

export const BOILERPLATE_ROLES = /^(navigation|complementary|banner|contentinfo|menu|menubar|dialog|alertdialog|search|toolbar|tablist|form)$/i;

/** Whole class/id tokens (split on space, `-`, `_`) that mark boilerplate. */
export const NEGATIVE_TOKENS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'share', 'sharing', 'shares', 'sharebar', 'social', 'socials', 'related', 'recommended', 'recommendations',
  'newsletter', 'subscribe', 'subscription', 'promo', 'promotion', 'promoted', 'ad', 'ads', 'advert', 'adverts', 'advertisement',
  'advertising', 'adslot', 'adunit', 'sponsor', 'sponsored', 'cookie', 'cookies', 'consent', 'gdpr', 'footer', 'sidebar',
  'widget', 'widgets', 'breadcrumb', 'breadcrumbs', 'popup', 'modal', 'masthead', 'menu', 'nav', 'navbar', 'navigation',
  'outbrain', 'taboola', 'trending', 'popular', 'mostread', 'tags', 'tag', 'taglist', 'byline', 'caption', 'captions',
  'credit', 'credits', 'toolbar', 'pagination', 'pager', 'signup', 'login', 'disqus', 'survey',
  'sr', 'visually', 'skip', 'teaser', 'teasers', 'carousel', 'thumbnails', 'author', 'authors', 'bio', 'meta', 'metadata',
  'dateline', 'timestamp', 'date', 'print', 'tools', 'toolbox', 'overlay', 'banner', 'alert', 'notification', 'more',
  'readmore', 'newsletters', 'follow', 'donate', 'donation', 'paywall', 'offer', 'upsell', 'header', 'topbar', 'subnav',
  'facebook', 'twitter', 'whatsapp', 'pinterest', 'linkedin', 'email', 'icons', 'icon', 'button', 'btn', 'counter', 'views',
  'kicker', 'eyebrow', 'rail', 'aside', 'slideshow', 'gallery', 'podcast', 'figure', 'lightbox',
]);

/** Substrings of class/id that mark boilerplate even inside compound names ("relatedArticles", "shareBar"). */
export const NEGATIVE_SUBSTRINGS = /related|share|comment|newsletter|social|sidebar|footer|breadcrumb|outbrain|taboola|cookie|promo|subscri|recommend|advert|sponsor|popular|trending|mostread|most-read|signup|paywall|byline|caption|disclaimer|copyright/i;

/** class/id patterns of article containers; an element matching one is never pruned as boilerplate. */
export const POSITIVE_RE = /article[-_]?(body|content|text|main|detail|story|page)|articlebody|story[-_]?(body|content|text)|entry[-_]?(content|body|text)|post[-_]?(content|body|text|entry)|main[-_]?(content|text|article)|body[-_]?(text|content|copy)|content[-_]?(body|text|article|main)|text[-_]?(content|body)|rich[-_]?text|news[-_]?(body|text|content|detail)|field[-_]?(body|item)|(^|\s)(article|story|content|post|entry|prose|blog|main)(\s|$)/i;

/** Weights added to a candidate container's score for a positive / negative class-id match (Readability uses ±25). */
export const CLASS_WEIGHT = 25;

/** Tags that can hold a run of article paragraphs, and their base score (Readability's values). */
export const CONTAINER_BASE: Readonly<Record<string, number>> = {
  div: 5, article: 10, main: 5, section: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
