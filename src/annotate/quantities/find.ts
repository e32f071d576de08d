import type { Quantity, Token } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { countryOf } from '../entities/gazetteer.ts';
import {
  APPROXIMATORS,
  COMPLEMENT_CUES,
  CURRENCY_SYMBOLS,
  MAX_NP_WORDS,
  MONTHS,
  NP_STOP,
  NUMBER_WORDS,
  ORDINAL_UNITS,
  ORDINAL_WORDS,
  PARTICIPANT_MAX,
  PARTICIPANT_UNITS,
  PERCENT_WORDS,
  SCALE_PLURALS,
  SCALE_WORDS,
  TIME_UNITS,
  VAGUE_PLURALS,
  YEAR_MAX,
  YEAR_MIN,
} from './quantities.data.ts';

/** One sentence's tokens with their lower-cased text. */
interface View {
  readonly text: string;
  readonly toks: readonly Token[];
  readonly low: readonly string[];
}

interface NumberAt {
  readonly value: number;
  /** Index of the last token of the number (scale words included). */
  readonly last: number;
}

const word = (v: View, i: number): string => v.low[i] ?? '';

/** Reads a cardinal at token i: "7,000", "2.5 million", "forty", "five hundred". */
function readNumber(v: View, i: number): NumberAt | null {
  const t = v.toks[i];
  if (!t) return null;
  let value: number;
  if (t.kind === 'number') {
    const raw = v.text.slice(t.start, t.end);
    if (/,/.test(raw) && !/^\d{1,3}(,\d{3})+$/.test(raw)) return null;
    value = Number(raw.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
  } else {
    const w = word(v, i);
    const n = NUMBER_WORDS.get(w) ?? (/^[a-z]+-[a-z]+$/.test(w) ? hyphenated(w) : undefined);
    if (n === undefined) return null;
    value = n;
  }
  let last = i;
  const scale = SCALE_WORDS.get(word(v, i + 1));
  if (scale !== undefined) {
    value *= scale;
    last = i + 1;
  }
  return { value, last };
}

/** "twenty-five" → 25. */
function hyphenated(w: string): number | undefined {
  const [a, b] = w.split('-');
  const x = NUMBER_WORDS.get(a);
  const y = NUMBER_WORDS.get(b);
  return x !== undefined && y !== undefined && x >= 20 && y < 10 ? x + y : undefined;
}

function isYear(v: View, i: number, n: NumberAt): boolean {
  const raw = v.text.slice(v.toks[i].start, v.toks[i].end);
  return /^\d{4}$/.test(raw) && n.value >= YEAR_MIN && n.value <= YEAR_MAX;
}

/** "iPhone 16 leaks", "Boeing 737": a number right after a capitalised word inside a sentence is part of a name. */
function isNameNumber(v: View, i: number): boolean {
  if (v.toks[i].kind !== 'number' || i === 0) return false;
  const prev = v.text.slice(v.toks[i - 1].start, v.toks[i - 1].end);
  return i - 1 > 0 && /^[A-Z]|[a-z][A-Z]/.test(prev) && !MONTHS.has(prev.toLowerCase());
}

function isDateOrTime(v: View, i: number, n: NumberAt): boolean {
  if (MONTHS.has(word(v, i - 1)) || MONTHS.has(word(v, n.last + 1))) return true;
  if (word(v, n.last + 1) === ':' || word(v, i - 1) === ':') return true;
  return false;
}

/** "three Palestinians", "40 Ukrainians": a capitalised plural that names people of a country is a head noun, not a name. */
function isDemonymPlural(w: string): boolean {
  return countryOf(w)?.via === 'demonym';
}

/** The head noun after a number: index of the head token, or -1. */
function headNoun(v: View, from: number, plural: boolean, capitalOk = false): number {
  let head = -1;
  for (let j = from, n = 0; j < v.toks.length && n < MAX_NP_WORDS; j++, n++) {
    const t = v.toks[j];
    const w = word(v, j);
    if (t.kind !== 'word' || NP_STOP.has(w)) break;
    head = j;
    if (plural && /[^s]s$/.test(w) && (capitalOk || /^[a-z]/.test(v.text[t.start]) || isDemonymPlural(w))) return j;
    if (!plural) return j;
  }
  if (head < 0) return -1;
  return capitalOk || /^[a-z]/.test(v.text[v.toks[head].start]) ? head : -1;
}

/** Extends the span over a descriptor: "containers filled with munitions", "tonnes of rice". */
function complementEnd(v: View, after: number): number {
  for (const cue of COMPLEMENT_CUES) {
    const parts = cue.split(' ');
    if (!parts.every((p, k) => word(v, after + 1 + k) === p)) continue;
    const from = after + 1 + parts.length;
    let end = -1;
    for (let j = from, n = 0; j < v.toks.length && n < MAX_NP_WORDS; j++, n++) {
      if (v.toks[j].kind !== 'word' || (NP_STOP.has(word(v, j)) && j > from)) break;
      if (NP_STOP.has(word(v, j))) continue;
      end = j;
    }
    return end;
  }
  return -1;
}

/** The unit as written, lower-cased unless it is a proper adjective/noun ("Koreans"). */
function unitText(v: View, i: number): string {
  const raw = v.text.slice(v.toks[i].start, v.toks[i].end);
  return /^[A-Z][a-z]/.test(raw) ? raw : raw.toLowerCase();
}

function approximatorStart(v: View, i: number): number {
  for (const a of APPROXIMATORS) {
    const parts = a.split(' ');
    const s = i - parts.length;
    if (s >= 0 && parts.every((p, k) => word(v, s + k) === p)) return s;
  }
  return -1;
}

function make(v: View, startTok: number, endTok: number, q: Omit<Quantity, 'start' | 'end'>): Quantity {
  return { start: v.toks[startTok].start, end: v.toks[endTok].end, ...q };
}

/** Finds the quantities of one sentence. `blocked` spans (time expressions) are skipped. */
export function findQuantities(text: string, toks: readonly Token[], blocked: readonly Span[] = []): Quantity[] {
  const v: View = { text, toks, low: toks.map((t) => text.slice(t.start, t.end).toLowerCase()) };
  const out: Quantity[] = [];
  const inBlocked = (t: Token) => blocked.some((b) => t.start >= b.start && t.end <= b.end);
  for (let i = 0; i < toks.length; i++) {
    if (inBlocked(toks[i])) continue;
    const q = ordinalAt(v, i) ?? vagueAt(v, i) ?? cardinalAt(v, i);
    if (!q) continue;
    out.push(q.quantity);
    i = q.next - 1;
  }
  return out;
}

interface Found {
  readonly quantity: Quantity;
  readonly next: number;
}

function ordinalAt(v: View, i: number): Found | null {
  let value = ORDINAL_WORDS.get(word(v, i));
  let unitAt = i + 1;
  if (value === undefined && v.toks[i].kind === 'number' && /^(st|nd|rd|th)$/.test(word(v, i + 1))) {
    value = Number(word(v, i));
    unitAt = i + 2;
  }
  if (value === undefined) return null;
  const unit = word(v, unitAt);
  if (!ORDINAL_UNITS.has(unit) || unit === 'time') return null;
  let start = i;
  if (['the', 'its', 'his', 'her', 'their'].includes(word(v, i - 1))) start = i - 1;
  let end = unitAt;
  // "the sixth launch in 12 days"
  if (word(v, end + 1) === 'in' && readNumber(v, end + 2) && TIME_UNITS.has(word(v, (readNumber(v, end + 2)?.last ?? 0) + 1))) {
    end = (readNumber(v, end + 2)?.last ?? end) + 1;
  }
  return { quantity: make(v, start, end, { value, unit, approximate: false }), next: end + 1 };
}

function vagueAt(v: View, i: number): Found | null {
  const two = `${word(v, i)} ${word(v, i + 1)} ${word(v, i + 2)}`;
  const isTens = two === 'tens of thousands';
  const value = isTens ? VAGUE_PLURALS.get('tens of thousands') : VAGUE_PLURALS.get(word(v, i));
  if (value === undefined) return null;
  const ofAt = isTens ? i + 3 : i + 1;
  if (word(v, ofAt) !== 'of') return null;
  const scale = SCALE_PLURALS.has(word(v, ofAt + 1)) ? VAGUE_PLURALS.get(word(v, ofAt + 1)) : undefined;
  if (scale !== undefined) {
    // "hundreds of thousands": a magnitude with no unit of its own
    return { quantity: make(v, i, ofAt + 1, { value: value * scale / 2, unit: null, approximate: true }), next: ofAt + 2 };
  }
  const head = headNoun(v, ofAt + 1, true, true);
  if (head < 0) return null;
  return { quantity: make(v, i, head, { value, unit: unitText(v, head), approximate: true }), next: head + 1 };
}

function cardinalAt(v: View, i: number): Found | null {
  const currency = CURRENCY_SYMBOLS.get(word(v, i));
  const numAt = currency ? i + 1 : i;
  const n = readNumber(v, numAt);
  if (!n) return null;
  if (isDateOrTime(v, numAt, n) || /^(st|nd|rd|th|s)$/.test(word(v, n.last + 1))) return null;
  if (isNameNumber(v, numAt)) return null;
  let last = n.last;
  let high: number | undefined;
  // "20,000 to 50,000", "10-12", "two or three"
  if (['to', '-', '–', 'or'].includes(word(v, last + 1))) {
    const m = readNumber(v, last + 2);
    if (m && m.value > n.value) {
      high = m.value;
      last = m.last;
    }
  }
  const approxAt = approximatorStart(v, currency ? i : numAt);
  let between = -1;
  if (word(v, numAt - 1) === 'between' && word(v, last + 1) === 'and') {
    const m = readNumber(v, last + 2);
    if (m) {
      high = m.value;
      last = m.last;
      between = numAt - 1;
    }
  }
  const start = between >= 0 ? between : approxAt >= 0 ? approxAt : i;
  const approximate = approxAt >= 0 || between >= 0;
  const base = { value: n.value, ...(high !== undefined ? { high } : {}), approximate };
  if (currency) return { quantity: make(v, start, last, { ...base, unit: currency }), next: last + 1 };
  const after = word(v, last + 1);
  if (PERCENT_WORDS.has(after)) return { quantity: make(v, start, last + 1, { ...base, unit: 'percent' }), next: last + 2 };
  if (after === 'per' && word(v, last + 2) === 'cent') {
    return { quantity: make(v, start, last + 2, { ...base, unit: 'percent' }), next: last + 3 };
  }
  const head = headNoun(v, last + 1, (high ?? n.value) !== 1);
  if (head < 0) return null;
  const unit = unitText(v, head);
  if ((high ?? n.value) === 1) return null; // "one place", "One app": an article, not a reported count
  if (TIME_UNITS.has(unit) || SCALE_PLURALS.has(unit)) return null;
  if (PARTICIPANT_UNITS.has(unit) && (high ?? n.value) <= PARTICIPANT_MAX) return null;
  if (isYear(v, numAt, n) && !/s$/.test(unit)) return null;
  const ext = complementEnd(v, head);
  return { quantity: make(v, start, ext >= 0 ? ext : head, { ...base, unit }), next: (ext >= 0 ? ext : head) + 1 };
}
