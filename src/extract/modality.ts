import type { Quote } from '../core/layers.ts';
import type { Modality } from '../core/ontology.ts';
import type { Span } from '../core/span.ts';
import { cueLemma, cueReports, cueStance } from '../annotate/quotes/index.ts';
import { lowAt, matchesAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { verbForms } from '../annotate/quotes/morph.ts';
import { CLAUSE_BREAKS, CONDITION_WORDS, DELIBERATION_LEMMAS, PAST_AUXILIARIES, PRESENT_AUXILIARIES, PURPOSE_TENSE_REACH, DELIBERATION_WINDOW, DENIAL_CUES, HYPOTHETICAL_CUES, MODALITY_WINDOW, NEGATION_CUES, PLANNED_CUES, REPORTED_CUES, SPEECH_PARTICIPLE_LEMMAS } from './modality.data.ts';

export interface ModalityResult {
  readonly modality: Modality;
  /** The quote whose content holds the event, when it is reported or denied. */
  readonly quote: number | null;
}

/** The local modality from cues left of the trigger, inside its clause; conditions reach the clause start. */
function localModality(v: TokenView, first: number, min: number): Modality | null {
  let hypothetical = false;
  for (let j = first - 1; j >= min; j--) {
    const w = lowAt(v, j);
    if (HYPOTHETICAL_CUES.some((c) => c.split(' ')[0] === w && matchesAt(v, j, c)) && (CONDITION_WORDS.has(w) || first - j <= MODALITY_WINDOW)) {
      hypothetical = true;
      break;
    }
    if (CLAUSE_BREAKS.has(w)) break;
  }
  if (hypothetical || deliberated(v, first, min)) return 'hypothetical';
  for (let j = first - 1; j >= Math.max(min, first - MODALITY_WINDOW); j--) {
    const w = lowAt(v, j);
    if (CLAUSE_BREAKS.has(w)) break;
    if (DENIAL_CUES.has(w)) return 'denied';
    if (NEGATION_CUES.has(w)) return 'negated';
    if (PLANNED_CUES.some((c) => matchesAt(v, j, c) && j + c.split(' ').length <= first)) return 'planned';
    if (REPORTED_CUES.has(w)) return 'reported';
  }
  return null;
}

const DELIBERATION_CUES: ReadonlySet<string> = new Set(DELIBERATION_LEMMAS.flatMap((l) => verbForms(l)));

/** "discussed deepening ties", "discussed arrangements to employ workers": a gerund or infinitive act under deliberation. */
function deliberated(v: TokenView, first: number, min: number): boolean {
  if (!/ing$/.test(lowAt(v, first)) && lowAt(v, first - 1) !== 'to') return false;
  for (let j = first - 1; j >= min && first - j <= DELIBERATION_WINDOW; j--) {
    const w = lowAt(v, j);
    if (DELIBERATION_CUES.has(w)) return true;
    if (CLAUSE_BREAKS.has(w) && w !== '“' && w !== '”') return false;
  }
  return false;
}

/** A cue whose content is a reported proposition or a denial (not a stance on a thing: "defended X"). */
function reportsOrDenies(cue: string): boolean {
  if (AUXILIARIES.has(cue.toLowerCase().split(/\s+/)[0] ?? '')) return false;
  return cueReports(cue) || cueStance(cue) === 'denies';
}

/**
 * Whether a quote's content is a proposition its source vouches for, so that an event inside it is
 * the source's report. Not so: an infinitive ("agreed to further cooperation", "appears to be showing
 * signs", "vowed to strengthen ties": a commitment, planned at most); a noun phrase after a participle
 * (", assuring mutual defense along with deeper cooperation"); the object of a verb the lexicon does
 * not know as speech ("ordered his troops to invade", "thanked Pyongyang for … his war"), unless a
 * clause opener ("that", ":", ",", a quotation mark) or a post-posed source marks it as said.
 * Quotations, "according to" and denials and accusations always attribute.
 */
function propositional(v: TokenView, q: Quote): boolean {
  if (q.kind !== 'reported' || q.cue === null) return true;
  const cue = v.text.slice(q.cue.start, q.cue.end);
  const stance = cueStance(cue);
  if (stance === 'reports' || stance === 'denies' || stance === 'accuses') return true;
  if (q.end <= q.cue.start) return true; // "…, officials in Seoul and Washington have said"
  const content = v.text.slice(q.start, q.end);
  if (/^to\s/i.test(content)) return false;
  if (/(?:\bthat|[:,“"‘'])\s*$/i.test(v.text.slice(q.cue.end, q.start))) return true;
  const lemma = cueLemma(cue.split(/\s+/)[0] ?? '');
  if (!lemma) return false;
  return !/ing$/i.test(cue.split(/\s+/)[0] ?? '') || SPEECH_PARTICIPLE_LEMMAS.has(lemma);
}

/** An auxiliary is never a cue of attribution ("Putin has started his journey" reports nothing). */
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/** Prepositions of a time adjunct whose noun event the writer supplies as background. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'during', 'following', 'since', 'until']);

/**
 * "… said they would triumph against “evil” after a summit in Russia": a noun event in a time adjunct
 * is the writer's setting of what was said, not part of the report (within three words: "after their
 * first summit").
 */
function temporalAdjunct(v: TokenView, first: number, sentenceFirst: number): boolean {
  for (let j = first - 1; j >= sentenceFirst && first - j <= 3; j--) {
    const w = lowAt(v, j);
    if (TIME_PREPOSITIONS.has(w)) return true;
    // "after Putin landed": a clause with its own subject is part of the report
    if (v.toks[j].kind !== 'word' || /^\p{Lu}/u.test(v.text[v.toks[j].start]) || (/(ed|s)$/.test(w) && !['his', 'its', 'this'].includes(w))) return false;
  }
  return false;
}

/**
 * How the text commits to an event at `trigger`: hypothetical, negated or planned from local cues;
 * denied or reported when the trigger sits inside the content of an attribution (a quote layer span
 * whose cue is "deny", "said", "accused"…); asserted otherwise. A noun event with "the"
 * (`definiteNoun`) is presupposed: a report about it does not make it reported, a denial does.
 */
export function modalityOf(v: TokenView, first: number, sentenceFirst: number, trigger: Span, quotes: readonly Quote[], definiteNoun: boolean): ModalityResult {
  const local = localModality(v, first, sentenceFirst);
  // The innermost attribution holds the event: "According to the agency, Kim said that North Korea gives …" is Kim's.
  let qi = -1;
  if (!temporalAdjunct(v, first, sentenceFirst))
    quotes.forEach((q, i) => {
      if (q.start > trigger.start || trigger.end > q.end || q.cue === null || !reportsOrDenies(v.text.slice(q.cue.start, q.cue.end)) || !propositional(v, q)) return;
      // "Kim said North Korea stands with Russia on all issues, including the war in Ukraine": "the war" is presupposed, the writer's
      if (definiteNoun && cueStance(v.text.slice(q.cue.start, q.cue.end)) !== 'denies') return;
      if (qi < 0 || q.end - q.start < quotes[qi].end - quotes[qi].start) qi = i;
    });
  if (qi >= 0) {
    const q = quotes[qi];
    const stance = q.cue ? cueStance(v.text.slice(q.cue.start, q.cue.end)) : 'asserts';
    if (stance === 'denies') return { modality: 'denied', quote: qi };
    if (local === 'hypothetical' || local === 'negated' || local === 'planned') return { modality: local, quote: qi };
    return { modality: 'reported', quote: qi };
  }
  return { modality: local ?? 'asserted', quote: null };
}

/**
 * "Putin has started his journey to North Korea for a two-day summit": a noun event after "for"
 * (skipping its article and adjectives, from `phraseStart`) that is the purpose of a journey
 * (`journeyFirst`, the journey trigger's first token) told in the present, perfect or future is still
 * to come.
 */
export function purposeStillToCome(v: TokenView, phraseStart: number, journeyFirst: number, from: number): boolean {
  const at = ['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(lowAt(v, phraseStart - 1)) ? phraseStart - 1 : phraseStart;
  if (lowAt(v, at - 1) !== 'for' || journeyFirst >= at) return false;
  const verb = lowAt(v, journeyFirst);
  if (/s$/.test(verb) && !/ss$/.test(verb) && v.toks[journeyFirst - 1] && !PAST_AUXILIARIES.has(lowAt(v, journeyFirst - 1))) return true; // "Putin jets in for …", "heads to …"
  for (let j = journeyFirst - 1; j >= from && journeyFirst - j <= PURPOSE_TENSE_REACH; j--) {
    const w = lowAt(v, j);
    if (PRESENT_AUXILIARIES.has(w)) return true;
    if (PAST_AUXILIARIES.has(w) || CLAUSE_BREAKS.has(w)) return false;
  }
  return false;
}
