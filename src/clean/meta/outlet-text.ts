import { OUTLET_SUFFIXES, OUTLET_WORDS } from './names.data.ts';
import { squash } from '../text/features.ts';

/**
 * The outlet's name as the page text states it, from the places pages put it: copyright notices,
 * datelines ("PYONGYANG (Worthy News) –"), "originally published on X", "latest news from X",
 * "keep checking back at X", the trailing part of a byline, or a masthead line. Candidates are
 * weighted by how reliable the place is; a candidate that matches a domain or handle named on the
 * page ("thesun.co.uk", "@TheSun") gains weight. Returns null when no candidate reaches MIN_WEIGHT.
 */
const CAP_PHRASE = String.raw`((?:The |the )?\p{Lu}[\p{L}\p{N}'’&\-]*(?:\.[\p{L}\p{N}]+)*(?: (?:of |on |and |& )?\p{Lu}[\p{L}\p{N}'’&\-]*(?:\.[\p{L}\p{N}]+)*){0,4})`;

interface Pattern {
  readonly re: RegExp;
  readonly weight: number;
}

const PATTERNS: readonly Pattern[] = [
  { re: new RegExp(String.raw`^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?` + CAP_PHRASE, 'iu'), weight: 3 },
  { re: new RegExp(String.raw`^\p{Lu}[\p{Lu} ,.'-]{2,40}\(` + CAP_PHRASE + String.raw`\)\s*[-–—]`, 'u'), weight: 3 },
  { re: new RegExp(String.raw`(?:originally published|first published|first appeared) (?:on|in|by|at) ` + CAP_PHRASE, 'iu'), weight: 3 },
  { re: new RegExp(String.raw`(?:latest|more) (?:news|stories) from ` + CAP_PHRASE, 'iu'), weight: 2 },
  { re: new RegExp(String.raw`(?:checking back|follow us|read more|stay tuned) (?:at|on|to|with) ` + CAP_PHRASE, 'iu'), weight: 2 },
  { re: new RegExp(String.raw`(?:correspondent|reporter|editor|writer|staff|contributor),? (?:for |at |of )?` + CAP_PHRASE + '$', 'iu'), weight: 2 },
];

const MIN_WEIGHT = 2;

export function outletFromLines(lines: readonly string[], mastheadLines: readonly string[]): { name: string; how: string } | null {
  const weights = new Map<string, { name: string; weight: number; how: string; first: number }>();
  let order = 0;
  const add = (raw: string, weight: number, how: string): void => {
    const name = tidy(raw);
    if (!name || !hasOutletShape(name)) return;
    const key = squash(name);
    const cur = weights.get(key);
    if (cur) cur.weight += weight;
    else weights.set(key, { name, weight, how, first: order++ });
  };
  for (const line of lines) {
    for (const p of PATTERNS) {
      const m = p.re.exec(line);
      if (m?.[1]) add(m[1], p.weight, 'text');
    }
  }
  const seen = new Map<string, number>();
  for (const l of mastheadLines) seen.set(l, (seen.get(l) ?? 0) + 1);
  for (const [l, n] of seen) {
    const ws = l.split(/\s+/);
    if (ws.length <= 5 && ws.some((w) => OUTLET_WORDS.has(w.toLowerCase())) && ws.every((w) => /^\p{Lu}/u.test(w))) {
      add(l, n > 1 ? 3 : 1, 'masthead');
    }
  }
  const handles = domainsAndHandles(lines.join('\n'));
  for (const c of weights.values()) if (handles.has(squash(c.name))) c.weight += 2;
  const best = [...weights.values()].sort((a, b) => b.weight - a.weight || a.first - b.first)[0];
  return best && best.weight >= MIN_WEIGHT ? { name: best.name, how: best.how } : null;
}

function tidy(raw: string): string {
  let name = raw.trim().replace(/[.,;:]+$/, '');
  for (const s of OUTLET_SUFFIXES) if (name.endsWith(' ' + s)) name = name.slice(0, -s.length - 1);
  return name.replace(/^the /, 'The ');
}

function hasOutletShape(name: string): boolean {
  const ws = name.split(/\s+/);
  return ws.length >= 1 && ws.length <= 6 && name.length >= 3 && !/^(The|A|An)$/.test(name);
}

/** Squashed names of domains and social handles mentioned in the text ("thesun" from "thesun.co.uk"). */
function domainsAndHandles(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b(?:www\.)?([a-z0-9-]{3,})\.(?:co\.uk|com|org|net|co|news|tv|ru|kr|es|de|fr|in|info)\b/gi)) {
    if (!/^(facebook|twitter|instagram|youtube|tiktok|linkedin|google|apple|x)$/i.test(m[1])) out.add(squash(m[1]));
  }
  for (const m of text.matchAll(/(?:@|facebook\.com\/|twitter\.com\/|x\.com\/)([A-Za-z0-9_]{3,})/g)) out.add(squash(m[1]));
  return out;
}
