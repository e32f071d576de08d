import type { ServerResponse } from 'node:http';
import { DossierError, toDossierError, type ErrorCode } from '../core/errors.ts';

/**
 * Response helpers: JSON bodies, the JSON error shape `{error: {code, message, fix}}` and the
 * status code each error code maps to.
 */
const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  E_USAGE: 400,
  E_DATE: 400,
  E_FORMAT: 400,
  E_NOT_FOUND: 404,
  E_SERVICE: 503,
  E_TIMEOUT: 504,
};

/** Sent with every response: the page loads nothing from elsewhere, and nothing frames it. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export function statusOf(e: DossierError): number {
  return STATUS_BY_CODE[e.code] ?? 500;
}

export function sendJson(res: ServerResponse, status: number, body: unknown, head = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(head ? undefined : text);
}

export function errorBody(error: unknown): { error: { code: ErrorCode; message: string; fix: string } } {
  const e = toDossierError(error);
  return { error: { code: e.code, message: e.message, fix: e.fix } };
}

export function sendError(res: ServerResponse, error: unknown, head = false): void {
  sendJson(res, statusOf(toDossierError(error)), errorBody(error), head);
}

export function notFound(what: string, id: string, fix: string): DossierError {
  return new DossierError('E_NOT_FOUND', `no ${what} "${id}"`, { subject: id, fix });
}

export function badRequest(message: string, subject: string, fix: string): DossierError {
  return new DossierError('E_USAGE', message, { subject, fix });
}

/** An optional positive integer query parameter, at most `max`. */
export function intParam(params: URLSearchParams, name: string, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw badRequest(`${name} "${raw}" is not a whole number from 1 to ${max}`, name, `Give ${name} as a whole number from 1 to ${max}.`);
  }
  return n;
}

/** An optional string query parameter; empty counts as absent. */
export function strParam(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name);
  return v === null || v === '' ? undefined : v;
}
