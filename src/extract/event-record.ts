/** An event draft as the record the pipeline keeps: trigger span, modality, attribution, date and summary. */
import type { Doc } from '../core/doc.ts';
import type { EventMention, EventTime } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { resolveSpeakers } from '../annotate/quotes/index.ts';
import { spanOf, type TokenView } from '../annotate/quotes/text-view.ts';
import { eventTime } from '../annotate/time/event-time.ts';
import { determinerOf, nounPhraseStart } from './nouns.ts';
import { modalityOf } from './modality.ts';
import { subjectSpan, type Draft } from './event-roles.ts';
import type { TriggerEntry } from './triggers.data.ts';
import { denialSummary, summarize } from './summary.ts';

/** The date of an event: the time stage's governing time expression (single call site). */
function timeOf(doc: Doc, trigger: Span, scope: Span): EventTime {
  return eventTime(doc, trigger, scope);
}

function subjectWords(v: TokenView, first: number, from: number): string {
  const s = subjectSpan(v, first, from);
  return s ? v.text.slice(s.start, s.end) : '';
}

/**
 * The words a summary names the event by: the trigger (a noun with its modifiers), or, for a verb
 * with no actor and no subject words of its own, the agreement noun merged into it ("Signed in 1990,
 * the accord …" reads "accord signed", not a bare "Signed").
 */
function namedBy(v: TokenView, d: Draft, sentenceFirst: number, alone: boolean): { entry: TriggerEntry; text: string; subject: string } {
  const e = d.hit.entry;
  const trigger = spanOf(v, d.hit.first, d.hit.last);
  if (e.pos === 'noun') return { entry: e, text: v.text.slice(v.toks[nounPhraseStart(v, d.hit.first, sentenceFirst, alone)].start, trigger.end), subject: '' };
  const subject = d.actors.length ? '' : subjectWords(v, d.hit.first, sentenceFirst);
  const noun = d.actors.length || subject ? undefined : d.absorbed?.find((h) => h.entry.pos === 'noun' && h.entry.participle);
  if (!noun) return { entry: e, text: v.text.slice(trigger.start, trigger.end), subject };
  return { entry: noun.entry, text: v.text.slice(v.toks[nounPhraseStart(v, noun.first, sentenceFirst, alone)].start, v.toks[noun.last].end), subject: '' };
}

export function toEvent(doc: Doc, v: TokenView, d: Draft, sentenceFirst: number, quotes: Doc['layers']['quotes'] & object): EventMention {
  const e = d.hit.entry;
  const trigger = spanOf(v, d.hit.first, d.hit.last);
  const definite = e.pos === 'noun' && determinerOf(v, d.hit.first, sentenceFirst) === 'the';
  const { modality, quote } = modalityOf(v, d.hit.first, sentenceFirst, trigger, quotes, definite);
  // A denial without an attribution span ("Russia and North Korea deny an arms deal") is the deniers' own word
  const attribution = quote !== null ? quotes[quote].speaker : modality === 'denied' ? (d.actors[0] ?? null) : null;
  const sources = quote !== null ? resolveSpeakers(doc, quotes[quote].source) : modality === 'denied' ? d.actors : [];
  const attributions = attribution !== null && sources.length > 1 && sources.includes(attribution) ? { attributions: [...sources] } : {};
  const named = namedBy(v, d, sentenceFirst, d.actors.length + d.targets.length === 0 || modality === 'denied');
  const evidence = quote !== null ? { start: Math.min(d.sentence.start, quotes[quote].start), end: d.sentence.end } : d.sentence;
  return {
    start: evidence.start,
    end: evidence.end,
    type: e.type,
    mode: e.mode,
    trigger,
    actors: d.actors,
    targets: d.targets,
    place: d.place,
    time: timeOf(doc, trigger, d.sentence),
    modality,
    attribution,
    ...attributions,
    quantities: [],
    intensity: e.intensity,
    summary: (modality === 'denied' ? denialSummary : summarize)(doc, named.entry, {
      actors: d.actors,
      targets: d.targets,
      place: d.place,
      triggerText: named.text,
      subjectText: named.subject,
      deniers: attribution === null ? [] : (attributions.attributions ?? [attribution]),
    }),
  };
}
