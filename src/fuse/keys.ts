import type { ResolvedEventMention } from '../core/corpus.ts';
import { yearOf } from './dates.ts';

/**
 * Blocking keys for event fusion: candidates for a new mention are the stored events that share a
 * key, found through the store's key index, never by comparing all pairs.
 *
 * - `tm:` type + mode + the sorted participant set (finds the same event however it is dated);
 * - `te:` type + one participant + the year (the stated year, else the publication year), which
 *   finds events whose participant lists differ ("Putin arrives" / "Kim welcomes Putin");
 * - `tc:` type + a participant's country (a place's, or a person's by stated role) + the year;
 * - `tp:` type + place + year for events with no participants;
 * - `prev:` type + mode + actor for descriptions of a previous occurrence ("his last visit");
 * - `next:` type + mode + actor for the first occurrence after one ("his first visit since 2000"),
 *   which finds another article's "first visit in 24 years" however (un)dated either is.
 */
export function participants(m: Pick<ResolvedEventMention, 'actors' | 'targets'>): string[] {
  return [...new Set([...m.actors, ...m.targets])].sort();
}

export function mentionKeys(m: ResolvedEventMention): string[] {
  const people = participants(m);
  const year = yearOf(m.time.value) ?? yearOf(m.published);
  const y = year === null ? 'undated' : String(year);
  const keys = [`tm:${m.type}:${m.mode ?? '-'}:${people.join('+')}`];
  for (const p of people) keys.push(`te:${m.type}:${p}:${y}`);
  // Countries, and people by the country of their stated role: "Russia and North Korea signed" finds "Putin and Kim signed".
  const countries = new Set([...Object.values(m.geo ?? {}), ...Object.values(m.affiliation ?? {})]);
  for (const c of [...countries].sort()) keys.push(`tc:${m.type}:${c}:${y}`);
  if (people.length === 0 && m.place) keys.push(`tp:${m.type}:${m.place}:${y}`);
  // Descriptions of a previous occurrence meet whatever year they give (a conflict is a contradiction).
  if (m.occurrence === 'previous') for (const a of m.actors) keys.push(`prev:${m.type}:${m.mode ?? '-'}:${a}`);
  if (m.follows !== undefined) for (const a of m.actors) keys.push(`next:${m.type}:${m.mode ?? '-'}:${a}`);
  return keys;
}

export function fuseCandidateKeys(mentions: readonly ResolvedEventMention[]): string[] {
  const keys = new Set<string>();
  for (const m of mentions) for (const k of mentionKeys(m)) keys.add(k);
  return [...keys].sort();
}
