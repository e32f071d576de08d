import type { Article } from './article.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LayerName, Layers } from './layers.ts';

/**
 * One article with its annotation layers: the unit every per-document component works on.
 * `text` is `article.text`; it never changes once cleaned. Components return a new Doc with
 * more layers (`withLayers`) rather than mutating.
 */
export interface Doc {
  readonly article: Article;
  readonly text: string;
  readonly layers: Partial<Layers>;
  readonly diagnostics: readonly Diagnostic[];
}

export function createDoc(article: Article): Doc {
  return { article, text: article.text, layers: {}, diagnostics: article.diagnostics };
}

export function withLayers(doc: Doc, layers: Partial<Layers>, diagnostics: readonly Diagnostic[] = []): Doc {
  return {
    ...doc,
    layers: { ...doc.layers, ...layers },
    diagnostics: diagnostics.length ? [...doc.diagnostics, ...diagnostics] : doc.diagnostics,
  };
}

/** A layer the caller knows is present (checked by the pipeline's `requires`). */
export function layer<K extends LayerName>(doc: Doc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) {
    throw new Error(`layer "${name}" is missing: add a component that assigns it earlier in the pipeline`);
  }
  return value as Layers[K];
}
