import type { Evidence } from '../core/span.ts';
import type { Modality } from '../core/ontology.ts';
import type { DossierExport, ExportEvent } from './types.ts';
import { showDate } from './records.ts';

/**
 * The export as one Markdown document for reading: sources with their publication dates (an
 * inferred one with its confidence and how), the timeline, undated events, contradictions (each
 * side with its spans) and quotes. Every piece of evidence is cited as `article:start-end` with its
 * text, so the document can be checked against the JSON export. Source text is escaped, never
 * interpreted as Markdown.
 */
export function* markdownLines(exp: DossierExport): Iterable<string> {
  const names = new Map(exp.entities.map((e) => [e.id, e.name]));
  const outlets = new Map(exp.articles.map((a) => [a.id, a.outlet ?? a.title ?? a.source]));
  const name = (id: string) => md(names.get(id) ?? id);
  const cite = (ev: Evidence) => `${md(outlets.get(ev.article) ?? ev.article)} \`${ev.article}:${ev.start}-${ev.end}\` “${md(oneLine(ev.text))}”`;

  yield '# Dossier\n\n';
  const { entity, from, to } = exp.filter;
  if (entity || from || to) yield `Filtered: ${[entity && `entity ${md(entity)}`, from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(', ')}.\n\n`;

  yield '## Sources\n\n| article | outlet | title | published |\n| --- | --- | --- | --- |\n';
  for (const a of exp.articles) yield `| \`${a.id}\` | ${cell(a.outlet)} | ${cell(a.title ?? a.source)} | ${cell(publishedText(a.published))} |\n`;

  const events = new Map(exp.events.map((e) => [e.id, e]));
  const eventLines = function* (e: ExportEvent): Iterable<string> {
    const who = [e.actors.map(name).join(' & '), e.targets.length ? `→ ${e.targets.map(name).join(' & ')}` : '', e.place ? `@ ${name(e.place)}` : '']
      .filter(Boolean).join(' ');
    const date = e.dateInferred ? ` — *date inferred: ${md(e.dateNote ?? 'rests on inferred publication dates')}*`
      : e.dateAsOfPublication ? ` — *${md(e.dateNote ?? 'as of publication')}*`
      : e.date === null && e.dateNote ? ` — *${md(e.dateNote)}*` : '';
    yield `- **${e.type}${e.mode ? `/${md(e.mode)}` : ''}** ${md(e.summary)}${who ? ` (${who})` : ''} — ${modalityText(e.modality, e.attribution.map(name))}${date}\n`;
    for (const ev of e.evidence) yield `  - ${cite(ev)}\n`;
  };

  yield '\n## Timeline\n\n';
  if (exp.timeline.length === 0) yield '(no dated events)\n';
  for (const t of exp.timeline) {
    const list = t.events.map((id) => events.get(id)).filter((e): e is ExportEvent => e !== undefined);
    const all = (key: 'dateInferred' | 'dateAsOfPublication') => list.length > 0 && list.every((e) => e[key]);
    yield `### ${showDate(t.date)}${all('dateInferred') ? ' (inferred)' : all('dateAsOfPublication') ? ' (as of publication)' : ''}\n\n`;
    if (t.summary) yield `> ${md(oneLine(t.summary))}\n\n`;
    for (const e of list) yield* eventLines(e);
    yield '\n';
  }
  const undated = exp.events.filter((e) => e.date === null);
  if (undated.length) {
    yield '## Undated events\n\n';
    for (const e of undated) yield* eventLines(e);
    yield '\n';
  }

  yield '## Contradictions\n\n';
  if (exp.contradictions.length === 0) yield '(none)\n\n';
  for (const c of exp.contradictions) {
    const about = c.event && events.has(c.event) ? ` — ${md(events.get(c.event)!.summary)}` : '';
    yield `### ${md(c.about)}${about}\n\n${md(c.rule)}\n\n`;
    for (const claim of c.claims) {
      yield `- **${md(claim.value)}** (${claim.articles.map((id) => md(outlets.get(id) ?? id)).join('; ')})\n`;
      for (const ev of claim.evidence) yield `  - ${cite(ev)}\n`;
    }
    yield '\n';
  }

  yield '## Quotes\n\n';
  if (exp.quotes.length === 0) yield '(none)\n';
  for (const q of exp.quotes) {
    const kind = q.partial ? 'partial' : q.kind;
    const speaker = q.speakers.length ? q.speakers.map(name).join(' & ') : 'speaker unknown';
    yield `- **${speaker}** (${kind}): ${cite({ article: q.article, start: q.start, end: q.end, text: q.text })}\n`;
  }
}

/** A publication date as the store or the export holds it (absent and null fields alike). */
export interface PublishedLike {
  readonly date: string | null;
  readonly basis: string;
  readonly how?: string | null;
  readonly confidence?: number | null;
  readonly notBefore?: string | null;
  readonly notAfter?: string | null;
}

/**
 * The date (or its bounds) with its basis, how it was found, and an inferred one's confidence:
 * `2024 (inferred, confidence 0.5: from other sources …)`, `2024-06-19 (metadata: meta[…])`,
 * `2019-01-01… (inferred, …)` for a lower bound only, `unknown`.
 */
export function publishedText(p: PublishedLike): string {
  const when = p.date ?? (p.notBefore || p.notAfter ? `${p.notBefore ?? ''}…${p.notAfter ?? ''}` : 'unknown');
  if (p.basis === 'unknown') return when;
  const confidence = typeof p.confidence === 'number' ? `, confidence ${p.confidence}` : '';
  return `${when} (${p.basis}${confidence}${p.how ? `: ${p.how}` : ''})`;
}

/** The modality with who it is attributed to: `reported by KCNA`, `denied by Moscow`, `planned, according to X`. */
export function modalityText(modality: Modality, attribution: readonly string[]): string {
  if (attribution.length === 0) return modality;
  const who = attribution.join(', ');
  switch (modality) {
    case 'reported':
    case 'denied':
      return `${modality} by ${who}`;
    case 'asserted':
    case 'planned':
    case 'hypothetical':
    case 'negated':
      return `${modality}, according to ${who}`;
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Escapes the characters Markdown would read as markup, so source text shows as it is. */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);
}

function cell(s: string | null): string {
  return s === null ? '' : md(oneLine(s));
}
