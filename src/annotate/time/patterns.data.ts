import { DAY_PARTS, DECADE_WORDS, HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, REF_WORDS, SEASONS, SET_WORDS, UNITS, VAGUE_COUNTS, WEEKDAYS } from './lexicon.data.ts';

/**
 * Regular-expression fragments built from the lexicons. Every rule in rules-*.ts composes these;
 * all matching is case-insensitive, and ambiguous words are checked for case in the rule.
 */
function alt(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || m === 'may' || m === 'june' || m === 'july');
const ABBR_MONTHS = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m));
export const MONTH = `(?:${alt(FULL_MONTHS)}|(?:${alt(ABBR_MONTHS)})\\.?)(?![a-z])`;
export const WEEKDAY = `(?:${alt(Object.keys(WEEKDAYS).filter((w) => w.length > 5))})`;
export const DAYNUM = `(?:[0-3]?\\d)(?:st|nd|rd|th)?`;
/** A four-digit year 1000–2099. */
export const YEAR = `(?:1\\d{3}|20\\d{2})`;
/** A year in words: "nineteen ninety-four", "eighteen twelve", "two thousand and one". */
export const SPELLED_YEAR = `(?:(?:nineteen|eighteen)[\\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;
export const NUMWORD = `(?:${alt(Object.keys(NUMBER_WORDS))})`;
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
const ONES = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** A count: digits, a number word, or a compound ("twenty-five", "two and a half"). */
export const COUNT = `(?:\\d+\\s+1/2|\\d+(?:[.,]\\d+)?|${TENS}[-\\s]${ONES}|${NUMWORD}(?:\\s+hundred)?(?:\\s+and\\s+a\\s+half)?)`;
export const VAGUE = `(?:${alt(VAGUE_COUNTS)})`;
export const UNIT = `(?:${alt(Object.keys(UNITS))}|centuries)`;
export const ORDINAL = `(?:${alt(Object.keys(ORDINALS))}|1st|2nd|3rd|4th)`;
export const SEASON = `(?:${alt(Object.keys(SEASONS))})`;
export const DAY_PART = `(?:${alt(Object.keys(DAY_PARTS).filter((w) => !['overnight', 'tonight', 'noon', 'midnight', 'midday'].includes(w)))})`;
export const REF = `(?:${alt(Object.keys(REF_WORDS))})`;
export const SET = `(?:${alt(Object.keys(SET_WORDS).filter((w) => !/^(?:a|per) /.test(w)))})`;
/** Fuzzy position inside a unit: "early", "mid-", "late", "the end of"… (extent includes them). */
export const POSITION = `(?:(?:early|earlier|late|later|mid|the\\s+middle\\s+of|the\\s+end\\s+of|the\\s+beginning\\s+of|the\\s+start\\s+of|the\\s+first\\s+half\\s+of|the\\s+second\\s+half\\s+of)(?:\\s*-\\s*|\\s+)(?:in\\s+)?)`;
/** Time-zone words after a clock time. */
export const ZONE = `(?:\\s+(?:a\\.?m\\.?|p\\.?m\\.?))?(?:\\s+(?:local\\s+time|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|Moscow\\s+time|Pyongyang\\s+time|Kyiv\\s+time))?`;

/**
 * Words at least one of which every rule's match contains (or a digit). The tagger runs its rules
 * only on windows of text around these anchors, which skips most of a news text.
 */
const ANCHOR_WORDS = new Set<string>([
  ...Object.keys(MONTHS),
  ...Object.keys(WEEKDAYS).filter((w) => w.length > 5),
  ...Object.keys(UNITS),
  'centuries',
  ...Object.keys(SEASONS),
  ...Object.keys(DAY_PARTS),
  ...Object.keys(REF_WORDS).map((w) => w.split(' ').pop()!),
  ...Object.keys(SET_WORDS).map((w) => w.split(' ').pop()!),
  ...Object.keys(HOLIDAYS).map((w) => w.split(' ')[0]).filter((w) => w !== 'new'),
  'year’s', "year's",
  ...Object.keys(DECADE_WORDS),
  ...Object.keys(NUMBER_WORDS).filter((w) => w.length > 2 && !w.includes(' ')),
  'today', 'tomorrow', 'yesterday', 'thanksgiving', 'election', 'thousand', 'quarter', 'half', 'period',
]);
export const ANCHOR = new RegExp(`\\d+(?:[.,:/]\\d+)*|\\b(?:${alt([...ANCHOR_WORDS].filter((w) => /^[a-z]/i.test(w)))})(?:s|es)?\\b|['’]\\d0s`, 'gi');

/**
 * Characters kept on each side of an anchor: the longest lead-in ("the second half of", "shortly
 * before") and tail ("p.m. EST, Nov. 9") of any rule fit within it, since the words inside an
 * expression are anchors themselves. Checked on TimeBank/AQUAINT: 60, 40, 30 and 20 give the same
 * matches as a full scan; 30 keeps a margin.
 */
export const ANCHOR_MARGIN = 30;
