import type { EventQuantity, QuoteRecord, ResolvedEventMention } from '../core/corpus.ts';
import type { Doc } from '../core/doc.ts';
import { stableId } from '../core/ids.ts';
import { evidence } from '../core/span.ts';
import { notSpeech } from '../extract/speech.ts';
import { affiliationOfEntity, countryOf, countryOfEntity } from './geo.ts';
import { inheritDuring, inheritSentenceTime } from './during.ts';
import { previousOccurrences } from './previous.ts';
import { placeArea, withArea } from './area.ts';
import { entityId } from '../resolve/index.ts';

/**
 * From one document's layers to corpus records: local entity keys become corpus entity ids
 * (through the `assignments` that `resolve` returned), spans become evidence with text.
 */

/**
 * A local key with no corpus assignment stays distinct from every other article's entities: it is
 * kept as `local:<article>:<key>` so it never merges by accident with another article's `e1`.
 */
export function corpusEntity(articleId: string, key: string, assignments: ReadonlyMap<string, string>): string {
  return assignments.get(key) ?? `local:${articleId}:${key}`;
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

export function resolveEventMentions(doc: Doc, assignments: ReadonlyMap<string, string>): ResolvedEventMention[] {
  const article = doc.article.id;
  const quantities = doc.layers.quantities ?? [];
  const locals = new Map((doc.layers.entities ?? []).map((e) => [e.key, e]));
  const out: ResolvedEventMention[] = [];
  const ids = new Set<string>();
  // "Israeli forces killed …" with Israel not named in the article: the people acts as its country,
  // the record resolve links the demonym to (an article that names the country maps it in extract).
  const participant = (k: string): string => {
    const local = locals.get(k);
    return local?.type === 'NORP' && local.standsFor?.startsWith('name:') ? entityId('GPE', local.standsFor.slice(5)) : corpusEntity(article, k, assignments);
  };
  for (const e of doc.layers.events ?? []) {
    const eventQuantities: EventQuantity[] = [];
    for (const i of e.quantities) {
      const q = quantities[i];
      if (!q) continue;
      eventQuantities.push({
        article,
        start: q.start,
        end: q.end,
        value: q.value,
        ...(q.high === undefined ? {} : { high: q.high }),
        unit: q.unit,
        approximate: q.approximate,
      });
    }
    // The place is a local entity key when the extractor linked it, otherwise a name.
    const place = e.place === null ? null : (assignments.get(e.place) ?? e.place);
    const geo: Record<string, string> = {};
    const affiliation: Record<string, string> = {};
    for (const key of [...e.actors, ...e.targets, ...(e.place === null ? [] : [e.place])]) {
      const local = locals.get(key);
      const aff = local ? affiliationOfEntity(local) : null;
      if (aff) affiliation[corpusEntity(article, key, assignments)] = aff;
      const code = local ? countryOfEntity(local) : key === e.place ? countryOf(key) : null;
      if (code) geo[key === e.place ? place! : corpusEntity(article, key, assignments)] = code;
    }
    // Two events of one type in one sentence ("accused … of supplying … in exchange for … military aid") keep distinct ids: the trigger tells them apart.
    let id = stableId('evm', article, e.start, e.end, e.type);
    if (ids.has(id)) id = stableId('evm', article, e.start, e.end, e.type, e.trigger.start);
    // "previous agreements from 1961, 2000, and 2001": one trigger, one event per year: the date tells them apart.
    if (ids.has(id)) id = stableId('evm', article, e.start, e.end, e.type, e.trigger.start, e.time.value ?? '');
    ids.add(id);
    out.push({
      id,
      article,
      type: e.type,
      mode: e.mode,
      actors: uniqueSorted(e.actors.map((k) => participant(k))),
      targets: uniqueSorted(e.targets.map((k) => participant(k))),
      place,
      time: e.time,
      modality: e.modality,
      attribution: e.attribution === null ? null : (assignments.get(e.attribution) ?? null),
      ...(e.attributions && e.attributions.length > 1 ? { attributions: e.attributions.map((k) => corpusEntity(article, k, assignments)) } : {}),
      quantities: eventQuantities,
      intensity: e.intensity,
      summary: e.summary,
      trigger: { start: e.trigger.start, end: e.trigger.end },
      evidence: evidence(article, doc.text, e),
      published: doc.article.published.date,
      ...(doc.article.published.basis === 'inferred' && doc.article.published.date !== null ? { publishedInferred: true as const } : {}),
      outlet: doc.article.outlet,
      ...(Object.keys(geo).length ? { geo } : {}),
      ...(Object.keys(affiliation).length ? { affiliation } : {}),
      ...withArea(placeArea(doc, e.place, e.start, e.end)),
    });
  }
  const previous = previousOccurrences(doc, out, assignments);
  const dated = inheritDuring(inheritSentenceTime(out));
  const linked = dated.filter((m) => !previous.absorbed.has(m.id)).map((m) => {
    const prev = previous.follows.get(m.id);
    return prev === undefined ? m : { ...m, follows: prev };
  });
  return [...linked, ...previous.derived].sort((a, b) => a.evidence.start - b.evidence.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function resolveQuotes(doc: Doc, assignments: ReadonlyMap<string, string>): QuoteRecord[] {
  const article = doc.article.id;
  const claims = doc.layers.claims ?? [];
  const quotes = doc.layers.quotes ?? [];
  // What is stored and shown as a quote is a statement: attributions that state nothing ("thanked
  // Pyongyang for …", ", openly supporting Putin's war", scare quotes inside them) stay in the
  // quotes layer (PolNeAR marks many of them) and, as acts, in the events; they are no claim either.
  return quotes.filter((_, i) => notSpeech(doc, quotes, i) === null).map((raw) => {
    // A quote whose source the quotes layer could not resolve ("The two leaders agreed …") takes the
    // speakers its claim found through the event of the same verb (src/extract/claims.ts).
    const claim = raw.speaker === null && raw.cue
      ? claims.find((c) => c.content.start === raw.start && c.content.end === raw.end && c.cue?.start === raw.cue?.start && c.speaker !== null)
      : undefined;
    const q = claim ? { ...raw, speaker: claim.speaker, speakers: claim.speakers } : raw;
    const speaker = q.speaker === null ? null : (assignments.get(q.speaker) ?? null);
    // layers stored by a dossier before `speakers` (re-fused by `dossier date`) name one speaker
    const local: readonly string[] = q.speakers ?? (q.speaker === null ? [] : [q.speaker]);
    const speakers = [...new Set(local.flatMap((k) => assignments.get(k) ?? []))];
    return {
      id: stableId('quo', article, q.start, q.end, q.kind),
      article,
      start: q.start,
      end: q.end,
      kind: q.kind,
      text: doc.text.slice(q.start, q.end),
      speaker,
      // the primary speaker is always listed, even when a co-speaker is unassigned
      speakers: speaker === null || speakers.includes(speaker) ? speakers : [speaker, ...speakers],
      cue: q.cue,
      source: q.source,
    };
  });
}
