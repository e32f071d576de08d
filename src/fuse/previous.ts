import type { ResolvedEventMention } from '../core/corpus.ts';
import type { Doc } from '../core/doc.ts';
import { stableId } from '../core/ids.ts';
import type { EntityMention } from '../core/layers.ts';
import { yearOf } from './dates.ts';
import { FIRST_EVENT_SINCE_CUE } from './previous.data.ts';
import { FIRST_IN_YEARS_CUE, FIRST_SINCE_CUE, LAST_CUE, LAST_MET_CUE, NUMBER_WORDS } from './fuse.data.ts';
import { corpusEntity } from './mentions.ts';
import { countryOfEntity } from './geo.ts';
import { areaOf, withArea } from './area.ts';

/**
 * Previous-occurrence descriptors. "His last visit … in 2002", "Putin's last trip to Pyongyang in
 * 2000", "first visit to Pyongyang since 2000" and "first visit in 24 years" each describe the one
 * earlier occurrence of the event and date it. Each becomes a derived mention (occurrence
 * `previous`) so sources that date that occurrence differently meet in one event and their
 * disagreement is a contradiction.
 */
interface Cue {
  readonly start: number;
  readonly end: number;
  readonly noun: string;
  readonly year: number | null;
  readonly basis: 'explicit' | 'relative';
  readonly relative?: string;
  /**
   * `first`: the host is the first occurrence after the earlier one ("first visit since 2000");
   * `last`: the host may be the earlier occurrence itself ("shakes hands … on his last visit");
   * `met`: "the two leaders last met in September in far eastern Russia": a meeting of the host's
   * people, dated and placed by what the cue itself says.
   */
  readonly kind: 'first' | 'last' | 'met';
  /** The cue names its event by a noun that must head the host's trigger ("first nuclear test since 2017"). */
  readonly headed?: boolean;
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

function nearestYear(text: string, from: number, to: number): number | null {
  let best: number | null = null;
  let dist = Infinity;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const d = m.index < from ? from - m.index : m.index - to;
    if (d >= 0 && d <= 40 && d < dist) [best, dist] = [+m[1], d];
  }
  return best;
}

export function findCues(text: string, published: string | null): Cue[] {
  const out: Cue[] = [];
  const last = LAST_CUE.exec(text);
  if (last) {
    const year = nearestYear(text, last.index, last.index + last[0].length);
    out.push({ start: last.index, end: last.index + last[0].length, noun: last[1].toLowerCase(), year, basis: 'explicit', kind: 'last' });
  }
  const met = LAST_MET_CUE.exec(text);
  if (met) {
    const inside = /\b(1[89]\d\d|20\d\d)\b/.exec(met[0]);
    out.push({ start: met.index, end: met.index + met[0].length, noun: 'meeting', year: inside ? +inside[1] : null, basis: 'explicit', kind: 'met' });
  }
  const since = FIRST_SINCE_CUE.exec(text);
  if (since) out.push({ start: since.index, end: since.index + since[0].length, noun: since[1].toLowerCase(), year: +since[2], basis: 'explicit', kind: 'first' });
  const event = since ? null : FIRST_EVENT_SINCE_CUE.exec(text);
  if (event) {
    out.push({ start: event.index, end: event.index + event[0].length, noun: singular(event[1].toLowerCase()), year: +event[2], basis: 'explicit', kind: 'first', headed: true });
  }
  const years = FIRST_IN_YEARS_CUE.exec(text);
  if (years) {
    const n = /^\d+$/.test(years[2]) ? +years[2] : (NUMBER_WORDS[years[2].toLowerCase()] ?? null);
    const pub = yearOf(published);
    out.push({
      start: years.index,
      end: years.index + years[0].length,
      noun: years[1].toLowerCase(),
      year: n !== null && pub !== null ? pub - n : null,
      basis: 'relative',
      relative: `${years[2]} years before publication`,
      kind: 'first',
    });
  }
  return out;
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The head (last word, singular) of a host's trigger text: "nuclear test" → "test". */
function triggerHead(doc: Doc, h: ResolvedEventMention): string {
  const words = doc.text.slice(h.trigger.start, h.trigger.end).toLowerCase().match(/[\p{L}’'-]+/gu) ?? [];
  return singular(words.at(-1) ?? '');
}

function modeOf(noun: string, fallback: string | null): string | null {
  if (['visit', 'trip', 'journey', 'tour'].includes(noun)) return 'visit';
  if (['meeting', 'summit', 'talks'].includes(noun)) return 'meet';
  return fallback;
}

export interface PreviousOccurrences {
  /** Derived mentions of the earlier occurrences. */
  readonly derived: readonly ResolvedEventMention[];
  /** Host mention id → the derived mention it is the first occurrence after ("first visit since 2000"). */
  readonly follows: ReadonlyMap<string, string>;
  /**
   * Hosts that are themselves the earlier occurrence: "Putin shakes hands with Kim Jong Il in 2002
   * on his last visit" is dated by the same year as its cue, so the derived mention replaces it.
   */
  readonly absorbed: ReadonlySet<string>;
}

/**
 * The date of the earlier occurrence: the year the cue gives; else, for "last met in September",
 * the time expression inside the cue as the time stage resolved it (the latest September before
 * publication, or its wording when the article date is unknown).
 */
function cueTime(cue: Cue, doc: Doc, start: number, end: number): ResolvedEventMention['time'] {
  if (cue.year !== null) {
    return { value: String(cue.year), precision: 'year', basis: cue.basis, timex: null, ...(cue.relative ? { relative: cue.relative } : {}) };
  }
  const t = cue.kind === 'met' ? (doc.layers.timexes ?? []).find((x) => x.start >= start && x.end <= end && x.type === 'DATE') : undefined;
  if (t && t.value && /^\d{4}(-\d{2}){0,2}$/.test(t.value)) {
    return { value: t.value, precision: t.precision ?? null, basis: t.anchor === 'absolute' ? 'explicit' : 'relative', timex: { start: t.start, end: t.end }, ...(t.relative ? { relative: t.relative } : {}) };
  }
  if (t?.relative) return { value: null, precision: t.precision ?? null, basis: 'relative', timex: { start: t.start, end: t.end }, relative: t.relative };
  return { value: null, precision: null, basis: 'unknown', timex: null, ...(cue.relative ? { relative: cue.relative } : {}) };
}

/** Derived previous-occurrence mentions for the cues inside the host mentions' evidence. */
export function previousOccurrences(doc: Doc, hosts: readonly ResolvedEventMention[], assignments: ReadonlyMap<string, string>): PreviousOccurrences {
  const article = doc.article.id;
  const mentions = doc.layers.mentions ?? [];
  const locals = new Map((doc.layers.entities ?? []).map((e) => [e.key, e]));
  const seen = new Set<string>();
  const out: ResolvedEventMention[] = [];
  const follows = new Map<string, string>();
  const absorbed = new Set<string>();
  for (const h of hosts) {
    for (const cue of findCues(h.evidence.text, h.published)) {
      // Visit and meeting cues describe consultations; a headed cue describes the event its noun heads.
      if (cue.headed ? triggerHead(doc, h) !== cue.noun : h.type !== 'CONSULT') continue;
      const start = h.evidence.start + cue.start;
      const end = h.evidence.start + cue.end;
      const mode = modeOf(cue.noun, h.mode);
      const id = stableId('evm', article, start, end, h.type, 'previous');
      if (mode === null) continue;
      // Every host dated like its "last" cue is that earlier occurrence, also a second event of the sentence.
      if (cue.kind === 'last' && cue.year !== null && h.time.value === String(cue.year)) absorbed.add(h.id);
      if (cue.kind === 'first' && mode === h.mode && !follows.has(h.id)) follows.set(h.id, id);
      if (seen.has(id)) continue;
      seen.add(id);
      // The possessor ("Putin's", "his") just before or at the cue, else the host's actors.
      const owner = mentions.find((m: EntityMention) => m.type === 'PERSON' && m.end <= start + 4 && m.end >= start - 3);
      // The destination: the first place named inside the cue ("to Pyongyang"), else the host's targets.
      const dest = mentions.find((m) => (m.type === 'GPE' || m.type === 'LOC') && m.start >= start && m.end <= end);
      const destId = dest ? corpusEntity(article, dest.entity, assignments) : null;
      const destLocal = dest ? locals.get(dest.entity) : undefined;
      const code = destLocal ? countryOfEntity(destLocal) : null;
      let actors: string[];
      let targets: string[];
      let place = h.place;
      const geo: Record<string, string> = { ...(h.geo ?? {}) };
      if (cue.kind === 'met') {
        // "The two leaders last met … in far eastern Russia": the host's people met there.
        actors = [...h.actors, ...h.targets.filter((t) => !h.geo?.[t] && t !== h.place)];
        targets = [];
        place = destId;
        for (const k of Object.keys(geo)) delete geo[k];
      } else {
        actors = owner ? [corpusEntity(article, owner.entity, assignments)] : [...h.actors];
        targets = destId ? [destId] : h.targets.filter((t) => !actors.includes(t));
      }
      if (destId && code) geo[destId] = code;
      // "Last met … in far eastern Russia": the cue's own place words say where; other cues keep the host's place.
      const { area: hostArea, ...host } = h;
      const area = cue.kind === 'met' ? (dest && destLocal ? areaOf(doc.text, destLocal, dest) : null) : (hostArea ?? null);
      out.push({
        ...host,
        ...withArea(area),
        id,
        mode,
        actors: [...new Set(actors)].sort(),
        targets: [...new Set(targets)].sort(),
        place,
        time: cueTime(cue, doc, start, end),
        modality: 'asserted',
        summary: `previous ${mode}: ${h.evidence.text.slice(cue.start, cue.end)}`,
        quantities: [],
        ...(Object.keys(geo).length ? { geo } : {}),
        occurrence: 'previous',
      });
    }
  }
  return { derived: out, follows, absorbed };
}
