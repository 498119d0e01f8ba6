import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';

/** A directory served under a URL prefix, e.g. the demo intranet at `/`, widget bundles at `/widget/`. */
export interface StaticSite {
  /** Starts and ends with "/", e.g. `/` or `/widget/`. */
  urlPrefix: string;
  directory: string;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Finds the file for a URL path, or undefined. Only known file types are served, and a path can
 * never leave its directory: `..`, encoded slashes and NUL are refused, no segment may start with
 * a dot (`.env`, `.git/`), and the real path (symlinks resolved) must still lie inside the root.
 */
export async function findStaticFile(
  sites: readonly StaticSite[],
  urlPath: string,
): Promise<{ file: string; type: string } | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  // Longest prefix first, so `/widget/` wins over `/`.
  const ordered = [...sites].sort((a, b) => b.urlPrefix.length - a.urlPrefix.length);
  for (const site of ordered) {
    if (!decoded.startsWith(site.urlPrefix)) continue;
    let rest = decoded.slice(site.urlPrefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    if (rest.split('/').some((segment) => segment.startsWith('.'))) return undefined;
    const root = resolve(site.directory);
    const file = resolve(root, normalize(rest));
    if (!inside(root, file)) return undefined;
    const type = MIME[extname(file).toLowerCase()];
    if (!type) continue;
    const real = await realpath(file).catch(() => undefined);
    const realRoot = await realpath(root).catch(() => undefined);
    if (!real || !realRoot || !inside(realRoot, real)) continue;
    const info = await stat(real).catch(() => undefined);
    if (info?.isFile()) return { file: real, type };
  }
  return undefined;
}

const inside = (root: string, file: string) => file === root || file.startsWith(root + sep);

/** Serves a static file found by {@link findStaticFile}. */
export async function staticResponse(
  found: { file: string; type: string },
  method: string,
): Promise<Response> {
  const body = await readFile(found.file);
  return new Response(method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'Content-Type': found.type,
      'Content-Length': String(body.byteLength),
      // Revalidate every time: the demo is rebuilt in place and must never show a stale bundle.
      'Cache-Control': 'no-cache',
    },
  });
}
