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
import { denialSummary, summarize } from './summary.ts';

/** The date of an event: the time stage's governing time expression (single call site). */
function timeOf(doc: Doc, trigger: Span, scope: Span): EventTime {
  return eventTime(doc, trigger, scope);
}

function subjectWords(v: TokenView, first: number, from: number): string {
  const s = subjectSpan(v, first, from);
  return s ? v.text.slice(s.start, s.end) : '';
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
    summary: (modality === 'denied' ? denialSummary : summarize)(doc, e, {
      actors: d.actors,
      targets: d.targets,
      place: d.place,
      triggerText: doc.text.slice(e.pos === 'noun' ? v.toks[nounPhraseStart(v, d.hit.first, sentenceFirst, d.actors.length + d.targets.length === 0 || modality === 'denied')].start : trigger.start, trigger.end),
      subjectText: d.actors.length || e.pos === 'noun' ? '' : subjectWords(v, d.hit.first, sentenceFirst),
      deniers: attribution === null ? [] : (attributions.attributions ?? [attribution]),
    }),
  };
}
