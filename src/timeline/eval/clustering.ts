import type { StoryRecord } from '../../core/corpus.ts';
import { assignStory, storyKeys } from '../../fuse/stories.ts';
import { bcubed, type BCubed } from './bcubed.ts';
import { articleDoc, type TlsArticle } from './dataset.ts';

/**
 * Story clustering measured as the store would run it: articles arrive one by one in publication
 * order; candidates come from an inverted index over story keys (never all stories).
 */
export interface ClusteringResult extends BCubed {
  readonly stories: number;
  readonly articles: number;
  /** Mean candidate stories compared per article (the flat per-article cost). */
  readonly meanCandidates: number;
}

export function clusterArticles(articles: readonly { article: TlsArticle; gold: string }[], joinThreshold?: number): ClusteringResult {
  const ordered = [...articles].sort((a, b) => (a.article.date < b.article.date ? -1 : a.article.date > b.article.date ? 1 : a.article.id < b.article.id ? -1 : 1));
  const stories = new Map<string, StoryRecord>();
  const index = new Map<string, Set<string>>();
  const predicted = new Map<string, string>();
  const gold = new Map<string, string>();
  const none = new Map<string, string>();
  let compared = 0;
  for (const { article, gold: g } of ordered) {
    const doc = articleDoc(article, false);
    const ids = new Set<string>();
    for (const k of storyKeys(doc, none)) for (const id of index.get(k) ?? []) ids.add(id);
    compared += ids.size;
    const story = assignStory(doc, none, [...ids].map((id) => stories.get(id)!), joinThreshold);
    const before = stories.get(story.id);
    if (before) for (const k of before.keys) index.get(k)?.delete(story.id);
    stories.set(story.id, story);
    for (const k of story.keys) {
      const set = index.get(k) ?? new Set<string>();
      set.add(story.id);
      index.set(k, set);
    }
    predicted.set(article.id, story.id);
    gold.set(article.id, g);
  }
  return { ...bcubed(predicted, gold), stories: stories.size, articles: ordered.length, meanCandidates: compared / Math.max(ordered.length, 1) };
}
