import type { Doc } from './doc.ts';
import { DossierError } from './errors.ts';
import { diagnostic } from './diagnostics.ts';
import type { LayerName } from './layers.ts';

/**
 * A per-document component (spaCy-style): a pure function over a Doc that declares the layers it
 * needs and the layers it adds. It touches no storage, so the same pipeline runs in-process or in
 * a worker.
 */
export interface Component {
  /** Versioned name, e.g. `annotate.sentences.v1`. */
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(doc: Doc): Doc;
}

export function defineComponent(c: Component): Component {
  if (c.assigns.length === 0) {
    throw new DossierError('E_PIPELINE', `component ${c.name} assigns no layer`, {
      subject: c.name,
      fix: 'Declare the layers the component adds in `assigns`.',
    });
  }
  return Object.freeze({ ...c, requires: Object.freeze([...c.requires]), assigns: Object.freeze([...c.assigns]) });
}

export interface Pipeline {
  readonly components: readonly Component[];
  /** Runs every component in order. A component that throws becomes an error diagnostic on the doc. */
  run(doc: Doc): Doc;
}

/** Builds a frozen pipeline, rejecting a component whose `requires` no earlier component assigns. */
export function buildPipeline(components: readonly Component[]): Pipeline {
  const available = new Set<LayerName>();
  for (const c of components) {
    const missing = c.requires.filter((r) => !available.has(r));
    if (missing.length) {
      throw new DossierError('E_PIPELINE', `component ${c.name} requires ${missing.join(', ')}, which no earlier component assigns`, {
        subject: c.name,
        fix: `Add a component that assigns ${missing.join(', ')} before ${c.name}.`,
      });
    }
    for (const a of c.assigns) available.add(a);
  }
  const frozen = Object.freeze([...components]);
  return Object.freeze({
    components: frozen,
    run(doc: Doc): Doc {
      let current = doc;
      for (const c of frozen) {
        try {
          current = c.run(current);
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          // Keep going with empty layers so one failing component never loses the article.
          const empty = Object.fromEntries(c.assigns.filter((a) => current.layers[a] === undefined).map((a) => [a, []]));
          current = {
            ...current,
            layers: { ...current.layers, ...empty },
            diagnostics: [...current.diagnostics, diagnostic('error', c.name, 'component-failed', message)],
          };
        }
      }
      return current;
    },
  });
}
