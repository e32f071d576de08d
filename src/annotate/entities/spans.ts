import { foldCase, gazetteer, isPlaceName } from './gazetteer.ts';
import { isCapsSentence } from './features.ts';
import { FACILITY_HEADS } from './lexicon.data.ts';
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
  sentences.forEach((words, si) => {
    if (titles[si]) return;
    for (const sp of tagged[si]) known.set(words.slice(sp.start, sp.end).map(foldCase).join(' '), sp.type);
  });
  return sentences.map((words, si) => {
    const spans = joinAdjacent(words, tagged[si]);
    return titles[si] ? spans.flatMap((sp) => resegment(words, sp, known, !isCapsSentence(words))) : spans;
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

function joinAdjacent(words: readonly string[], spans: readonly TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    let cur = sp;
    // "Workers ' Party": an organisation split at a plural possessive.
    if (prev && prev.type === 'ORG' && cur.type === 'ORG' && prev.end + 1 === cur.start && /^['’]$/.test(words[prev.end])) {
      out[out.length - 1] = { start: prev.start, end: cur.end, type: 'ORG' };
      continue;
    }
    if (prev && prev.type === 'PER' && cur.type === 'PER' && (prev.end === cur.start || (prev.end + 1 === cur.start && /^\p{Lu}\.$/u.test(words[prev.end])))) {
      out[out.length - 1] = { start: prev.start, end: cur.end, type: 'PER' };
      continue;
    }
    if (prev && prev.type === 'PER' && prev.end === cur.start && cur.type !== 'PER' && FACILITY_HEADS.has(foldCase(words[cur.end - 1]))) {
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
