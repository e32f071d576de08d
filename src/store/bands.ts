/**
 * LSH band keys for a MinHash signature, used when a commit does not carry its own `bands`.
 * Rows per band: 4, chosen so that two articles with Jaccard similarity 0.8 share a band with
 * probability > 0.99 for a 128-value signature (1 − (1 − 0.8⁴)³² ≈ 1), while similarity 0.3 rarely
 * does (1 − (1 − 0.3⁴)³² ≈ 0.23, and the caller then checks the full signature).
 */
export const ROWS_PER_BAND = 4;

/** `b<index>:<v1>.<v2>.<v3>.<v4>` for each complete band of the signature. */
export function signatureBands(signature: readonly number[], rows: number = ROWS_PER_BAND): string[] {
  const bands: string[] = [];
  for (let i = 0; i + rows <= signature.length; i += rows) {
    bands.push(`b${i / rows}:${signature.slice(i, i + rows).join('.')}`);
  }
  return bands;
}
