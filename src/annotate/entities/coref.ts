import type { EntityMention, LocalEntity, MentionForm, RoleMention } from '../../core/layers.ts';
import type { EntityType } from '../../core/ontology.ts';
import { countryOf, foldCase } from './gazetteer.ts';
import { PERSON_PRONOUNS, ROLE_HEADS } from './lexicon.data.ts';
import { acronymKey, containsRun, isShouted, nameTokens, readIlForII } from './names.ts';
import type { RawMention, Word } from './recognize.ts';
import { findRoles } from './roles.ts';
import { harmoniseTypes } from './consistency.ts';

/**
 * In-document coreference. Names cluster by type-specific keys (a person's shorter name joins the
 * full name that contains it; an acronym joins the organisation whose initials it spells; a
 * country's names join by gazetteer entry); nominals ("the North Korean leader") join the person
 * whose role names the same country; "he"/"she" join the subject of the sentence or the one before.
 */

interface Cluster {
  readonly type: EntityType;
  readonly key: string;
  readonly tokens: string[];
  readonly mentions: { readonly m: { start: number; end: number; sentence: number; confidence: number }; form: MentionForm; text: string }[];
  readonly roles: RoleMention[];
  readonly countries: Set<string>;
  country: string | null;
  standsFor: string | null;
}

/** Confidence of coreference-only mentions; calibrated by hand on the seeds (nominals are safer than pronouns). */
const NOMINAL_CONFIDENCE = 0.6;
const PRONOUN_CONFIDENCE = 0.5;

export function corefDocument(
  text: string,
  sentences: readonly (readonly Word[])[],
  raw: readonly RawMention[],
): { mentions: EntityMention[]; entities: LocalEntity[] } {
  const clusters: Cluster[] = [];
  const sorted = harmoniseTypes(text, raw).sort((a, b) => a.start - b.start || b.end - a.end);
  const persons = sorted.filter((m) => m.type === 'PERSON');
  // Longest names first, so short forms find their full name wherever it occurs in the article.
  const byLength = [...persons].sort((a, b) => nameTokens(spanOf(text, b)).length - nameTokens(spanOf(text, a)).length || a.start - b.start);
  for (const m of byLength) addPerson(clusters, m, text);
  for (const m of sorted) if (m.type !== 'PERSON') addOther(clusters, m, text);
  // Roles of people.
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    for (const { m } of c.mentions) {
      const rm = persons.find((p) => p.start === m.start && p.end === m.end);
      if (!rm) continue;
      const inSentence = sorted.filter((x) => x.sentence === rm.sentence);
      for (const r of findRoles(text, sentences[rm.sentence], rm, inSentence)) {
        if (!c.roles.some((x) => x.start === r.start)) c.roles.push(r);
        for (const x of inSentence) if (x.country && x.start >= r.start && x.end <= r.end) c.countries.add(x.country);
      }
    }
  }
  addNominals(clusters, sentences, sorted, text);
  addPronouns(clusters, sentences, text);
  return finish(clusters);
}

const spanOf = (text: string, m: { start: number; end: number }) => text.slice(m.start, m.end);

function addPerson(clusters: Cluster[], m: RawMention, text: string): void {
  const form = spanOf(text, m);
  const tokens = nameTokens(form);
  if (!tokens.length) return;
  const key = tokens.join(' ');
  const same = clusters.find((c) => c.type === 'PERSON' && c.key === key);
  const candidates = same ? [same] : clusters.filter((c) => c.type === 'PERSON' && containsRun(c.tokens, tokens));
  let target: Cluster | undefined;
  if (candidates.length) {
    // Ambiguous short forms ("Kim" with Kim Jong Un and Kim Jong Il) go to the most mentioned person,
    // then to the one the article introduced first: news names its main actor in full first and
    // brings in others (a father, a predecessor in a photo caption) later.
    target = [...candidates].sort((a, b) => b.mentions.length - a.mentions.length || firstStart(a) - firstStart(b))[0];
  } else {
    target = newCluster(clusters, 'PERSON', key, tokens);
  }
  target.mentions.push({ m, form: tokens.length < target.tokens.length ? 'short' : 'name', text: form });
}

/** Start of the cluster's first mention. */
function firstStart(c: Cluster): number {
  return Math.min(...c.mentions.map((x) => x.m.start));
}

function newCluster(clusters: Cluster[], type: EntityType, key: string, tokens: string[]): Cluster {
  const c: Cluster = { type, key, tokens, mentions: [], roles: [], countries: new Set(), country: null, standsFor: null };
  clusters.push(c);
  return c;
}

function addOther(clusters: Cluster[], m: RawMention, text: string): void {
  const form = spanOf(text, m);
  const folded = foldCase(readIlForII(form)).replace(/^the\s+/, '').replace(/['’]s$/, '');
  let key: string;
  let mentionForm: MentionForm = m.form;
  switch (m.type) {
    case 'NORP':
      key = `norp:${m.country ?? folded}`;
      break;
    case 'GPE':
      key = countryOf(form)?.via === 'country' ? `country:${m.country}` : `place:${folded}`;
      break;
    case 'ORG': {
      const acro = acronymKey(form);
      const single = /^\p{Lu}[\p{Lu}.&]+$/u.test(form.replace(/\s/g, ''));
      if (single) mentionForm = 'acronym';
      const match = clusters.find((c) => c.type === 'ORG' && (c.key === `org:${folded}` || (acro.length >= 2 && acronymKey(c.mentions[0].text) === acro)));
      key = match ? match.key : `org:${folded}`;
      break;
    }
    case 'PERSON':
    case 'LOC':
    case 'FAC':
    case 'EVENT':
      key = `${m.type}:${folded}`;
      break;
  }
  const c = clusters.find((x) => x.type === m.type && x.key === key) ?? newCluster(clusters, m.type, key, []);
  if (m.country) c.country = m.country;
  c.mentions.push({ m, form: mentionForm, text: form });
}

/** "the North Korean leader", "and Russian warmonger": determiner + demonym/country + role head. */
function addNominals(clusters: Cluster[], sentences: readonly (readonly Word[])[], sorted: readonly RawMention[], text: string): void {
  for (const m of sorted) {
    if (!(m.type === 'NORP' || m.type === 'GPE') || !m.country) continue;
    const sent = sentences[m.sentence];
    let end = m.last;
    if (/^['’]s$/.test(sent[end]?.text ?? '')) end++;
    let head = end;
    while (head < sent.length && ROLE_HEADS.has(foldCase(sent[head].text)) === false && /^\p{Ll}+$/u.test(sent[head].text) && head - end < 1) head++;
    if (!(head < sent.length && ROLE_HEADS.has(foldCase(sent[head].text)))) continue;
    // Followed by a name: a role, not a nominal mention.
    const next = sent[head + 1];
    if (next && sorted.some((p) => p.type === 'PERSON' && p.start === next.start)) continue;
    const det = m.first > 0 && /^(the|and|or)$/i.test(sent[m.first - 1].text) ? m.first - 1 : -1;
    if (det < 0) continue;
    const startWord = /^the$/i.test(sent[det].text) ? sent[det] : sent[m.first];
    const span = { start: startWord.start, end: sent[head].end, sentence: m.sentence, confidence: NOMINAL_CONFIDENCE };
    const person = bestPersonFor(clusters, m.country, span.start, m.sentence);
    if (person) person.mentions.push({ m: span, form: 'nominal', text: spanOf(text, span) });
  }
}

/**
 * The person a nominal refers to: one named just before (same or previous sentence) whose known
 * nationality does not contradict the nominal's, else the most mentioned person of that nationality.
 * Weights: proximity outranks nationality, which outranks salience (checked on the seeds).
 */
function bestPersonFor(clusters: readonly Cluster[], country: string, at: number, sentence: number): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = 0;
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    const fits = c.countries.has(country);
    if (c.countries.size && !fits) continue;
    const before = c.mentions.filter((x) => x.m.start < at && x.form !== 'pronoun');
    const near = before.some((x) => x.m.sentence === sentence) ? 100 : before.some((x) => x.m.sentence === sentence - 1) ? 50 : 0;
    if (!near && !fits) continue;
    // The subject (first person named in that sentence) is the likelier antecedent.
    const subject = near && firstPersonIn(clusters, near === 100 ? sentence : sentence - 1, at) === c ? 15 : 0;
    const score = near + subject + (fits ? 20 : 0) + Math.min(10, c.mentions.length);
    if (score > bestScore) { best = c; bestScore = score; }
  }
  return best;
}

function firstPersonIn(clusters: readonly Cluster[], sentence: number, before: number): Cluster | undefined {
  let best: Cluster | undefined;
  let start = Infinity;
  for (const c of clusters) {
    if (c.type !== 'PERSON') continue;
    for (const x of c.mentions) {
      if (x.form !== 'pronoun' && x.m.sentence === sentence && x.m.start < before && x.m.start < start) { best = c; start = x.m.start; }
    }
  }
  return best;
}

function addPronouns(clusters: Cluster[], sentences: readonly (readonly Word[])[], text: string): void {
  const personMentions = clusters
    .filter((c) => c.type === 'PERSON')
    .flatMap((c) => c.mentions.filter((x) => x.form !== 'pronoun').map((x) => ({ c, m: x.m })))
    .sort((a, b) => a.m.start - b.m.start);
  sentences.forEach((sent, si) => {
    for (const w of sent) {
      if (!PERSON_PRONOUNS.has(w.text.toLowerCase())) continue;
      // The subject: the first person named, passing over possessives ("Putin's war, Kim is …").
      const pick = (cands: typeof personMentions) => cands.find((p) => !/^['’]s\b/.test(text.slice(p.m.end, p.m.end + 2))) ?? cands[0];
      const here = pick(personMentions.filter((p) => p.m.sentence === si && p.m.end <= w.start));
      // "him" is never the subject of its own clause ("The leader thanked him").
      const object = w.text.toLowerCase() === 'him';
      const before = (k: number) => pick(personMentions.filter((p) => p.m.sentence === si - k && !(object && here && p.c === here.c)));
      // Two sentences back only when the one before names nobody (a caption between paragraphs).
      const prev = before(1) ?? before(2);
      const ante = object ? prev : (here ?? prev);
      if (!ante) continue;
      ante.c.mentions.push({ m: { start: w.start, end: w.end, sentence: si, confidence: PRONOUN_CONFIDENCE }, form: 'pronoun', text: w.text });
    }
  });
}

function finish(clusters: readonly Cluster[]): { mentions: EntityMention[]; entities: LocalEntity[] } {
  const live = clusters.filter((c) => c.mentions.length);
  live.sort((a, b) => Math.min(...a.mentions.map((x) => x.m.start)) - Math.min(...b.mentions.map((x) => x.m.start)));
  const keyOf = new Map<Cluster, string>(live.map((c, i) => [c, `e${i + 1}`]));
  const byCountry = new Map<string, string>();
  for (const c of live) if (c.key.startsWith('country:') && c.country) byCountry.set(c.country, keyOf.get(c)!);
  const mentions: EntityMention[] = [];
  const entities: LocalEntity[] = [];
  for (const c of live) {
    const key = keyOf.get(c)!;
    const named = c.mentions.filter((x) => x.form !== 'pronoun' && x.form !== 'nominal');
    const name = bestName(c, named.map((x) => x.text));
    const stands = c.type === 'NORP' || c.mentions.some((x) => x.form === 'metonym');
    const standsFor = stands && c.country ? (byCountry.get(c.country) ?? `name:${c.country}`) : undefined;
    const aliases = [...new Set(named.map((x) => x.text.replace(/\s+/g, ' ')))].filter((a) => a !== name);
    entities.push({ key, name, type: c.type, aliases, roles: [...c.roles].sort((a, b) => a.start - b.start), ...(standsFor && standsFor !== key ? { standsFor } : {}) });
    for (const x of c.mentions) {
      mentions.push({ start: x.m.start, end: x.m.end, type: c.type, form: x.form, entity: key, confidence: x.m.confidence });
    }
  }
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { mentions, entities };
}

/** The longest name form, avoiding forms in capitals and a mistyped "II" for "Il"; for countries the gazetteer's name. */
function bestName(c: Cluster, forms: readonly string[]): string {
  if (c.key.startsWith('country:') && c.country) return c.country;
  const clean = forms.map((f) => f.replace(/\s+/g, ' ').replace(/['’]s$/, ''));
  if (c.type === 'PERSON') for (let i = 0; i < clean.length; i++) if (isShouted(clean[i])) clean[i] = clean[i].replace(/\p{Lu}{3,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
  const score = (f: string) => (c.type === 'PERSON' ? nameTokens(f).length : f.length) * 10 - (isShouted(f) ? 5 : 0) - (/^the /i.test(f) ? 1 : 0) - (readIlForII(f) !== f ? 2 : 0);
  return [...clean].sort((a, b) => score(b) - score(a) || a.localeCompare(b))[0] ?? '';
}
