import type { RoleMention } from '../../core/layers.ts';
import { foldCase } from './gazetteer.ts';
import { ROLE_HEADS, ROLE_NOUNS } from './lexicon.data.ts';
import { modelWord, type RawMention, type Word } from './recognize.ts';

/**
 * Roles and titles next to a person's name: a pre-modifier run ("Russian President Vladimir
 * Putin", "South Korea's defense minister Shin Won-sik") or an appositive ("Sergei Shoigu, the
 * head of Russia's Security Council,"). A role must contain a head noun from `ROLE_HEADS`.
 */

/** Longest appositive role, in tokens; longer comma phrases are clauses, not roles (seed articles). */
const MAX_APPOSITIVE = 12;

export function findRoles(text: string, sent: readonly Word[], person: RawMention, mentionsInSentence: readonly RawMention[]): RoleMention[] {
  const out: RoleMention[] = [];
  const before = roleBefore(text, sent, person, mentionsInSentence);
  if (before) out.push(before);
  const after = roleAfter(text, sent, person, mentionsInSentence);
  if (after) out.push(after);
  return out;
}

const lower = (w: Word) => foldCase(modelWord(w.text));

/** Mentions that can sit inside a role: countries, demonyms, organisations. */
function modifierAt(mentions: readonly RawMention[], endToken: number): RawMention | undefined {
  return mentions.find((m) => m.last === endToken && (m.type === 'GPE' || m.type === 'NORP' || m.type === 'ORG'));
}

function roleBefore(text: string, sent: readonly Word[], person: RawMention, mentions: readonly RawMention[]): RoleMention | null {
  let i = person.first; // exclusive end of the role
  let start = i;
  let hasHead = false;
  while (i > 0) {
    const w = lower(sent[i - 1]);
    if (ROLE_NOUNS.has(w.replace(/\.$/, ''))) {
      if (ROLE_HEADS.has(w)) hasHead = true;
      i--;
      start = i;
      continue;
    }
    if (w === "'s" || w === "'") {
      const m = modifierAt(mentions, i - 1);
      if (m) { i = m.first; start = i; continue; }
      break;
    }
    const m = modifierAt(mentions, i);
    if (m) { i = m.first; start = i; continue; }
    break;
  }
  if (!hasHead || start === person.first) return null;
  return role(text, sent, start, person.first);
}

function roleAfter(text: string, sent: readonly Word[], person: RawMention, mentions: readonly RawMention[]): RoleMention | null {
  let i = person.last;
  if (sent[i]?.text !== ',') return null;
  i++;
  if (i < sent.length && /^(the|a|an)$/i.test(sent[i].text)) i++;
  const start = i;
  let hasHead = false;
  while (i < sent.length && ROLE_NOUNS.has(lower(sent[i]))) {
    if (ROLE_HEADS.has(lower(sent[i]))) hasHead = true;
    i++;
  }
  if (!hasHead) return null;
  // An "of"/"at" complement runs to the next comma or sentence end.
  if (i < sent.length && /^(of|at|for|to|in)$/i.test(sent[i].text)) {
    let j = i;
    while (j < sent.length && !/^[,;:.()"“”]$/.test(sent[j].text)) j++;
    if (j - start <= MAX_APPOSITIVE) i = j;
  }
  const next = sent[i]?.text;
  if (next !== undefined && !/^[,;:.)]$/.test(next) && !mentions.some((m) => m.first === i)) return null;
  return role(text, sent, start, i);
}

function role(text: string, sent: readonly Word[], first: number, end: number): RoleMention {
  const start = sent[first].start;
  const stop = sent[end - 1].end;
  return { start, end: stop, role: text.slice(start, stop).replace(/\s+/g, ' ') };
}
