import type { RemovalReason } from '../../core/article.ts';

/**
 * Cue phrases of page boilerplate, as data. Each cue is matched against one whitespace-normalised
 * line (or HTML block) of text, case-insensitively. They describe what web boilerplate says in
 * general (share prompts, paywalls, comment forms), never one site's sentences.
 *
 * `maxWords` guards against matching prose that happens to contain the phrase: the cue only fires
 * on lines with at most that many words. The limits were set on the seed articles and the visible
 * article-extraction pages: boilerplate lines there are under 25 words, while article sentences
 * containing words like "share" or "subscribe" are longer or lack the cue's anchoring.
 *
 * `ends`: the article is over once this cue appears after the body has started (everything after it
 * is page tail: other stories, comment forms, paywall promos).
 */
export interface LineCue {
  readonly id: string;
  readonly re: RegExp;
  readonly reason: RemovalReason;
  readonly maxWords: number;
  readonly ends?: boolean;
}

export const LINE_CUES: readonly LineCue[] = [
  // Captions with the caption shortcode of some CMSs left in.
  { id: 'caption-shortcode', re: /\[\/?caption[^\]]*\]/i, reason: 'caption', maxWords: 80 },
  // Related links and "read next" teasers.
  {
    id: 'also-read',
    re: /^(also read|read also|read more|see also|more on this( story)?|related( articles?| stories| news| content| posts?| reading)?|recommended( for you| stories| reading)?|you (may|might) also like|others are reading( now)?|people are (also )?reading|what to read next|read next|don'?t miss|must read|click here to read)\b\s*(?:$|[:\-–—|»>]|\.{3}|…)/i,
    reason: 'related-links',
    maxWords: 25,
  },
  {
    id: 'related-label',
    re: /^related( [\p{L}]+){1,2}\s*[:»>]|\[(news|insight|warning|latest|read more|more|video|pictures|pics|poll|reveal|analysis|update|live|in full|gallery|watch)\]$/iu,
    reason: 'related-links',
    maxWords: 25,
  },
  {
    id: 'read-more-arrow',
    re: /^(read|see|watch|listen)( more| the full story| full story)?\s*[:»>→]/i,
    reason: 'related-links',
    maxWords: 20,
  },
  // Lists of other stories: the article is over.
  {
    id: 'other-stories',
    re: /^(latest|more|top|other|trending|popular|recent|related|recommended) (news|stories|articles|headlines|posts|videos|reads)\b|^(most (read|popular|viewed|shared)|editor'?s picks|our picks|trending now|more from|in other news|you may have missed|around the web|from around the web|sponsored stories)\b/i,
    reason: 'other-stories',
    maxWords: 12,
    ends: true,
  },
  // Share and feedback prompts.
  {
    id: 'share-prompt',
    re: /\bshare (this|the|your) (article|story|page|post|video|photo|gallery|link)\b|\bshare (it )?(on|via|with) (facebook|twitter|whatsapp|email|x|linkedin|your friends)|\bshare it here\b|\bshare (article|story)\b|did you (find|like|enjoy) (the|this) (article|story)|click to (share|email|print)|\btweet this\b|\bemail this\b|\bcopy link\b|^share$|^share:|^(facebook|twitter|whatsapp|linkedin|email|print|reddit|telegram|pinterest)(\s+(facebook|twitter|whatsapp|linkedin|email|print|reddit|telegram|pinterest|x))+$/i,
    reason: 'share-prompt',
    maxWords: 20,
  },
  // Comment forms.
  {
    id: 'comment-form',
    re: /^leave a (reply|comment)|your email address will not be published|required fields are marked|^post a comment|^\d+ comments?$|^comments?( \(\d+\))?$|^(add|write|post) (a |your )?comment|^join the (conversation|discussion)|be the first to comment|^(sign|log) in to (comment|reply)|save my name, email|^cancel reply|^view comments|comments are closed/i,
    reason: 'comment-form',
    maxWords: 30,
    ends: true,
  },
  // Gallery position labels.
  { id: 'gallery-counter', re: /^(image|photo|picture|slide|foto|imagen)\s+\d+\s+(of|de|\/)\s+\d+$/i, reason: 'caption', maxWords: 6 },
  // Visit and view counters.
  { id: 'counter', re: /\(visited \d+ times?, \d+ visits? today\)|^\d[\d,.]*k? (views|reads|shares|comments)$/i, reason: 'counter', maxWords: 10 },
  // Copyright and syndication notices.
  {
    id: 'copyright',
    re: /^(copyright\b|©|\(c\) ?\d{4})|all rights reserved|was originally published (on|by|in)|reproduced with permission|(may|must) not be (published|reproduced|rewritten|redistributed|broadcast)/i,
    reason: 'copyright',
    maxWords: 40,
  },
  // Site slogans and follow-us lines.
  // (Two regexes for one cue: only the anchored "Follow Name on …" needs the slow /u flag.)
  {
    id: 'slogan',
    re: /is your go-to (destination|source)|\blike us on facebook\b|\bfollow us (on|at|from|@)|\bmore to follow\b|keep checking back|for the latest news on this story|download our (free )?app|subscribe to our (youtube )?channel|\bjoin us on (telegram|whatsapp)\b|\bfollow (him|her|them) on (twitter|x|instagram)\b|^join our .{0,40}\b(forums?|community|discord|telegram channel|whatsapp channel)\b|get the latest .{0,40} on our (app|website)/i,
    reason: 'slogan',
    maxWords: 40,
  },
  {
    id: 'slogan',
    re: /^follow [\p{L}]+( [\p{L}]+)? on (instagram|facebook|twitter|youtube|x|tiktok|linkedin)\b/iu,
    reason: 'slogan',
    maxWords: 40,
  },
  // Newsletter boxes.
  {
    id: 'newsletter',
    re: /sign up (for|to) (our|the|a) .{0,30}newsletter|subscribe to (our |the )?.{0,20}newsletter|\b(in|to|into) your inbox\b|\benter your email( address)?\b|by (signing up|subscribing),? you agree|^newsletter\b|thank you for subscribing|\bsign up now\b/i,
    reason: 'newsletter',
    maxWords: 40,
  },
  // Paywalls and app promos.
  {
    id: 'paywall',
    re: /get all your news in one place|sign up to read|already a (member|subscriber)|^sign in( here)?$|sign in here|subscribe (now|today)|start (your )?(free )?trial|^start reading$|premium titles|^one app\b|one membership|one subscription|^download the app|days free$|trusted (global )?sources|^read news from|curated (specifically )?for you|to continue reading|(subscribers?|members?)[- ]only|create a (free )?account|log ?in to (continue|read)|this (article|content) is (for|available to) subscribers|unlimited (digital )?access/i,
    reason: 'paywall',
    maxWords: 25,
  },
  {
    id: 'paywall-end',
    re: /^sign up to read this article|^subscribe to (continue|read)|^to read (the full|this) (article|story)/i,
    reason: 'paywall',
    maxWords: 25,
    ends: true,
  },
  // Advertisement slots.
  {
    id: 'advertisement',
    re: /^(advertisement|advertisements|advert|sponsored( content)?|ad|ads|promoted( content)?|paid (content|post)|story continues below( advertisement)?|article continues below( advertisement)?|continue reading below|scroll (down )?to continue( with content)?|- advertisement -)$/i,
    reason: 'advertisement',
    maxWords: 8,
  },
  // Cookie banners.
  {
    id: 'cookie-banner',
    re: /we use cookies|(site|website) uses cookies|cookie (policy|settings|preferences|consent)|accept (all )?cookies|manage (your )?(cookie|privacy) (settings|preferences)/i,
    reason: 'cookie-banner',
    maxWords: 60,
  },
  // Navigation words standing alone.
  {
    id: 'navigation',
    re: /^(home|homepage|menu|search|skip to (main )?content|back to top|next( article| story)?|previous( article| story)?|prev|close|open|toggle navigation|print|email|more|load more|show more|see all|view all|go to top|top)$/i,
    reason: 'navigation',
    maxWords: 4,
  },
];

/** Phrases that open a byline. */
export const BYLINE_RE = /^(by|written by|words by|reporting by|von|por|par|автор:?)\s+(?=\p{Lu})/iu;
