import { fail, tooLarge } from './errors.ts';
import type { IngestContext } from './context.ts';

export interface Fetched {
  readonly requested: string;
  /** The URL after redirects. */
  readonly finalUrl: string;
  readonly bytes: Uint8Array;
  /** Lower-cased media type without parameters, or null when the server sent none. */
  readonly mediaType: string | null;
  readonly charset: string | null;
  readonly language: string | null;
}

/**
 * GETs a URL, following redirects, within `ctx.timeoutMs` for the whole exchange (headers and
 * body) and `ctx.maxBytes` of body. Throws E_FETCH, E_TIMEOUT or E_TOO_LARGE naming the URL.
 */
export async function fetchUrl(url: string, ctx: IngestContext): Promise<Fetched> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  try {
    let response: Response;
    try {
      response = await ctx.fetch(url, {
        redirect: 'follow',
        signal: controller.signal,
        headers: { 'user-agent': 'dossier/0.1 (+local news archive)', accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
      });
    } catch (e) {
      if (timedOut) throw timeoutError(url, ctx.timeoutMs, e);
      throw networkError(url, e);
    }
    if (response.status >= 400) {
      await response.body?.cancel().catch(() => undefined);
      throw statusError(url, response.status, response.statusText);
    }
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > ctx.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(url, length, ctx.maxBytes);
    }
    let bytes: Uint8Array;
    try {
      bytes = await readLimited(response, url, ctx.maxBytes);
    } catch (e) {
      if (timedOut) throw timeoutError(url, ctx.timeoutMs, e);
      throw e;
    }
    const contentType = response.headers.get('content-type') ?? '';
    const [media = '', ...params] = contentType.split(';');
    const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean) ?? null;
    const lang = response.headers.get('content-language')?.trim() ?? '';
    return {
      requested: url,
      finalUrl: response.url || url,
      bytes,
      mediaType: media.trim().toLowerCase() || null,
      charset,
      language: /^[a-z]{2,3}(?:-[a-z0-9]+)?$/i.test(lang) ? lang.toLowerCase() : null,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk;
    try {
      chunk = await reader.read();
    } catch (e) {
      throw networkError(url, e);
    }
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, total, maxBytes);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

function timeoutError(url: string, timeoutMs: number, cause: unknown) {
  return fail('E_TIMEOUT', url, `no complete answer within ${timeoutMs / 1000} s`, 'Retry later, raise the timeout (--timeout), or save the page from a browser and ingest the file.', cause);
}

function networkError(url: string, e: unknown) {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
  return fail('E_FETCH', url, `could not be fetched (${why})`, 'Check the URL and the network connection; if the site blocks scripts, save the page from a browser and ingest the file.', e);
}

function statusError(url: string, status: number, text: string) {
  const fix =
    status === 404 || status === 410
      ? 'Check the URL: the server says the page does not exist.'
      : status === 401 || status === 403 || status === 451
        ? 'The site refuses automated access; open the page in a browser, save it, and ingest the file.'
        : status === 429
          ? 'The site is rate-limiting; wait and retry.'
          : status >= 500
            ? 'The server failed; retry later.'
            : 'Check the URL.';
  return fail('E_FETCH', url, `answered HTTP ${status}${text ? ` ${text}` : ''}`, fix);
}
