import type { QuoteKind, Sentence, Token } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import {
  CLAUSE_ONLY_CUES,
  CUE_VERBS,
  DIRECT_MIN_WORDS,
  DOCUMENT_NOUNS,
  EXCLUDED_CUE_FORMS,
  NOUN_LIKE_CUES,
  NOUN_MARKERS,
  NOT_SPEECH_CUES,
  STANCE_CUES,
  VERB_BEFORE,
  MIN_CONTENT_WORDS,
  SOURCE_FIRST_CUES,
  TRAILING_CUE_WINDOW,
  type Stance,
  FRONTED_ADVERBIAL,
} from './cues.data.ts';
import { askedBy } from './asked.ts';
import { colonParagraphs, colonSpeakers, namedQuotes } from './colon.ts';
import { uncross } from './crossing.ts';
import { learnedAttributions } from './learn/attribute.ts';
import { outermost, quotationKinds, reportedThrough } from './nested.ts';
import { cueLemma } from './lemma.ts';
import { verbForms } from './morph.ts';
import { readSourceBack, readSourceForward, skipAuxLeft } from './source.ts';
import { sentenceSubject, sourceBefore } from './subject.ts';
import { isCapitalised, lowAt, matchesAt, spanOf, tokenAt, tokenView, trimEnd, type TokenView } from './text-view.ts';

/** One attribution found in the text, before speakers are resolved to entities. */
export interface Attribution {
  readonly kind: QuoteKind;
  readonly content: Span;
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly stance: Stance;
}

/** Forms of the verbs of seeming ("seemed", "appears"): a cue without a source. */
const NOT_SPEECH_FORMS: ReadonlySet<string> = new Set(NOT_SPEECH_CUES.flatMap(verbForms));

/** Quoted strings on one line: curly, straight, or doubled single quotes (''…'', some newspapers' style). */
const QUOTE_RE = /[“"]([^”"\n]+)[”"]|''((?:(?!'')[^\n])+)''/g;
/** A quotation ending in its own punctuation (`,”` `?”` `.”`) is a full utterance however short ("I love you," he said). */
const UTTERANCE_END = /[,?!…—-]\s*(?:[”"]|'')$/;
/** A quotation that ends its sentence (`…." Clinton said.`) may take its cue from the next, short sentence. */
const SENTENCE_END_QUOTE = /[.?!]\s*(?:[”"]|'')$/;
/** In that next sentence the cue comes within this many tokens of its start, and the sentence ends soon after. */
const NEXT_SENTENCE_CUE_MAX = 6;
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The quoted strings of a text, in order. */
export function quotedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTE_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Finds direct, partial and reported attributions in a text. */
export function findAttributions(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Attribution[] {
  return attributionsIn(tokenView(text, tokens), sentences, quotedSpans(text));
}

/** `findAttributions` over a token view and the text's quoted spans that the caller already holds. */
export function attributionsIn(v: TokenView, sentences: readonly Sentence[], quotes: readonly Span[]): Attribution[] {
  const text = v.text;
  const out: Attribution[] = [];
  const usedCues = new Set<number>();
  for (const q of quotes) {
    const quoted = text.slice(q.start, q.end);
    if (wordCount(quoted) < DIRECT_MIN_WORDS && !UTTERANCE_END.test(quoted)) continue;
    const a = directAround(v, q, sentences, usedCues) ?? continuation(text, q, out);
    if (a) out.push(a);
  }
  out.push(...askedBy(v, sentences, usedCues));
  for (const s of sentences) out.push(...reportedIn(v, s, quotes, usedCues));
  out.push(...colonSpeakers(text), ...colonParagraphs(v, sentences, quotes), ...namedQuotes(text, quotes));
  const all = quotationKinds(v, quotes, learnedAttributions(v, sentences, quotes, out));
  // "Sanders seemed to reap the benefits": an attribution of the writer's, with no speaking source
  // ("She appeared to imply that …" keeps its source: the cue is the implying)
  const seeming = (a: Attribution) => a.cue !== null && NOT_SPEECH_FORMS.has(v.text.slice(a.cue.start, a.cue.end).toLowerCase());
  return dedupe(sameSources(outermost(v, uncross(v, reportedThrough(v, all)).map((a) => (seeming(a) ? { ...a, source: null } : a)))));
}

function sentenceOf(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

/** Most characters between an attributed quote's cue and a following quote that continues it. */
const CONTINUATION_GAP = 40; // characters; covers ", he said. " and a paragraph break

/** `"…," he said. "More of it."`: a quote right after an attributed one, in the same paragraph, continues it. */
function continuation(text: string, q: Span, found: readonly Attribution[]): Attribution | null {
  const prev = found[found.length - 1];
  if (!prev || prev.kind !== 'direct' || !prev.cue) return null;
  const lastEnd = Math.max(prev.content.end, prev.cue.end, prev.source?.end ?? 0);
  if (lastEnd > q.start || q.start - lastEnd > CONTINUATION_GAP) return null;
  const gap = text.slice(lastEnd, q.start);
  // The next paragraph may open with a quotation that goes on with the same speaker.
  if (/\n/.test(gap) && !/^[\s.]*\n\s*$/.test(gap)) return null;
  return { ...prev, content: q };
}

/** `"…," Kim said.` / `"…," said Kim.` / `Kim said: "…"`. */
function directAround(v: TokenView, q: Span, sentences: readonly Sentence[], used: Set<number>): Attribution | null {
  const after = tokenAt(v, q.end);
  // `"…?" Clinton said.` may start a new sentence after the quote: search the sentence that follows it.
  const quoteSentence = sentenceOf(sentences, Math.max(q.start, q.end - 1));
  const nextSentence = v.toks[after] ? sentenceOf(sentences, v.toks[after].start) : undefined;
  const crossing = nextSentence !== quoteSentence;
  const long = wordCount(v.text.slice(q.start, q.end)) >= DIRECT_MIN_WORDS && SENTENCE_END_QUOTE.test(v.text.slice(q.start, q.end));
  const endSentence = crossing && !long ? quoteSentence : nextSentence;
  // `"…" ― Sonya Herridge`: a dash before a name attributes the quote.
  if (v.toks[after] && /^[―—–]$/.test(lowAt(v, after)) && !/\n/.test(v.text.slice(q.end, v.toks[after].start))) {
    const source = readSourceForward(v, after + 1, after + 6);
    if (source && /^\p{Lu}/u.test(v.text.slice(source.start, source.end)) && !/\n/.test(v.text.slice(v.toks[after].end, source.start))) {
      return { kind: 'direct', content: q, cue: spanOf(v, after, after), source, stance: 'asserts' };
    }
  }
  const limit = Math.min(v.toks.length - 1, after + TRAILING_CUE_WINDOW);
  for (let i = after; i <= limit; i++) {
    if (endSentence && v.toks[i].start >= endSentence.end) break;
    const w = lowAt(v, i);
    // The sentence boundary ends the search; a period inside it is an abbreviation ("Mr. Podesta said").
    if (/^[!?]$/.test(w) || /^[“"]$/.test(w)) break;
    if (w === 'and' || w === 'but') break; // `"…" and discussed deepening ties`: a new predicate, not an attribution
    const lemma = cueLemma(w);
    if (!lemma || (CLAUSE_ONLY_CUES.has(lemma) && !TRAILING_OK.has(lemma))) continue;
    if (lowAt(v, i - 1) === 'to') continue; // "…,” reflecting a commitment to support each other": an infinitive has no speaker of its own
    if (looksLikeNoun(v, i, lemma, after)) continue; // "… what Islamic State militants are doing", "the laugh line:
    if (crossing && long && nextSentence) {
      // `"…." Clinton said. "…"`: only a short sentence that is just the attribution
      const end = tokenAt(v, nextSentence.end) - 1;
      if (i - after > NEXT_SENTENCE_CUE_MAX || end - i > 4) break;
    }
    // `''… 'old-school,''' said Slayton`: a stray closing mark or comma before the cue is not a source
    let first = after;
    while (first < i && /^[,'’”"]$/.test(lowAt(v, first))) first++;
    // `… the “Golden Week,” saying that …`: a gerund right after a quotation is a new predicate of the sentence's subject
    if (i === first && w.endsWith('ing')) break;
    // `"…," Graham, a former senator, told CBS`: across an apposition; only an inverted cue (`"…," said Kim`) has its source after it
    const back = i > first ? sourceBefore(v, i, first) : null;
    const source = back ?? (i === first ? readSourceForward(v, i + 1, limit + 4) : null);
    used.add(i);
    return { kind: 'direct', content: q, cue: spanOf(v, i, i), source, stance: CUE_VERBS.get(lemma) ?? 'asserts' };
  }
  // Leading cue: `Kim said: "…"` / `Kim said, "…"`.
  const before = tokenAt(v, q.start) - 1;
  const startSentence = sentenceOf(sentences, q.start);
  if (before >= 1 && /^[:,]$/.test(lowAt(v, before))) {
    const i = before - 1;
    const lemma = cueLemma(lowAt(v, i));
    if (lemma && (!startSentence || v.toks[i].start >= startSentence.start)) {
      const min = startSentence ? tokenAt(v, startSentence.start) : 0;
      used.add(i);
      // `Trump took to Twitter, writing: "…"`, `his adviser, Jake Sullivan, said: "…"`: across a comma, the subject
      const source = sourceBefore(v, i, min);
      return { kind: 'direct', content: q, cue: spanOf(v, i, i), source, stance: CUE_VERBS.get(lemma) ?? 'asserts' };
    }
  }
  return null;
}

const insideAny = (spans: readonly Span[], offset: number) => spans.some((s) => s.start < offset && offset < s.end);

/** Reported speech in one sentence: `X said (that) …`, `…, X said.`, `according to X, …`, partial quotes. */
function reportedIn(v: TokenView, s: Sentence, quotes: readonly Span[], used: Set<number>): Attribution[] {
  const out: Attribution[] = [];
  const from = tokenAt(v, s.start);
  let to = from;
  while (to < v.toks.length && v.toks[to].end <= s.end) to++;
  const last = to - 1;
  for (let i = from; i <= last; i++) {
    if (used.has(i) || insideAny(quotes, v.toks[i].start)) continue;
    if (lowAt(v, i) === 'in') {
      const a = inDocument(v, i, from, last);
      if (a) {
        out.push(a);
        continue;
      }
    }
    const viaPrep = SOURCE_FIRST_CUES.find((c) => matchesAt(v, i, c));
    if (viaPrep) {
      const a = accordingTo(v, i, viaPrep.split(' ').length, from, last);
      if (a) out.push(a);
      continue;
    }
    const lemma = EXCLUDED_CUE_FORMS.has(lowAt(v, i)) ? undefined : cueLemma(lowAt(v, i));
    if (!lemma) {
      const a = thatClauseCue(v, i, from, last);
      if (a) out.push(a);
      continue;
    }
    const a = verbCue(v, i, lemma, from, last, quotes);
    if (a) out.push(a);
  }
  return out;
}

/** `In a CNN poll, Clinton led …` / `… Clinton led by 10 points in the latest survey.` */
function inDocument(v: TokenView, i: number, from: number, last: number): Attribution | null {
  let head = -1;
  let j = i + 1;
  for (; j <= last && j - i <= (head < 0 ? 9 : 16); j++) {
    const w = lowAt(v, j);
    if (w === ',' || w === ';') break;
    // "In an NBC News/Wall Street Journal poll", "a CNN/ORC poll", "a 2016 survey"
    if (v.toks[j].kind === 'punct' && !(/^['’/.-]$/.test(w) && v.toks[j - 1].end === v.toks[j].start)) break;
    if (['as', 'when', 'after', 'before', 'while', 'than'].includes(w) || (w.endsWith('ing') && head < 0)) break;
    if (DOCUMENT_NOUNS.has(w) && !(w === 'words' && ['other', 'the'].includes(lowAt(v, j - 1)))) head = j;
    if (head >= 0 && ['that', 'which', 'who', 'by'].includes(w)) break;
  }
  if (head < 0) return null;
  const srcEnd = lowAt(v, j) === ',' || j > last ? j - 1 : head;
  const source = spanOf(v, i + 1, srcEnd);
  const cue = spanOf(v, i, i);
  const content =
    i === from && lowAt(v, j) === ',' && j + 1 <= last
      ? trimEnd(v.text, { start: v.toks[j + 1].start, end: v.toks[last].end })
      : i > from + 2
        ? trimEnd(v.text, { start: v.toks[from].start, end: v.toks[i - 1].end })
        : null;
  if (!content || wordCount(v.text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) return null;
  return { kind: 'reported', content, cue, source, stance: 'reports' };
}

function accordingTo(v: TokenView, i: number, n: number, from: number, last: number): Attribution | null {
  const cue = spanOf(v, i, i + n - 1);
  const named = readSourceForward(v, i + n, last);
  if (!named) return null;
  // "according to an analysis by the Pew Research Center", "according to interviews with party leaders": the author too
  const by = tokenAt(v, named.end);
  const author = ['by', 'with'].includes(lowAt(v, by)) ? readSourceForward(v, by + 1, last) : null;
  const source = author ? { start: named.start, end: author.end } : named;
  const srcEnd = tokenAt(v, source.end);
  const before = i > from + 1 ? trimEnd(v.text, { start: v.toks[from].start, end: v.toks[i - 1].end }) : null;
  // "But, according to the poll, 46 percent …": a short opener is no content, the clause after is
  const after = srcEnd < last ? trimEnd(v.text, { start: v.toks[lowAt(v, srcEnd) === ',' ? srcEnd + 1 : srcEnd].start, end: v.toks[last].end }) : null;
  const words = (x: Span | null) => (x ? wordCount(v.text.slice(x.start, x.end)) : 0);
  const content = words(before) >= MIN_CONTENT_WORDS ? before : after;
  if (!content || words(content) < MIN_CONTENT_WORDS) return null;
  return { kind: 'reported', content, cue, source, stance: 'reports' };
}

/** Words before "that" that are not speech or belief verbs. */
const NOT_THAT_VERBS = new Set(['is', 'was', 'has', 'does', 'this', 'thus', 'unless', 'less', 'as', 'ensures', 'ensured', 'means', 'meant', 'suggests', 'years', 'days', 'times', 'things', 'reasons', 'facts', 'ways', 'lies', 'needs', 'needed', 'seems', 'seemed', 'happens', 'happened', 'provided', 'assumed', 'given', 'proved', 'proves', 'indicates', 'stems', 'remains']);
/** Clause-only cues that still attribute a preceding quote (`"…," he added`). */
const TRAILING_OK = new Set(['add', 'state', 'note', 'ask', 'reply', 'respond', 'agree', 'concur', 'observe', 'point', 'question', 'repeat', 'chant', 'sing', 'read']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'for', 'via', 'from', 'to', 'with', 'late', 'early', 'last', 'this']);
const OBJECT_TAKING = new Set(['tell', 'warn', 'urge', 'ask', 'accuse', 'blame', 'charge', 'praise', 'criticize', 'criticise', 'call', 'describe']);
const LABELLING = new Set(['call', 'describe', 'praise', 'criticize', 'criticise']);

function verbCue(v: TokenView, i: number, lemma: string, from: number, last: number, quotes: readonly Span[]): Attribution | null {
  const prev = lowAt(v, skipAuxLeft(v, i - 1, from) === i - 1 ? i - 1 : i - 1);
  const form = lowAt(v, i);
  if (form.endsWith('ing') && ![',', 'is', 'are', 'was', 'were', 'been', 'be', 'and', 'on', 'by', 'for', 'from', 'of', 'after', 'while', 'then', 'without', 'before'].includes(prev) && lowAt(v, i + 1) !== 'that') return null;
  if (lemma === 'report' && !form.endsWith('ed') && lowAt(v, i + 1) !== 'that') return null;
  if (looksLikeNoun(v, i, lemma, from)) return null;
  if (STANCE_CUES.has(lemma) && (prev === 'to' || prev === 'help')) return null; // "to help defend": no subject of its own
  if (/ly$/.test(prev) && ['being', 'been', 'was', 'were', 'is', 'are'].includes(lowAt(v, i - 2))) return null;
  if (['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'to', 'so-called'].includes(prev) && prev !== 'to') return null;
  // Passives ("was accused", "is expected") have no speaking subject; progressives ("is stressing") do.
  if (['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(prev) && lemma !== 'report' && !form.endsWith('ing')) return null;
  const stance = CUE_VERBS.get(lemma) ?? 'asserts';
  const cue = spanOf(v, i, i);
  // "called for X", "called on X to …": the particle belongs to the cue and the object is the content
  if (lemma === 'call' && ['for', 'on'].includes(lowAt(v, i + 1)) && i + 2 <= last) {
    const content = trimEnd(v.text, { start: v.toks[i + 2].start, end: v.toks[last].end });
    if (wordCount(v.text.slice(content.start, content.end)) >= 2) {
      return withSource(v, i, from, { kind: 'reported', content, cue: spanOf(v, i, i + 1), source: null, stance });
    }
  }
  // Right side: skip an object for tell/accuse ("told reporters", "accused North Korea of")
  let c = i + 1;
  const next = lowAt(v, c);
  if (OBJECT_TAKING.has(lemma) && !['that', ':', ',', '“', '"'].includes(next)) {
    if (LABELLING.has(lemma)) {
      const q = quotes.find((x) => x.start >= v.toks[i].end && tokenAt(v, x.start) - i <= 8 && x.end <= v.toks[last].end);
      if (!q && !CLAUSE_ONLY_CUES.has(lemma)) return null;
      if (q) return withSource(v, i, from, { kind: 'partial', content: { start: v.toks[i + 1].start, end: q.end }, cue, source: null, stance });
    }
    if (lemma === 'accuse' || lemma === 'blame' || lemma === 'charge') {
      const a = withSource(v, i, from, { kind: 'reported', content: trimEnd(v.text, { start: v.toks[c].start, end: v.toks[last].end }), cue, source: null, stance });
      return a.source ? a : null;
    }
    while (c <= last && v.toks[c].kind === 'word' && lowAt(v, c) !== 'that' && c - i <= 4) c++;
  }
  // "what he called “all crucial international issues,” including …", "chanting “Welcome Putin,”": the quotation right after is the content
  if ((LABELLING.has(lemma) || CLAUSE_ONLY_CUES.has(lemma)) && /^[“"]$/.test(lowAt(v, c))) {
    const q = quotes.find((x) => x.start === v.toks[c].start && x.end <= v.toks[last].end + 1);
    if (q) {
      const a = withSource(v, i, from, { kind: 'partial', content: q, cue, source: null, stance });
      if (a.source) return a;
    }
  }
  // Clause-only cues ("added", "called") need a clause or quote after them; a post-posed source still counts.
  const clauseOk = !CLAUSE_ONLY_CUES.has(lemma) || ['that', ':', ',', '“', '"'].includes(lowAt(v, c));
  if (!clauseOk) c = last + 1;
  if (PREPOSITIONS.has(lowAt(v, c))) {
    // "said on Tuesday that …" skips the adjunct; "wrote in a recent report." has no clause after it
    let t = c;
    while (t <= last && t - c < 8 && lowAt(v, t) !== 'that' && v.toks[t].kind === 'word') t++;
    c = lowAt(v, t) === 'that' || lowAt(v, t) === ',' || lowAt(v, t) === ':' ? t : last + 1;
  }
  if (['that', ':', ','].includes(lowAt(v, c))) c++;
  const rightWords = c <= last ? wordCount(v.text.slice(v.toks[c].start, v.toks[last].end)) : 0;
  if (rightWords >= MIN_CONTENT_WORDS && !/^[.!?]$/.test(lowAt(v, c))) {
    // A denied or accused object ends at "but": "deny an arms deal but vowed to …"
    let stop = last;
    if (stance === 'denies' || stance === 'accuses') for (let t = c; t <= last; t++) if (lowAt(v, t) === 'but') { stop = t - 1; break; }
    const content = trimEnd(v.text, { start: v.toks[c].start, end: v.toks[stop].end });
    const a = withSource(v, i, from, { kind: 'reported', content, cue, source: null, stance });
    if (a.source) return a;
    // ", said Kim Jong Un, …": an inverted cue is followed by its source
  }
  // Post-posed: `…, X said.` / `…, said X.` / `…, X, a professor, wrote.`
  const source = sourceBefore(v, i, from, true) ?? (lowAt(v, i - 1) === ',' ? invertedSource(v, i, last) : null);
  if (!source) return null;
  const comma = tokenAt(v, source.start) - 1;
  if (comma <= from || lowAt(v, comma) !== ',' || rightWords >= MIN_CONTENT_WORDS + 3) {
    if (lowAt(v, i - 1) !== ',') return null;
  }
  const contentEnd = lowAt(v, i - 1) === ',' ? i - 1 : comma;
  if (contentEnd <= from) return null;
  const content = trimEnd(v.text, { start: v.toks[from].start, end: v.toks[contentEnd].end });
  if (wordCount(v.text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) return null;
  // "Earlier this week, China warned Taiwan …": a fronted adverbial before the comma is no reported clause
  if (FRONTED_ADVERBIAL.test(v.text.slice(content.start, content.end))) return null;
  return { kind: 'reported', content, cue, source, stance };
}

/** Words that may follow the source of an inverted cue (", said Kim in a statement", ", said Kim, who …"). */
const AFTER_INVERTED_SOURCE = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'to', 'about', 'of', 'for', 'from', 'when', 'while', 'as', 'last', 'this', 'earlier', 'who', 'whose', 'and']);

/** `…, said Kim.`: the source after an inverted cue, when the clause ends there ("…, said his boss was kind" is not one). */
function invertedSource(v: TokenView, i: number, last: number): Span | null {
  const source = readSourceForward(v, i + 1, last);
  if (!source) return null;
  const next = tokenAt(v, source.end);
  return next > last || v.toks[next].kind === 'punct' || AFTER_INVERTED_SOURCE.has(lowAt(v, next)) ? source : null;
}

/**
 * Any verb with a named or pronoun subject and a "that" clause is an attribution cue ("Trump
 * insisted that …", "the report concluded that …"), even when it is not in the cue lexicon.
 */
function thatClauseCue(v: TokenView, i: number, from: number, last: number): Attribution | null {
  const w = lowAt(v, i);
  if (lowAt(v, i + 1) !== 'that' || v.toks[i].kind !== 'word' || !/ed$/.test(w) || NOT_THAT_VERBS.has(w)) return null;
  if (/^\p{Lu}/u.test(v.text.slice(v.toks[i].start, v.toks[i].end))) return null;
  const source = sourceBefore(v, i, from);
  if (!source || !/^\p{Lu}|^(he|she|they|we|i|it)$/iu.test(v.text.slice(source.start, source.end))) return null;
  if (i + 2 > last) return null;
  const content = trimEnd(v.text, { start: v.toks[i + 2].start, end: v.toks[last].end });
  if (wordCount(v.text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) return null;
  return { kind: 'reported', content, cue: spanOf(v, i, i), source, stance: 'asserts' };
}

/** A cue word used as a noun or name: "the claims", "tax plans", "the United States", "known as". */
function looksLikeNoun(v: TokenView, i: number, lemma: string, from: number): boolean {
  const raw = v.text.slice(v.toks[i].start, v.toks[i].end);
  if (i > from && /^\p{Lu}/u.test(raw)) return true;
  const prev = lowAt(v, i - 1);
  const next = lowAt(v, i + 1);
  if (lemma === 'know' && next === 'as') return true;
  if (!NOUN_LIKE_CUES.has(lemma)) return false;
  if (NOUN_MARKERS.has(prev) || /['’]s$/.test(prev) || prev === '’s' || prev === "'s" || v.toks[i - 1]?.kind === 'number') return true;
  const form = lowAt(v, i);
  // "Polls in the state show the race …", "most Republicans support deportation": a plural subject, then an object
  if (form === lemma) return !VERB_BEFORE.has(prev) && !(pluralSubject(v, i - 1) && objectStart(v, i + 1));
  if (form.endsWith('s') && !form.endsWith('ss')) {
    // "Trump claims the …" / "she plans to": a verb is followed by a clause, an object or "to"
    return !(['that', 'to', ':', ',', '“', '"', 'the', 'a', 'an', 'he', 'she', 'they', 'it', 'we', 'his', 'her', 'their'].includes(next) || /^\p{Lu}/u.test(v.text.slice(v.toks[i + 1]?.start ?? 0, v.toks[i + 1]?.end ?? 0)));
  }
  return false;
}

/** A plural noun or a share ("voters", "Republicans", "60%") that can be the subject of a base-form verb. */
function pluralSubject(v: TokenView, j: number): boolean {
  const w = lowAt(v, j);
  return w === '%' || (v.toks[j]?.kind === 'word' && /[^s'’]s$/.test(w) && !NOUN_MARKERS.has(w) && !/(ss|ous|is|us)$/.test(w));
}

/** Words that open a verb's object or clause ("show that …", "support the bill", "support Sanders"). */
function objectStart(v: TokenView, j: number): boolean {
  return ['that', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'these', 'those'].includes(lowAt(v, j)) || isCapitalised(v, j) || v.toks[j]?.kind === 'number';
}

function withSource(v: TokenView, i: number, from: number, a: Attribution): Attribution {
  const source = sourceBefore(v, i, from);
  const gerund = lowAt(v, i).endsWith('ing');
  if (source || (!gerund && !['and', 'but'].includes(lowAt(v, skipAuxLeft(v, i - 1, from))))) return { ...a, source };
  return { ...a, source: sentenceSubject(v, from, i) };
}

/**
 * Overlapping sources name one speaker ("Davis, a longtime liberal, lashed out …, telling …" read as
 * "Davis, a longtime liberal" and "Davis"): each takes the longest span it overlaps.
 */
function sameSources(list: readonly Attribution[]): Attribution[] {
  const sources = list.flatMap((a) => (a.source ? [a.source] : []));
  return list.map((a) => {
    const own = a.source;
    if (!own) return a;
    const longest = sources.filter((s) => s.start < own.end && own.start < s.end).reduce((x, y) => (y.end - y.start > x.end - x.start ? y : x), own);
    return longest === own ? a : { ...a, source: longest };
  });
}

/** Drops attributions whose content and cue repeat an earlier one. */
function dedupe(list: readonly Attribution[]): Attribution[] {
  const seen = new Set<string>();
  const out: Attribution[] = [];
  for (const a of [...list].sort((x, y) => x.content.start - y.content.start || x.content.end - y.content.end)) {
    const key = `${a.cue?.start ?? -1}:${a.content.start}`;
    if (seen.has(key) || a.content.end <= a.content.start) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}
