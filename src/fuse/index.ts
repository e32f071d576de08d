/**
 * fuse: corpus-level merging of event mentions across articles, corroboration, contradictions,
 * near-duplicate detection and story clustering. Pure functions over plain data; the runner reads
 * candidates from the store by the keys these functions give and writes what they return.
 */
export { resolveEventMentions, resolveQuotes } from './mentions.ts';
export { fuseCandidateKeys } from './keys.ts';
export { fuseEvents, withdrawArticle, type FuseResult } from './merge.ts';
export { contradictionsOf } from './contradictions.ts';
export { signature, bandKeys, similarity, isNearDuplicate, paragraphKeys, reusedParagraphs } from './minhash.ts';
export { storyKeys, assignStory } from './stories.ts';
