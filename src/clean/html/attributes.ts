/**
 * Which attributes the scanner keeps, and a fast way to tell a kept name in the page source
 * without slicing every attribute name it passes.
 */
export interface AttributePolicy {
  /** Attribute names kept on every element. */
  readonly kept: ReadonlySet<string>;
  /**
   * A new attribute record for an element, with every kept name present (undefined until set):
   * records of one shape keep property reads monomorphic in the extractor's hot loops.
   */
  readonly record: () => Record<string, string>;
  /** The record of an element without kept attributes: one shared record() result, never written to. */
  readonly empty: Readonly<Record<string, string>>;
  /** Elements that keep all their attributes (meta, link). */
  readonly keepAll: ReadonlySet<string>;
}

/**
 * Kept attribute names by length × lower-cased first letter: entry k + 1 for the k-th kept name,
 * AMBIGUOUS when two share a slot, 0 when none. A name that misses (href, src, alt, width,
 * data-…) is passed over without slicing; one that hits is compared in place.
 */
export interface KeptNames {
  readonly slots: Uint8Array;
  readonly names: readonly string[];
  readonly kept: ReadonlySet<string>;
}
const CACHE = new WeakMap<AttributePolicy, KeptNames>();
const MAX_LEN = 32;
const AMBIGUOUS = 255;

export function keptNames(policy: AttributePolicy): KeptNames {
  let h = CACHE.get(policy);
  if (!h) {
    const slots = new Uint8Array(MAX_LEN * 128);
    const names = [...policy.kept];
    names.forEach((name, k) => {
      if (name.length >= MAX_LEN) return; // longer names take the slow path below
      const at = name.length * 128 + (name.charCodeAt(0) & 127);
      slots[at] = slots[at] === 0 && k + 1 < AMBIGUOUS ? k + 1 : AMBIGUOUS;
    });
    h = { slots, names, kept: policy.kept };
    CACHE.set(policy, h);
  }
  return h;
}

/** The kept attribute name written at `html[from, to)` (any case), or null. */
export function keptName(html: string, from: number, to: number, h: KeptNames): string | null {
  const len = to - from;
  const slot = len < MAX_LEN ? h.slots[len * 128 + ((html.charCodeAt(from) | 32) & 127)] : AMBIGUOUS;
  if (slot === 0) return null;
  if (slot === AMBIGUOUS) {
    const an = html.slice(from, to).toLowerCase();
    return h.kept.has(an) ? an : null;
  }
  const k = h.names[slot - 1];
  return html.startsWith(k, from) || html.slice(from, to).toLowerCase() === k ? k : null;
}
