import type { Doc } from '../core/doc.ts';
import type { TriggerEntry } from './triggers.data.ts';

/** The display name of a local entity key. */
export function nameOf(doc: Doc, key: string): string {
  const e = doc.layers.entities?.find((x) => x.key === key);
  // "Israeli forces killed …": a people stands for its country, named as the country (fuse links the same record)
  if (e?.type === 'NORP' && e.standsFor?.startsWith('name:')) return e.standsFor.slice(5);
  return e?.name ?? key;
}

function list(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** What a summary is made of: the participants' keys, the trigger as written and, without an actor, the clause's own subject words. */
export interface SummaryParts {
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  readonly place: string | null;
  readonly triggerText: string;
  /** The words before the trigger in its clause when no entity is the actor ("the letter", "one is"). */
  readonly subjectText: string;
  /** Who denies the event, for a denied one (local keys). */
  readonly deniers?: readonly string[];
}

/**
 * A denied event reads as the denial: "Russia and North Korea deny an arms deal" (the deniers are its
 * parties and the trigger a noun), "Moscow denies that North Korea ships weapons to Russia" (anything
 * else); with no known denier, "denied: …".
 */
export function denialSummary(doc: Doc, entry: TriggerEntry, p: SummaryParts): string {
  const deniers = p.deniers ?? [];
  const told = summarize(doc, entry, p);
  if (deniers.length === 0) return `denied: ${told}`;
  const who = list(deniers.map((k) => nameOf(doc, k)));
  const verb = deniers.length > 1 ? 'deny' : 'denies';
  const own = p.actors.length > 0 && p.actors.every((a) => deniers.includes(a));
  if (own && entry.pos === 'noun' && p.targets.length === 0) return `${who} ${verb} ${p.triggerText}`.replace(/\s+/g, ' ').trim();
  return `${who} ${verb} that ${told}`;
}

/** A plural subject takes the base form: "Washington and Seoul accuse". */
function plural(phrase: string): string {
  return phrase.replace(/^(\w+?)(e?s)\b/, (_, stem: string, s: string) => (s === 'es' && /(ss|sh|ch|x|z|o)$/.test(stem) ? stem : stem + (s === 'es' ? 'e' : '')));
}

/**
 * A short subject–verb–object summary: the actors, the mode's verb phrase and the targets ("Putin
 * visits North Korea", "Washington and Seoul accuse North Korea"); with `surface`, the verb as
 * written and the roles as written ("Kim Jong Un welcomes Vladimir Putin"). Without an entity actor
 * the clause's own words stand in ("the letter congratulated Vladimir Putin", "one is attacked"), and
 * a noun trigger reads as a noun phrase ("meeting of U.N. Security Council", "military aid to Putin"),
 * with its entry's participle when it has one ("treaty signed with Estavia", "an agreement signed").
 */
export function summarize(doc: Doc, entry: TriggerEntry, p: SummaryParts): string {
  const names = (keys: readonly string[]) => list(keys.map((k) => nameOf(doc, k)));
  const objectKeys = p.targets.length ? p.targets : entry.objectIsPlace && p.place ? [p.place] : [];
  const what = names(objectKeys.filter((k) => !p.actors.includes(k)));
  const where = p.place && !objectKeys.includes(p.place) ? ` in ${nameOf(doc, p.place)}` : '';
  const tidy = (parts: readonly string[]) => `${parts.filter(Boolean).join(' ')}${where}`.replace(/\s+/g, ' ').trim();
  if (p.actors.length && entry.surface && p.targets.length) {
    const host = p.targets.length > 1 ? plural(entry.surface) : entry.surface;
    return tidy([names(p.targets), host, names(p.actors)]);
  }
  if (p.actors.length) {
    let phrase = p.actors.length > 1 ? plural(entry.phrase) : entry.phrase;
    if (!what) phrase = phrase.replace(/\s+(to|with|on|from|against|for)$/, '');
    return tidy([names(p.actors), phrase, what]);
  }
  if (p.subjectText) return tidy([p.subjectText, p.triggerText, what]);
  const done = entry.pos === 'noun' ? (entry.participle ?? '') : '';
  if (entry.pos === 'noun' && what) {
    const prep = entry.objectIsPlace ? 'to' : (/\s(to|with|on|from|against|for)$/.exec(entry.phrase)?.[1] ?? 'of');
    return tidy([p.triggerText, done, prep, what]);
  }
  return tidy([p.triggerText, done, what]);
}
