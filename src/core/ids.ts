import { createHash } from 'node:crypto';

/** Hex SHA-256 of a string (UTF-8) or bytes. */
export function sha256(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}

/**
 * A stable, readable id: `prefix_` + the first 16 hex digits of SHA-256 over the parts.
 * The same parts always give the same id, so re-running on the same input gives the same ids.
 */
export function stableId(prefix: string, ...parts: readonly (string | number | null | undefined)[]): string {
  const h = sha256(parts.map((p) => (p === null || p === undefined ? '\u0000' : String(p))).join('\u001f'));
  return `${prefix}_${h.slice(0, 16)}`;
}
