import { readFile } from 'node:fs/promises';

/**
 * The web page: one HTML, one JS and one CSS file from `public/`, read once when the server
 * starts. No build step and nothing fetched from elsewhere.
 */
export interface StaticFile {
  readonly contentType: string;
  readonly body: Buffer;
}

const PUBLIC_FILES: readonly { path: string; file: string; contentType: string }[] = [
  { path: '/index.html', file: 'index.html', contentType: 'text/html; charset=utf-8' },
  { path: '/app.js', file: 'app.js', contentType: 'text/javascript; charset=utf-8' },
  { path: '/app.css', file: 'app.css', contentType: 'text/css; charset=utf-8' },
];

export async function loadStaticFiles(): Promise<ReadonlyMap<string, StaticFile>> {
  const files = new Map<string, StaticFile>();
  for (const f of PUBLIC_FILES) {
    files.set(f.path, { contentType: f.contentType, body: await readFile(new URL(`./public/${f.file}`, import.meta.url)) });
  }
  return files;
}
