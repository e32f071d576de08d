import { foldCase, gazetteer, isPlaceName } from './gazetteer.ts';
import { isCapsSentence } from './features.ts';
import { FACILITY_HEADS, MEDIA_OUTLETS } from './lexicon.data.ts';
import type { TaggedSpan } from './perceptron.ts';

/**
 * Token-level repairs of the tagger's spans that need the whole document:
 * - headlines in title case ("Kim Jong Un Backs Putin's War With …") are re-segmented into the
 *   names the article's running text uses;
 * - adjacent person spans ("Shin" "Won-sik") join, and a person name runs on over an initial
 *   ("Stefan J. Bos");
 * - a person span followed at once by a place ending in a facility word ("Kim" + "II Sung Square")
 *   becomes one facility.
 */

/**
 * A title-case headline capitalises its common words: of the words that occur in lower case
 * elsewhere in the article, at least this share is capitalised here (headlines in the seeds ≥ 0.75;
 * prose sentences with many names still write "met", "with", "the" in lower case, ≤ 0.2).
 */
const TITLE_CASE_SHARE = 0.6;
const MIN_COMMON_WORDS = 1;

export function isTitleCase(words: readonly string[], lowerSeen: ReadonlySet<string>): boolean {
  let common = 0;
  let capitalised = 0;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (!/^\p{L}/u.test(w) || !lowerSeen.has(w.toLowerCase())) continue;
    common++;
    if (/^\p{Lu}/u.test(w)) capitalised++;
  }
  return common >= MIN_COMMON_WORDS && capitalised / common >= TITLE_CASE_SHARE;
}

export function fixSpans(sentences: readonly (readonly string[])[], tagged: readonly (readonly TaggedSpan[])[]): TaggedSpan[][] {
  const lowerSeen = new Set<string>();
  for (const words of sentences) for (const w of words) if (/^\p{Ll}+$/u.test(w)) lowerSeen.add(w);
  const titles = sentences.map((words) => isTitleCase(words, lowerSeen));
  // Names from the running text, as folded token sequences with their type.
  const known = new Map<string, TaggedSpan['type']>();
  const headings = sentences.map((words) => isHeading(words));
  sentences.forEach((words, si) => {
    if (titles[si] || headings[si]) return;
    for (const sp of tagged[si]) {
      known.set(words.slice(sp.start, sp.end).map(foldCase).join(' '), sp.type);
      // Headlines name people by surname ("Putin's War" after "Vladimir Putin" in the text)
      const surname = foldCase(words[sp.end - 1]);
      if (sp.type === 'PER' && sp.end - sp.start > 1 && !known.has(surname)) known.set(surname, 'PER');
    }
  });
  return sentences.map((words, si) => {
    const spans = withOutlets(words, joinAdjacent(words, tagged[si]));
    if (titles[si]) return spans.flatMap((sp) => resegment(words, sp, known, !isCapsSentence(words)));
    // "A Historical Context": a heading's lone capitalised word is an organisation only if the running text says so
    if (headings[si]) return spans.filter((sp) => sp.type !== 'ORG' || sp.end - sp.start > 1 || known.has(foldCase(words[sp.start])) || isPlaceName(words[sp.start]));
    return spans;
  });
}

/**
 * Longest known names inside a headline span. A span with no known name is kept when the headline
 * is in capitals (wire style, where running text repeats it in title case), names a gazetteer
 * place or is a person's full name starting with a known first name ("By Stefan J. Bos"); otherwise it is dropped ("A Historic Visit", "Features, Price & Release Date").
 */
function resegment(words: readonly string[], sp: TaggedSpan, known: ReadonlyMap<string, TaggedSpan['type']>, dropUnknown: boolean): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let i = sp.start;
  while (i < sp.end) {
    let found = 0;
    for (let j = sp.end; j > i; j--) {
      const type = known.get(words.slice(i, j).map(foldCase).join(' '));
      if (type) { out.push({ start: i, end: j, type }); found = j; break; }
    }
    i = found || i + 1;
  }
  if (out.length) return out;
  const keep = !dropUnknown || isPlaceName(words.slice(sp.start, sp.end).join(' ')) || (sp.type === 'PER' && sp.end - sp.start > 1 && gazetteer().firstNames.has(foldCase(words[sp.start])));
  return keep ? [sp] : [];
}

const OUTLETS: readonly (readonly string[])[] = MEDIA_OUTLETS.map((o) => o.split(' ')).sort((a, b) => b.length - a.length);

/** Known news outlets written with a capital ("according to Hotnews", "a report for 38 North") as ORG spans, replacing the spans they overlap. */
function withOutlets(words: readonly string[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const found: TaggedSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!/^[\p{Lu}\d]/u.test(words[i])) continue;
    const hit = OUTLETS.find((o) => o.every((w, k) => i + k < words.length && foldCase(words[i + k]) === w) && /\p{Lu}/u.test(words.slice(i, i + o.length).join(' ')));
    if (!hit) continue;
    // A longer name the tagger found around it stands ("Xinhua News Agency")
    if (spans.some((sp) => sp.start <= i && i + hit.length <= sp.end && sp.end - sp.start > hit.length)) continue;
    found.push({ start: i, end: i + hit.length, type: 'ORG' });
    i += hit.length - 1;
  }
  if (!found.length) return [...spans];
  const kept = spans.filter((sp) => !found.some((f) => f.start < sp.end && sp.start < f.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

/** Function words a heading may keep in lower case ("Putin in North Korea", "Reactions and Implications"). */
const HEADING_FUNCTION_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from']);

/**
 * A section heading ("A Historical Context", "Strengthened Alliances"): two to eight words, no
 * number, no closing punctuation, every word capitalised but function words. Sports results and
 * datelines hold numbers, so they are not headings.
 */
export function isHeading(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 8 || /^[.!?"”’:;,]$/.test(words[words.length - 1])) return false;
  let letters = 0;
  for (const w of words) {
    if (/\d/.test(w)) return false;
    if (!/^\p{L}/u.test(w)) continue;
    letters++;
    if (!/^\p{Lu}/u.test(w) && !HEADING_FUNCTION_WORDS.has(w)) return false;
  }
  return letters >= 2;
}

/** Roman numerals and capitalised words that may sit between a person's name and a facility head ("Kim II Sung Square"). */
const NAME_RUN = /^(\p{Lu}[\p{L}'’-]*|[IVX]+)$/u;

function joinAdjacent(words: readonly string[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    let cur = sp;
    // "Workers ' Party" tagged as "' Party": the span takes the plural possessor before the apostrophe; a lone leading mark is dropped
    if (/^['’‘"“]$/.test(words[cur.start]) && cur.end - cur.start > 1) {
      const owner = cur.start - 1;
      const plural = owner >= 0 && /^['’]$/.test(words[cur.start]) && /^\p{Lu}\p{L}*s$/u.test(words[owner]) && !(prev && prev.end > owner);
      cur = plural ? { ...cur, start: owner } : { ...cur, start: cur.start + 1 };
    }
    // "Kim" + "II Sung Square": a name run on over capitalised words to a facility head is the facility
    if (cur.type === 'PER' || cur.type === 'LOC') {
      let k = cur.end;
      while (k < words.length && k - cur.end < 4 && NAME_RUN.test(words[k]) && !FACILITY_HEADS.has(foldCase(words[k]))) k++;
      if (k < words.length && k > cur.end && FACILITY_HEADS.has(foldCase(words[k])) && /^\p{Lu}/u.test(words[k]) && !spans.some((o) => o !== sp && o.start < k + 1 && o.end > cur.end)) {
        cur = { start: cur.start, end: k + 1, type: 'LOC' };
      }
    }
    // "Workers ' Party": an organisation split at a plural possessive.
    if (prev && prev.type === 'ORG' && cur.type === 'ORG' && prev.end + 1 === cur.start && /^['’]$/.test(words[prev.end])) {
      out[out.length - 1] = { start: prev.start, end: cur.end, type: 'ORG' };
      continue;
    }
    if (prev && prev.type === 'PER' && cur.type === 'PER' && (prev.end === cur.start || (prev.end + 1 === cur.start && /^\p{Lu}\.$/u.test(words[prev.end])))) {
      out[out.length - 1] = { start: prev.start, end: cur.end, type: 'PER' };
      continue;
    }
    if (prev && (prev.type === 'PER' || prev.type === 'LOC') && prev.end === cur.start && cur.type !== 'PER' && FACILITY_HEADS.has(foldCase(words[cur.end - 1]))) {
      out[out.length - 1] = { start: prev.start, end: cur.end, type: 'LOC' };
      continue;
    }
    // "Stefan J. Bos" tagged as "Stefan": run on over the initial and the capitalised word after it.
    if (cur.type === 'PER' && /^\p{Lu}\.$/u.test(words[cur.end] ?? '') && /^\p{Lu}\p{Ll}/u.test(words[cur.end + 1] ?? '')) {
      cur = { ...cur, end: cur.end + 2 };
    }
    out.push(cur);
  }
  return out;
}
