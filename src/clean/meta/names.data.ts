/**
 * Words that mark a capitalised phrase as the name of a publication rather than a person
 * ("Daily Mirror", "Worthy News", "The Sun Online"). Calibrated by listing the outlet names in the
 * seed articles and the visible article-extraction pages; every one contains a word from this list
 * or a domain-like token.
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news', 'times', 'daily', 'post', 'herald', 'mirror', 'tribune', 'journal', 'gazette', 'telegraph',
  'guardian', 'sun', 'express', 'star', 'press', 'media', 'tv', 'radio', 'online', 'observer',
  'independent', 'chronicle', 'review', 'standard', 'mail', 'today', 'network', 'broadcasting',
  'agency', 'reporter', 'insider', 'wire', 'weekly', 'magazine', 'monitor', 'courier', 'record',
  'examiner', 'dispatch', 'globe', 'bulletin', 'leader', 'sentinel', 'inquirer', 'week', 'economist',
  'digest', 'report', 'newsroom', 'channel', 'broadcast', 'newspaper', 'world', 'international',
  'associated', 'reuters', 'bbc', 'cnn', 'afp', 'sky', 'fox', 'nbc', 'abc', 'cbs', 'npr', 'pbs',
]);

/** Trailing words dropped from an outlet name found in text: "The Sun Online" → "The Sun". */
export const OUTLET_SUFFIXES: readonly string[] = ['Online', 'Website', 'Digital', 'App', 'dot com', '.com'];

/**
 * Single words that head pages as section or navigation labels, never as names of people
 * (so "World" or "Politics Live" on a line of its own is not an author).
 */
export const SECTION_WORDS: ReadonlySet<string> = new Set([
  'home', 'homepage', 'world', 'news', 'politics', 'business', 'sport', 'sports', 'opinion', 'culture',
  'lifestyle', 'entertainment', 'technology', 'tech', 'science', 'health', 'travel', 'video', 'videos',
  'live', 'latest', 'breaking', 'uk', 'us', 'europe', 'asia', 'africa', 'americas', 'war', 'economy',
  'markets', 'money', 'weather', 'features', 'analysis', 'start', 'reading', 'subscribe', 'login',
  'sign', 'menu', 'search', 'share', 'more', 'top', 'stories', 'local', 'national', 'global',
  'editorial', 'editorials', 'columns', 'column', 'blog', 'blogs', 'podcast', 'podcasts', 'photos',
]);

/** Agencies and picture libraries named in photo credits. */
export const CREDIT_RE =
  /\b(getty( images)?|wikimedia( commons)?|shutterstock|alamy|istock(photo)?|afp|reuters|associated press|ap photo|epa(-efe)?|pa (images|wire|media)|xinhua|yonhap|anadolu|sputnik|tass|bloomberg|handout|file photo|pool photo|photo(graph)?s? by|image by|courtesy( of)?|supplied|stock image|creative commons|cc by(-sa)?|flickr|unsplash|pixabay)\b/i;
