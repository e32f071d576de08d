import * as chrono from 'chrono-node';
import type { TimeExpression } from '../../../core/layers.ts';

/**
 * The peer: chrono-node with the document creation time as reference (UTC), its results mapped to
 * TIMEX3 at the precision chrono is certain of: TIME when the hour is known, else DATE.
 */
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chronoTimexes(text: string, dct: string | null): TimeExpression[] {
  const ref = dct ? new Date(`${dct}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: TimeExpression[] = [];
  for (const r of chrono.parse(text, { instant: ref, timezone: 0 })) {
    const c = r.start;
    const y = c.get('year');
    const mo = c.get('month');
    const d = c.get('day');
    let value: string;
    let type: TimeExpression['type'] = 'DATE';
    if (c.isCertain('hour')) {
      value = `${pad(y ?? 0, 4)}-${pad(mo ?? 1)}-${pad(d ?? 1)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`;
      type = 'TIME';
    } else if (c.isCertain('day') || c.isCertain('weekday')) value = `${pad(y ?? 0, 4)}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
    else if (c.isCertain('month')) value = `${pad(y ?? 0, 4)}-${pad(mo ?? 1)}`;
    else value = pad(y ?? 0, 4);
    out.push({ start: r.index, end: r.index + r.text.length, type, value, anchor: 'publication' });
  }
  return out;
}
