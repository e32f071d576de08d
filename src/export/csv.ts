import type { DossierExport } from './types.ts';

/**
 * CSV tables of an export (RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
 * comma, a double quote, CR or LF, with double quotes doubled). List cells join their items with
 * `LIST_SEPARATOR`. Evidence spans get their own table, keyed by the record they support.
 */
export const CSV_TABLES = ['articles', 'entities', 'mentions', 'events', 'evidence', 'quotes', 'contradictions', 'timeline'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

export const LIST_SEPARATOR = '; ';

type Cell = string | number | boolean | null | readonly string[];

export function csvField(value: Cell): string {
  const s = value === null ? '' : Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

interface TableRows {
  readonly header: readonly string[];
  readonly rows: Iterable<readonly Cell[]>;
}

export function csvTable(exp: DossierExport, table: CsvTable): TableRows {
  switch (table) {
    case 'articles':
      return {
        header: ['id', 'source', 'title', 'outlet', 'authors', 'published_date', 'published_basis', 'published_how', 'published_confidence', 'published_not_before', 'published_not_after', 'language', 'canonical_url', 'text'],
        rows: exp.articles.map((a) => {
          const p = a.published;
          return [a.id, a.source, a.title, a.outlet, a.authors, p.date, p.basis, p.how, p.confidence, p.notBefore, p.notAfter, a.language, a.canonicalUrl, a.text];
        }),
      };
    case 'entities':
      return {
        header: ['id', 'name', 'type', 'aliases', 'roles', 'articles', 'mentions'],
        rows: exp.entities.map((e) => [e.id, e.name, e.type, e.aliases, [...new Set(e.roles.map((r) => r.role))], e.articles, e.mentions]),
      };
    case 'mentions':
      return { header: ['entity', 'article', 'start', 'end', 'text'], rows: exp.mentions.map((m) => [m.entity, m.article, m.start, m.end, m.text]) };
    case 'events':
      return {
        header: ['id', 'date', 'date_basis', 'date_inferred', 'date_as_of_publication', 'date_note', 'type', 'mode', 'modality', 'attribution', 'summary', 'actors', 'targets', 'place', 'articles', 'corroboration'],
        rows: exp.events.map((e) => [e.id, e.date, e.dateBasis, e.dateInferred, e.dateAsOfPublication, e.dateNote, e.type, e.mode, e.modality, e.attribution, e.summary, e.actors, e.targets, e.place, e.articles, e.corroboration]),
      };
    case 'evidence':
      return { header: ['record', 'claim', 'article', 'start', 'end', 'text'], rows: evidenceRows(exp) };
    case 'quotes':
      return {
        header: ['id', 'speaker', 'speakers', 'kind', 'partial', 'article', 'start', 'end', 'text', 'cue_start', 'cue_end', 'speaker_start', 'speaker_end'],
        rows: exp.quotes.map((q) => [
          q.id, q.speaker, q.speakers, q.kind, q.partial, q.article, q.start, q.end, q.text,
          q.cue?.start ?? null, q.cue?.end ?? null, q.speakerSpan?.start ?? null, q.speakerSpan?.end ?? null,
        ]),
      };
    case 'contradictions':
      return {
        header: ['id', 'about', 'event', 'rule', 'value', 'articles'],
        rows: exp.contradictions.flatMap((c) => c.claims.map((cl) => [c.id, c.about, c.event, c.rule, cl.value, cl.articles])),
      };
    case 'timeline':
      return { header: ['date', 'events', 'summary'], rows: exp.timeline.map((t) => [t.date, t.events, t.summary]) };
  }
}

function* evidenceRows(exp: DossierExport): Iterable<readonly Cell[]> {
  for (const e of exp.events) for (const ev of e.evidence) yield [e.id, null, ev.article, ev.start, ev.end, ev.text];
  for (const c of exp.contradictions) {
    for (const cl of c.claims) for (const ev of cl.evidence) yield [c.id, cl.value, ev.article, ev.start, ev.end, ev.text];
  }
}

export function* csvLines(exp: DossierExport, table: CsvTable): Iterable<string> {
  const { header, rows } = csvTable(exp, table);
  yield csvRow(header);
  for (const row of rows) yield csvRow(row);
}
