import type { MetadataSource, RemovalReason, Removal } from '../core/article.ts';

/** A unit of clean text: one paragraph, heading or list item, in reading order. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item';

export interface Block {
  readonly kind: BlockKind;
  readonly text: string;
}

/** Options for `clean`. Every field is optional; the defaults suit news pages. */
export interface CleanOptions {
  /** Give up on a page after this many milliseconds of work (checked between phases: parse, metadata, extraction). Default 10,000: every phase is linear in the input, so only a pathological page on an overloaded machine comes near it. */
  readonly timeLimitMs?: number;
  /** Inputs longer than this many UTF-16 units are cut before parsing. Default 8,000,000. */
  readonly maxInputChars?: number;
}

/** A metadata value with the source that supplied it and, in words, where exactly. */
export interface Sourced<T> {
  readonly value: T;
  readonly source: MetadataSource;
  readonly how: string;
}

/** What a format-specific extractor returns before the article is assembled. */
export interface Extraction {
  readonly blocks: readonly Block[];
  readonly removed: readonly Removal[];
  readonly title: Sourced<string> | null;
  readonly authors: Sourced<readonly string[]> | null;
  readonly outlet: Sourced<string> | null;
  readonly published: Sourced<string> | null;
  readonly modified: Sourced<string> | null;
  readonly language: Sourced<string> | null;
  readonly canonicalUrl: Sourced<string> | null;
}

export function removal(text: string, reason: RemovalReason, rule: string): Removal {
  return { text, reason, rule };
}
