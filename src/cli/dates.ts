import { DossierError } from '../core/errors.ts';

/** Checks a date given on the command line: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar day). */
export function normaliseUserDate(value: string, subject: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  const bad = () =>
    new DossierError('E_DATE', `"${value}" is not a date`, { subject, fix: 'Write the date as YYYY-MM-DD (or YYYY-MM, YYYY).' });
  if (!m) throw bad();
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) throw bad();
  if (d) {
    const t = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (t.getUTCDate() !== Number(d)) throw bad();
  }
  return value.trim();
}
