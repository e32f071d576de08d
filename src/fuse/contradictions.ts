import type { Contradiction, ContradictionClaim, EventRecord, ResolvedEventMention } from '../core/corpus.ts';
import { stableId } from '../core/ids.ts';
import { interval, isoWeek, width } from './dates.ts';
import { areasConflict, regionById } from './area.ts';
import { APPROXIMATE_TOLERANCE, EXACT_TOLERANCE } from './fuse.data.ts';
import { dateClasses, mostPrecise } from './record.ts';
import { statedInterval } from './profile.ts';
import { isAsserting } from './sources.ts';
import { stem } from './stories.ts';

/**
 * Contradictions inside one fused event: sources giving conflicting values for the same attribute.
 * The rules (docs/contradictions.md): a refinement ("2024" → "June 2024") and a value within
 * tolerance ("about 40" vs 42) are not conflicts; only one-off attributes of one event are compared.
 */

function claim(value: string, mentions: readonly ResolvedEventMention[]): ContradictionClaim {
  return {
    value,
    articles: [...new Set(mentions.map((m) => m.article))].sort(),
    // Two event mentions in one clause share their evidence span: show it once.
    evidence: [...new Map(mentions.map((m) => [`${m.evidence.article}:${m.evidence.start}:${m.evidence.end}`, m.evidence])).values()],
  };
}

/**
 * A date the source itself gives: explicit, or relative to a publication date that is known (not
 * inferred). "Last year" read against an inferred publication year is dossier's guess, and a
 * wrong guess must not show as the sources disagreeing.
 */
function sourceGiven(m: ResolvedEventMention): boolean {
  return m.time.basis === 'explicit' || m.publishedInferred !== true;
}

function dateContradiction(e: EventRecord): Contradiction | null {
  const classes = dateClasses(e.mentions).filter((c) => c.some(sourceGiven));
  if (classes.length < 2) return null;
  const claims = classes.map((c) => claim(mostPrecise(c).time.value!, c)).sort((a, b) => (a.value < b.value ? -1 : 1));
  return {
    id: stableId('con', e.id, 'date'),
    about: 'date',
    event: e.id,
    claims,
    rule: `stated dates ${claims.map((c) => c.value).join(' vs ')} neither contain one another nor lie within a day`,
  };
}

interface Amount {
  readonly lo: number;
  readonly hi: number;
  readonly approximate: boolean;
  readonly mention: ResolvedEventMention;
  readonly published: number | null;
}

/** Units compared case- and number-insensitively: "Containers" = "container". */
export function normaliseUnit(unit: string): string {
  return unit
    .toLowerCase()
    .trim()
    .split(/\s+/)
    .map((w) => stem(w))
    .join(' ');
}

export function amountsAgree(a: Amount, b: Amount): boolean {
  const tol = a.approximate || b.approximate ? APPROXIMATE_TOLERANCE : EXACT_TOLERANCE;
  const scale = Math.max(Math.abs(a.hi), Math.abs(b.hi), 1);
  // Ranges agree when they overlap once widened by the tolerance.
  return a.lo <= b.hi + tol * scale && b.lo <= a.hi + tol * scale;
}

/**
 * A count over a longer stated period that contains a shorter one, and is at least as large, is a
 * running total, not a rival figure: "about 40 missiles this year" includes "two missiles this week".
 */
export function isTotalOf(wide: Amount, narrow: Amount): boolean {
  const period = (m: ResolvedEventMention) => isoWeek(m.time.value) ?? statedInterval(m);
  const w = period(wide.mention);
  const n = period(narrow.mention);
  if (!w || !n || width(w) <= width(n) || w.lo > n.lo || n.hi > w.hi) return false;
  return wide.hi >= narrow.lo;
}

function consistent(a: Amount, b: Amount): boolean {
  return amountsAgree(a, b) || isTotalOf(a, b) || isTotalOf(b, a);
}

function amountText(a: Amount): string {
  const core = a.lo === a.hi ? String(a.lo) : `${a.lo}–${a.hi}`;
  return a.approximate ? `about ${core}` : core;
}

function quantityContradictions(e: EventRecord): Contradiction[] {
  const byUnit = new Map<string, Amount[]>();
  for (const m of e.mentions) {
    if (!isAsserting(m)) continue;
    for (const q of m.quantities) {
      if (!q.unit) continue;
      const unit = normaliseUnit(q.unit);
      const list = byUnit.get(unit) ?? [];
      list.push({
        lo: q.value,
        hi: q.high ?? q.value,
        approximate: q.approximate,
        mention: m,
        published: interval(m.published)?.lo ?? null,
      });
      byUnit.set(unit, list);
    }
  }
  const out: Contradiction[] = [];
  for (const [unit, amounts] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const classes: Amount[][] = [];
    for (const a of amounts) {
      const home = classes.find((c) => c.every((o) => consistent(o, a)));
      if (home) home.push(a);
      else classes.push([a]);
    }
    if (classes.length < 2) continue;
    // A running count reported on later days is an update, not a conflict: skip when every class is
    // from a different publication day and the values grow with the date.
    const days = classes.map((c) => new Set(c.map((a) => a.published)));
    const distinctDays = days.every((d, i) => d.size === 1 && !d.has(null) && days.findIndex((o) => o.has([...d][0])) === i);
    if (distinctDays) {
      const ordered = classes.map((c) => c[0]).sort((x, y) => x.published! - y.published!);
      if (ordered.every((a, i) => i === 0 || a.lo >= ordered[i - 1].hi)) continue;
    }
    const claims = classes.map((c) => claim(amountText(c[0]), c.map((a) => a.mention)));
    out.push({
      id: stableId('con', e.id, `count:${unit}`),
      about: `count:${unit}`,
      event: e.id,
      claims,
      rule: `counts of ${unit} differ beyond tolerance (${APPROXIMATE_TOLERANCE * 100} % when approximate, ${EXACT_TOLERANCE * 100} % when exact)`,
    });
  }
  return out;
}

function occurrenceContradiction(e: EventRecord): Contradiction | null {
  const asserting = e.mentions.filter(isAsserting);
  const denying = e.mentions.filter((m) => m.modality === 'denied');
  if (asserting.length === 0 || denying.length === 0) return null;
  return {
    id: stableId('con', e.id, 'occurrence'),
    about: 'occurrence',
    event: e.id,
    claims: [claim('happened', asserting), claim('denied', denying)],
    rule: 'some sources report the event, others report a denial of it',
  };
}

/**
 * Places compared hierarchically (city ⊂ region ⊂ country): a mention whose place is only a
 * country ("a summit in Russia") refines every region of it and is no side; mentions placing the
 * event in different regions of one country ("Moscow" in the Central district, "far eastern
 * Russia") conflict. Cities of one region are not compared: a trip takes in several.
 */
function placeContradiction(e: EventRecord): Contradiction | null {
  const byRegion = new Map<string, ResolvedEventMention[]>();
  for (const m of e.mentions) {
    if (!isAsserting(m) || !m.area) continue;
    const list = byRegion.get(m.area.region) ?? [];
    list.push(m);
    byRegion.set(m.area.region, list);
  }
  const groups = [...byRegion.values()];
  if (!groups.some((a) => groups.some((b) => areasConflict(a[0].area!, b[0].area!)))) return null;
  const claims = groups
    .map((g) => claim(`${[...new Set(g.map((m) => m.area!.name))].sort().join(' / ')} (${regionById(g[0].area!.region)?.label ?? g[0].area!.region})`, g))
    .sort((a, b) => (a.value < b.value ? -1 : 1));
  return {
    id: stableId('con', e.id, 'place'),
    about: 'place',
    event: e.id,
    claims,
    rule: `places in different regions of one country exclude each other: ${claims.map((c) => c.value).join(' vs ')}`,
  };
}

/** Every contradiction inside one event, in a stable order. */
export function contradictionsOf(e: EventRecord): Contradiction[] {
  const out: Contradiction[] = [];
  const date = dateContradiction(e);
  if (date) out.push(date);
  const place = placeContradiction(e);
  if (place) out.push(place);
  out.push(...quantityContradictions(e));
  const occurrence = occurrenceContradiction(e);
  if (occurrence) out.push(occurrence);
  return out;
}
