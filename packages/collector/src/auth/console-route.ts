import type { Hono } from 'hono';
import { findStaticFile, staticResponse } from '../http/static-files.js';
import type { AuthEnv } from './access-control.js';

/** The console page: no inline script (the CSP forbids it), the element does the rest. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Genbridge console</title>
<script type="module" src="/admin/genbridge-admin.js"></script>
</head>
<body>
<main><genbridge-admin></genbridge-admin></main>
</body>
</html>
`;

/**
 * `/admin/`: the `<genbridge-admin>` console, served from the widget's browser bundle directory.
 * The page is public (it holds no data); everything it shows comes from the role-checked API.
 */
export function consoleRoutes(app: Hono<AuthEnv>, bundleDir: string): void {
  const site = [{ urlPrefix: '/admin/', directory: bundleDir }];
  app.get('/admin', (c) => c.redirect('/admin/', 301));
  app.get('/admin/', (c) => {
    const lang = /^(de|fr)\b/i.exec(c.req.header('accept-language') ?? '')?.[1]?.toLowerCase();
    return c.html(lang ? PAGE.replace('lang="en"', `lang="${lang}"`) : PAGE);
  });
  app.get('/admin/:file', async (c, next) => {
    // Only the console's own files: its entry, its lazily loaded chunks and their source maps.
    if (!/^genbridge-admin[\w.-]*\.js(\.map)?$/.test(c.req.param('file'))) return next();
    const found = await findStaticFile(site, c.req.path);
    return found ? staticResponse(found, c.req.method) : next();
  });
}
