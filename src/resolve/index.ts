import type { EntityLink, EntityMentionRecord, EntityRecord, EntityRole } from '../core/corpus.ts';
import { layer, type Doc } from '../core/doc.ts';
import type { EntityMention, LocalEntity } from '../core/layers.ts';
import type { EntityType } from '../core/ontology.ts';
import { stableId } from '../core/ids.ts';
import { countryOf, gazetteer } from '../annotate/entities/gazetteer.ts';
import { canonicalKey, keysFor, localKeys } from './keys.ts';
import { matchScore } from './match.ts';
import { betterName, distinctAliases } from './names.ts';

/**
 * Cross-article entity resolution, incremental and pure: the runner fetches the records that share
 * a blocking key with this article's local entities (`resolveCandidateKeys`), calls
 * `resolveEntities`, and stores the records, mentions and removals it returns. Metonyms and
 * demonyms become links to their country, never merges.
 */
export interface ResolveResult {
  /** Local entity key → corpus entity id. */
  readonly assignments: ReadonlyMap<string, string>;
  /** Records created or updated, in full. */
  readonly entities: readonly EntityRecord[];
  readonly removedEntities: readonly string[];
  readonly mentions: readonly EntityMentionRecord[];
}

export function resolveCandidateKeys(doc: Doc): string[] {
  const keys = new Set<string>();
  for (const e of doc.layers.entities ?? []) {
    for (const k of localKeys(e)) keys.add(k);
    const target = standsForCountry(e, doc.layers.entities ?? []);
    if (target) keys.add(canonicalKey('GPE', target));
  }
  return [...keys].sort();
}

export function entityId(type: EntityType, name: string): string {
  const t: EntityType = type === 'LOC' && countryOf(name)?.via === 'country' ? 'GPE' : type;
  return stableId('ent', t, canonicalKey(t, name));
}

export function resolveEntities(doc: Doc, candidates: readonly EntityRecord[]): ResolveResult {
  const article = doc.article.id;
  const date = doc.article.published.date;
  const locals = layer(doc, 'entities');
  const mentions = layer(doc, 'mentions');
  const pool = new Map<string, EntityRecord>(candidates.map((r) => [r.id, r]));
  const touched = new Map<string, EntityRecord>();
  const assignments = new Map<string, string>();
  const byEntity = groupMentions(mentions);
  // Records that already counted this article in an earlier commit (a caller that did not withdraw it first).
  const counted = new Set(candidates.filter((r) => r.articles.includes(article)).map((r) => r.id));

  // People with full names first, so a lone "Kim" finds the record its article's full name made.
  const order = [...locals].sort((a, b) => rank(b) - rank(a) || a.key.localeCompare(b.key));
  for (const e of order) {
    const ms = byEntity.get(e.key) ?? [];
    const best = bestCandidate(e, [...pool.values()]);
    const record = best ? merge(best, e, article, date, ms.length, counted.has(best.id)) : create(e, article, date, ms.length);
    pool.set(record.id, record);
    touched.set(record.id, record);
    assignments.set(e.key, record.id);
  }

  // Links: demonyms and metonyms point at their country's record (created empty if new).
  for (const e of locals) {
    const country = standsForCountry(e, locals);
    if (!country) continue;
    const localTarget = e.standsFor && !e.standsFor.startsWith('name:') ? assignments.get(e.standsFor) : undefined;
    const targetId = localTarget ?? entityId('GPE', country);
    if (!pool.has(targetId)) {
      const g = gazetteer().byName.get(country);
      const name = g?.name ?? country;
      const empty: EntityRecord = { id: targetId, name, type: 'GPE', aliases: [], keys: keysFor('GPE', [name]), roles: [], links: [], articles: [], mentions: 0 };
      pool.set(targetId, empty);
      touched.set(targetId, empty);
    }
    const id = assignments.get(e.key)!;
    const rec = pool.get(id)!;
    const kind: EntityLink['kind'] = e.type === 'NORP' ? 'demonym-of' : 'stands-for';
    const ev = (byEntity.get(e.key) ?? []).filter((m) => m.form === 'metonym' || m.form === 'demonym').map((m) => ({ article, start: m.start, end: m.end }));
    const updated = { ...rec, links: addLink(rec.links, { kind, target: targetId, evidence: ev }) };
    pool.set(id, updated);
    touched.set(id, updated);
  }

  const out: EntityMentionRecord[] = mentions.map((m) => ({ article, start: m.start, end: m.end, entity: assignments.get(m.entity)!, form: m.form }));
  return {
    assignments,
    entities: [...touched.values()].sort((a, b) => a.id.localeCompare(b.id)),
    removedEntities: [],
    mentions: out.filter((m) => m.entity !== undefined),
  };
}

function rank(e: LocalEntity): number {
  return e.type === 'PERSON' ? e.name.split(/\s+/).length : 0;
}

function groupMentions(mentions: readonly EntityMention[]): Map<string, EntityMention[]> {
  const out = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = out.get(m.entity) ?? [];
    list.push(m);
    out.set(m.entity, list);
  }
  return out;
}

function bestCandidate(e: LocalEntity, pool: readonly EntityRecord[]): EntityRecord | null {
  let best: EntityRecord | null = null;
  let bestScore = 0;
  for (const r of pool) {
    const s = matchScore(e, r);
    if (s === 0) continue;
    if (!best || s > bestScore || (s === bestScore && (r.mentions > best.mentions || (r.mentions === best.mentions && r.id < best.id)))) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

function rolesOf(e: LocalEntity, article: string, date: string | null): EntityRole[] {
  return e.roles.map((r) => ({ article, start: r.start, end: r.end, role: r.role, date }));
}

function create(e: LocalEntity, article: string, date: string | null, count: number): EntityRecord {
  const type: EntityType = e.type === 'LOC' && countryOf(e.name)?.via === 'country' ? 'GPE' : e.type;
  const name = canonicalName(e);
  const names = [name, ...e.aliases, e.name];
  return {
    id: entityId(type, name),
    name,
    type,
    aliases: distinctAliases(name, names),
    keys: keysFor(type, names),
    roles: rolesOf(e, article, date),
    links: [],
    articles: [article],
    mentions: count,
  };
}

function canonicalName(e: LocalEntity): string {
  if (e.type === 'GPE' || e.type === 'LOC' || e.type === 'NORP') {
    const c = countryOf(e.name);
    if (c?.via === 'country') return c.country.name;
  }
  return e.name;
}

/**
 * Adds a local entity to a record. `counted`: the record counted this article in an earlier commit,
 * so its count and roles for the article are replaced, not added to; two local entities of one
 * article that resolve to the same record both add theirs, so the count equals the stored mentions.
 */
function merge(r: EntityRecord, e: LocalEntity, article: string, date: string | null, count: number, counted: boolean): EntityRecord {
  const seen = r.articles.includes(article);
  const name = betterName(r.type, r.name, canonicalName(e));
  const names = [r.name, ...r.aliases, e.name, ...e.aliases];
  const roles = [...(counted ? r.roles.filter((x) => x.article !== article) : r.roles), ...rolesOf(e, article, date)];
  return {
    ...r,
    name,
    aliases: distinctAliases(name, names),
    keys: [...new Set([...r.keys, ...keysFor(r.type, [e.name, ...e.aliases])])].sort(),
    roles,
    articles: seen ? r.articles : [...r.articles, article].sort(),
    // Re-resolving an article counted in an earlier commit keeps the count instead of adding it twice.
    mentions: counted ? r.mentions : r.mentions + count,
  };
}

function addLink(links: readonly EntityLink[], link: EntityLink): EntityLink[] {
  const i = links.findIndex((l) => l.kind === link.kind && l.target === link.target);
  if (i < 0) return [...links, link];
  const evidence = [...links[i].evidence];
  for (const s of link.evidence) if (!evidence.some((x) => x.article === s.article && x.start === s.start)) evidence.push(s);
  return links.map((l, k) => (k === i ? { ...l, evidence } : l));
}

/** The country a demonym or metonym stands for (world-countries name), or null. */
function standsForCountry(e: LocalEntity, locals: readonly LocalEntity[]): string | null {
  if (!e.standsFor) return null;
  if (e.standsFor.startsWith('name:')) return e.standsFor.slice(5);
  const target = locals.find((x) => x.key === e.standsFor);
  return target ? (countryOf(target.name)?.country.name ?? target.name) : null;
}
