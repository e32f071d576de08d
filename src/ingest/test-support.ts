import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, type IngestItem, type IngestOptions } from './index.ts';

/** Test helpers (used by the *.test.ts files of this directory only): temp dirs, a local HTTP server, collecting items. */

export async function tempDir(): Promise<{ dir: string; write: (name: string, data: string | Uint8Array) => Promise<string>; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-ingest-'));
  return {
    dir,
    async write(name, data) {
      const full = path.join(dir, name);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, data);
      return full;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A real HTTP server on 127.0.0.1, port chosen by the OS. */
export async function localServer(routes: Readonly<Record<string, Route>>): Promise<{ url: (p: string) => string; close: () => Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const route = routes[(req.url ?? '/').split('?')[0]];
    if (route) route(req, res);
    else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export function send(status: number, contentType: string | null, body: string | Uint8Array, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { ...(contentType ? { 'content-type': contentType } : {}), ...headers });
    res.end(body);
  };
}

export async function collect(inputs: readonly string[], options?: IngestOptions): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of ingest(inputs, options)) out.push(item);
  return out;
}

export function documents(items: readonly IngestItem[]) {
  return items.flatMap((i) => (i.kind === 'document' ? [i.doc] : []));
}

export function failures(items: readonly IngestItem[]) {
  return items.flatMap((i) => (i.kind === 'failure' ? [i] : []));
}

export function lastPlanned(items: readonly IngestItem[]): number | undefined {
  const planned = items.filter((i) => i.kind === 'planned');
  const last = planned[planned.length - 1];
  return last?.kind === 'planned' ? last.total : undefined;
}
