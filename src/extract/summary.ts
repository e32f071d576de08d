import type { Doc } from '../core/doc.ts';
import type { TriggerEntry } from './triggers.data.ts';

/** The display name of a local entity key. */
export function nameOf(doc: Doc, key: string): string {
  return doc.layers.entities?.find((e) => e.key === key)?.name ?? key;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * A short summary from the actors, the mode's verb phrase and the targets: "Putin visits North
 * Korea", "Washington and Seoul accuse North Korea". Without actors the trigger text stands in.
 */
export function summarize(
  doc: Doc,
  entry: TriggerEntry,
  actors: readonly string[],
  targets: readonly string[],
  place: string | null,
  triggerText: string,
): string {
  const who = list(actors.map((k) => nameOf(doc, k)));
  const objectKeys = targets.length ? targets : entry.objectIsPlace && place ? [place] : [];
  const what = list(objectKeys.filter((k) => !actors.includes(k)).map((k) => nameOf(doc, k)));
  // A plural subject takes the base form: "Washington and Seoul accuse".
  let phrase = entry.phrase;
  if (actors.length > 1) phrase = phrase.replace(/^(\w+?)(e?s)\b/, (_, stem: string, s: string) => (s === 'es' && /(ss|sh|ch|x|z|o)$/.test(stem) ? stem : stem + (s === 'es' ? 'e' : '')));
  if (!what) phrase = phrase.replace(/\s+(to|with|on|from|against|for)$/, '');
  const parts = [who || triggerText, who ? phrase : '', what].filter(Boolean);
  const place_ = place && !objectKeys.includes(place) ? ` in ${nameOf(doc, place)}` : '';
  return `${parts.join(' ')}${place_}`.replace(/\s+/g, ' ').trim();
}
