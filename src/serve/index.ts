import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DossierError } from '../core/errors.ts';
import type { Store } from '../store/types.ts';
import { apiRoutes, type ApiResult, type Route } from './api.ts';
import { badRequest, errorBody, SECURITY_HEADERS, sendError, sendJson } from './http.ts';
import { loadStaticFiles, type StaticFile } from './static.ts';

/**
 * The HTTP server: the JSON API under `/api/` (docs/api.md) and the web page at `/` (three static
 * files from `public/`). node:http only; it reads the store and never writes it.
 */
export interface ServeOptions {
  readonly store: Store;
  /** Default 4173; 0 picks any free port. */
  readonly port?: number;
  /** Default 127.0.0.1 (local only). */
  readonly host?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4173;
export const DEFAULT_HOST = '127.0.0.1';

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const routes = apiRoutes(options.store);
  const files = await loadStaticFiles();
  const server = createServer((req, res) => {
    handle(req, res, routes, files).catch((e) => {
      if (!res.headersSent) sendError(res, e);
      else res.destroy();
    });
  });
  const host = options.host ?? DEFAULT_HOST;
  const wanted = options.port ?? DEFAULT_PORT;
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e) => {
      reject(new DossierError('E_USAGE', `cannot listen on ${host}:${wanted}: ${e.message}`, {
        subject: 'port',
        fix: 'Choose another port with --port (0 picks a free one), or stop the program using it.',
        cause: e,
      }));
    });
    server.listen(wanted, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, routes: readonly Route[], files: ReadonlyMap<string, StaticFile>): Promise<void> {
  const head = req.method === 'HEAD';
  if (req.method !== 'GET' && !head) {
    res.setHeader('allow', 'GET, HEAD');
    sendJson(res, 405, errorBody(badRequest(`method ${req.method} is not allowed`, 'method', 'The API is read-only: use GET or HEAD.')));
    return;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/api/')) {
    const file = files.get(path === '/' ? '/index.html' : path);
    if (!file) throw notFoundPath(path);
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.contentType, 'content-length': file.body.length });
    res.end(head ? undefined : file.body);
    return;
  }
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    const params = m.slice(1).map(decodeParam);
    return send(res, await route.handle({ params, query: url.searchParams }), head);
  }
  throw notFoundPath(path);
}

async function send(res: ServerResponse, result: ApiResult, head: boolean): Promise<void> {
  switch (result.kind) {
    case 'json':
      return sendJson(res, 200, result.body, head);
    case 'chunks': {
      res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': result.contentType });
      if (!head) {
        for (const chunk of result.chunks) if (!res.write(chunk)) await once(res, 'drain');
      }
      res.end();
      return;
    }
  }
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw badRequest(`"${raw}" is not a valid path segment`, raw, 'Percent-encode ids in the path.');
  }
}

function notFoundPath(path: string): DossierError {
  return new DossierError('E_NOT_FOUND', `no such path ${path}`, { subject: path, fix: 'See docs/api.md for the endpoints.' });
}
