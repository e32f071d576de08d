import { BYLINE_RE } from '../text/cues.data.ts';
import { OUTLET_WORDS, SECTION_WORDS } from './names.data.ts';

/**
 * Person names in bylines and author fields. A name is 2–4 capitalised tokens (initials allowed,
 * particles like "van", "de" allowed inside), with no outlet word, no section label and no digits.
 */
const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'el', 'ibn', 'dos', 'del']);
/** Words that never occur in a person's name but do in author fields ("Staff Reports", "The Water Coolest"). */
const NOT_NAME = new Set(['the', 'staff', 'reports', 'report', 'editor', 'editors', 'editorial', 'desk', 'team', 'admin', 'administrator', 'correspondent', 'contributor', 'guest', 'wire', 'services', 'agencies', 'agency', 'board', 'newsroom', 'online']);
/** Weekdays and months trail bylines run into their dates ("Jeff Foust Monday"). */
const DATE_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|updated|published|posted)$/i;

export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 50 || /[\d@/|:;!?()[\]{}<>"“”]/.test(t)) return false;
  const tokens = t.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4) return false;
  let capitalised = 0;
  for (const tok of tokens) {
    const lower = tok.toLowerCase().replace(/[.,]$/, '');
    if (OUTLET_WORDS.has(lower) || SECTION_WORDS.has(lower) || NOT_NAME.has(lower) || DATE_WORDS.test(lower)) return false;
    if (PARTICLES.has(lower)) continue;
    if (/^\p{Lu}\.?$/u.test(tok)) { capitalised++; continue; } // an initial
    if (!/^\p{Lu}[\p{L}'’\-.]*$/u.test(tok)) return false;
    if (/^\p{Lu}{4,}$/u.test(tok)) return false; // an acronym or an all-caps label
    capitalised++;
  }
  return capitalised >= 2;
}

/**
 * Authors in a byline: "By Stefan J. Bos, Chief International Correspondent Worthy News" →
 * ["Stefan J. Bos"]; "By Ann Lee and Bo Park" → both. Returns [] when the line is not a byline.
 */
export function bylineAuthors(line: string): string[] {
  const m = BYLINE_RE.exec(line);
  if (!m) return [];
  return authorList(line.slice(m[0].length));
}

/** Splits "A, B and C | Outlet" into names, stopping at the first part that is not a name. */
export function authorList(text: string): string[] {
  const head = text.split(/\s+[|–—•·]\s+|\s+-\s+|\s*\n/)[0] ?? '';
  const parts = head.split(/\s*,\s*|\s+(?:and|&|y|и|et|und)\s+/);
  const out: string[] = [];
  for (const p of parts) {
    const tokens = p.trim().split(/\s+/);
    while (tokens.length > 2 && DATE_WORDS.test(tokens[tokens.length - 1].replace(/[.,]$/, ''))) tokens.pop();
    const joined = tokens.join(' ');
    const name = joined.replace(/\.$/, (d) => (/\s\p{Lu}\.$/u.test(joined) ? d : ''));
    if (isPersonName(name)) out.push(name);
    else break;
  }
  return out;
}
