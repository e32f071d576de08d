import { readFileSync } from 'node:fs';
import type { EntityMention } from '../../../core/layers.ts';
import { toTokens, type Layout } from './systems.ts';

/**
 * Alias and coreference linking on GUM's identity annotations (news_mentions.jsonl): B³ over the
 * gold mentions. A gold mention is matched by one of our mentions with the same token span, or
 * one inside it that ends on the same token (our "North Korean leader" inside gold "the North
 * Korean leader"); an unmatched gold mention is a singleton on our side.
 */
export interface GoldMention {
  readonly doc: number;
  readonly start: number;
  readonly end: number;
  readonly entityId: number;
  readonly named: boolean;
}

export function readGoldMentions(path: string): GoldMention[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldMention);
}

export interface BCubed { precision: number; recall: number; f1: number; mentionRecall: number; mentions: number }

/** Our entity key for each gold mention of one document, or null when no mention of ours matches. */
export function matchMentions(gold: readonly GoldMention[], l: Layout, ours: readonly EntityMention[]): (string | null)[] {
  const spans = ours.map((m) => ({ m, t: toTokens(l, m.start, m.end) }));
  return gold.map((g) => {
    const exact = spans.find((s) => s.t && s.t.start === g.start && s.t.end === g.end);
    const inside = exact ?? spans.find((s) => s.t && s.t.end === g.end && s.t.start >= g.start);
    return inside ? inside.m.entity : null;
  });
}

/** B³ over gold mentions; `pred[i]` is our cluster label for gold mention i (unique per doc), null = singleton. */
export function bcubed(gold: readonly GoldMention[], pred: readonly (string | null)[]): BCubed {
  const n = gold.length;
  if (!n) return { precision: 0, recall: 0, f1: 0, mentionRecall: 0, mentions: 0 };
  const goldKey = gold.map((g) => `${g.doc}:${g.entityId}`);
  const predKey = pred.map((p, i) => (p === null ? `single:${i}` : `${gold[i].doc}:${p}`));
  const byGold = new Map<string, number[]>();
  const byPred = new Map<string, number[]>();
  goldKey.forEach((k, i) => byGold.set(k, [...(byGold.get(k) ?? []), i]));
  predKey.forEach((k, i) => byPred.set(k, [...(byPred.get(k) ?? []), i]));
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const g = byGold.get(goldKey[i])!;
    const q = byPred.get(predKey[i])!;
    const both = q.filter((j) => goldKey[j] === goldKey[i]).length;
    p += both / q.length;
    r += both / g.length;
  }
  const precision = p / n;
  const recall = r / n;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    mentionRecall: pred.filter((x) => x !== null).length / n,
    mentions: n,
  };
}
