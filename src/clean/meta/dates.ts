import { MAX_YEAR, MIN_YEAR, MONTHS } from './dates.data.ts';

/**
 * Normalises a date string from metadata to ISO 8601 at its precision. Returns `{date, time}` where
 * `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the calendar date as the publisher wrote it, in its own
 * time zone: never shifted to UTC) and `time` the full ISO date-time when a time was given.
 */
export interface NormalisedDate {
  readonly date: string;
  readonly time: string | null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function valid(y: number, m?: number, d?: number): boolean {
  if (!(y >= MIN_YEAR && y <= MAX_YEAR)) return false;
  if (m !== undefined && !(m >= 1 && m <= 12)) return false;
  if (d !== undefined && m !== undefined) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (!(d >= 1 && d <= days)) return false;
  }
  return true;
}

export function normaliseDate(input: string): NormalisedDate | null {
  const s = input.trim();
  if (!s) return null;
  // ISO 8601: 2024-06-18, 2024-06-18T10:00:00+09:00, 2024-06, 2024/06/18, 20240618.
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?/i.exec(s);
  if (m) {
    const y = +m[1], mo = +m[2], d = m[3] ? +m[3] : undefined;
    if (!valid(y, mo, d)) return null;
    if (d === undefined) return { date: `${y}-${pad(mo)}`, time: null };
    const date = `${y}-${pad(mo)}-${pad(d)}`;
    if (m[4] === undefined) return { date, time: null };
    const zone = !m[7] ? '' : /^(z|utc|gmt)$/i.test(m[7]) ? 'Z' : m[7].length === 5 ? `${m[7].slice(0, 3)}:${m[7].slice(3)}` : m[7];
    return { date, time: `${date}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${zone}` };
  }
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return valid(+m[1], +m[2], +m[3]) ? { date: `${m[1]}-${m[2]}-${m[3]}`, time: null } : null;
  if (/^\d{4}$/.test(s)) return valid(+s) ? { date: s, time: null } : null;
  // Unix time in seconds or milliseconds.
  if (/^\d{10}(\d{3})?$/.test(s)) {
    const d = new Date(s.length === 10 ? +s * 1000 : +s);
    return { date: d.toISOString().slice(0, 10), time: d.toISOString().replace('.000Z', 'Z') };
  }
  return textualDate(s);
}

/** "Tue, 18 Jun 2024 10:00:00 GMT", "June 18, 2024", "18 June 2024", "18 июня 2024 г.", "18 de junio de 2024". */
function textualDate(s: string): NormalisedDate | null {
  const t = s.toLowerCase().replace(/,/g, ' ').replace(/\bde\b|\bdel\b/g, ' ').replace(/\s+/g, ' ');
  let m = /(\d{1,2})(?:st|nd|rd|th)?\.? ([\p{L}]+)\.? (\d{4})/u.exec(t);
  let y: number | undefined, mo: number | undefined, d: number | undefined;
  if (m && MONTHS.has(m[2])) [d, mo, y] = [+m[1], MONTHS.get(m[2]), +m[3]];
  else {
    m = /([\p{L}]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})/u.exec(t);
    if (m && MONTHS.has(m[1])) [mo, d, y] = [MONTHS.get(m[1]), +m[2], +m[3]];
    else {
      m = /([\p{L}]+)\.? (\d{4})/u.exec(t);
      if (m && MONTHS.has(m[1])) {
        const [yy, mm] = [+m[2], MONTHS.get(m[1]) as number];
        return valid(yy, mm) ? { date: `${yy}-${pad(mm)}`, time: null } : null;
      }
      return null;
    }
  }
  if (y === undefined || mo === undefined || d === undefined || !valid(y, mo, d)) return null;
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const tm = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?\s*(gmt|utc|z|[+-]\d{2}:?\d{2})?/i.exec(s);
  if (!tm) return { date, time: null };
  let h = +tm[1];
  if (tm[4]?.toLowerCase() === 'pm' && h < 12) h += 12;
  if (tm[4]?.toLowerCase() === 'am' && h === 12) h = 0;
  const zone = !tm[5] ? '' : /^(gmt|utc|z)$/i.test(tm[5]) ? 'Z' : tm[5].includes(':') ? tm[5] : `${tm[5].slice(0, 3)}:${tm[5].slice(3)}`;
  return h < 24 ? { date, time: `${date}T${pad(h)}:${tm[2]}:${tm[3] ?? '00'}${zone}` } : { date, time: null };
}

/**
 * A date in a URL path: /2024/06/18/, /2024-06-18/, /20240618/, or /2024/06/ (month precision).
 * Only path segments count, never query strings.
 */
export function dateFromUrl(url: string): NormalisedDate | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url.split(/[?#]/)[0];
  }
  let m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(path);
  if (m && valid(+m[1], +m[2], +m[3])) return { date: `${m[1]}-${pad(+m[2])}-${pad(+m[3])}`, time: null };
  m = /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(path);
  if (m && valid(+m[1], +m[2], +m[3])) return { date: `${m[1]}-${m[2]}-${m[3]}`, time: null };
  m = /\/((?:19|20)\d{2})\/(\d{1,2})\//.exec(path);
  if (m && valid(+m[1], +m[2])) return { date: `${m[1]}-${pad(+m[2])}`, time: null };
  return null;
}
