import type { Sourced } from '../types.ts';
import { normaliseDate } from './dates.ts';
import { MONTHS } from './dates.data.ts';

/**
 * A page's own date line ("Posted June 3, 2021", "Updated: 19 November 2019, 09:01 AM",
 * "7 de mayo de 2024"): a short block that is nothing but a date with a label. It is page
 * metadata, not article text, so `clean` takes it out of the text and uses it as a date source
 * when no structured metadata gives one.
 */
export interface DateLine {
  readonly date: string;
  readonly time: string | null;
  readonly kind: 'published' | 'modified';
}

/** Longest date line, in words: "Published Monday 3 June 2021 at 10:42 am BST | Updated …" has 12–16. */
const MAX_WORDS = 16;
const LABEL = /^(posted|published|updated|last updated|modified|date|dated|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert|опубликовано|обновлено)\b\s*(on|:|el|le|am)?\s*/i;
const FILLER = new Set([
  'on', 'at', 'am', 'pm', 'a', 'p', 'm', 'de', 'del', 'à', 'às', 'um', 'г', 'года', 'в', 'utc', 'gmt', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'ist', 'et',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'feira', 'segunda', 'terça', 'quarta', 'quinta', 'sexta',
  'updated', 'published', 'posted', 'last', 'modified', 'st', 'nd', 'rd', 'th', 'hrs', 'h', 'ago', 'and',
]);

export function parseDateLine(text: string): DateLine | null {
  const t = text.trim();
  const wordsAll = t.split(/\s+/);
  if (wordsAll.length > MAX_WORDS || t.length < 6) return null;
  const kind: DateLine['kind'] = /^(updated|last updated|modified|actualizado|mis à jour|aktualisiert|обновлено)/i.test(t) ? 'modified' : 'published';
  const body = t.replace(LABEL, '');
  const n = normaliseDate(body) ?? normaliseDate(body.replace(/^[^\d\p{L}]+/u, ''));
  if (!n || n.date.length < 10) return null;
  const rest = body
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w && !/^\d+$/.test(w) && !MONTHS.has(w) && !MONTHS.has(w.replace(/\.$/, '')) && !FILLER.has(w));
  return rest.length <= 1 ? { date: n.date, time: n.time, kind } : null;
}

/** The first published and modified date lines as metadata values (source `dateline`). */
export function dateLineSources(lines: readonly DateLine[]): { published: Sourced<string> | null; modified: Sourced<string> | null } {
  const pick = (kind: DateLine['kind']): Sourced<string> | null => {
    const d = lines.find((l) => l.kind === kind);
    return d ? { value: d.time ?? d.date, source: 'dateline', how: 'date line above the article' } : null;
  };
  return { published: pick('published'), modified: pick('modified') };
}
