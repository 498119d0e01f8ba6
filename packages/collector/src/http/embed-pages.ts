import { Hono, type Context } from 'hono';
import { problem } from './problem.js';

/**
 * Pages for intranets that can only show an iframe (SharePoint Online's Embed web part,
 * Confluence's iframe macro): `/embed/survey/<programme>` and `/embed/results/<programme>`.
 * They are plain shells around the Genbridge elements, so they need no storage access and say
 * nothing about whether a programme exists: the element learns that from the API, like any page.
 */
export interface EmbedOptions {
  /** Origins allowed to frame the pages (CSP `frame-ancestors`), e.g. `https://contoso.sharepoint.com`. */
  frameAncestors: readonly string[];
  /** Where the widget bundles are served. Default `/widget/` (the demo serves them there). */
  widgetBaseUrl?: string;
}

/** Path prefix of every embed page; the security headers use it to allow framing. */
export const EMBED_PREFIX = '/embed/';

const PROGRAMME = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$/;
const WAVES = new Set(['baseline', 'exit']);
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * The script each embed page runs. It tells the host page the content height (auto-height) and
 * which Genbridge events happened, posting only to the configured frame ancestors: a message to
 * any other origin is dropped by the browser, so answers never reach a page that was not allowed.
 * Event details are reduced to the event name and wave; the participant's answers stay inside.
 */
export const EMBED_BRIDGE_SCRIPT = `// Genbridge embed bridge: auto-height and events for the host page (postMessage).
const origins = JSON.parse(document.documentElement.dataset.frameAncestors || '[]');
const post = (message) => {
  if (window.parent === window) return;
  for (const origin of origins) window.parent.postMessage({ source: 'genbridge', ...message }, origin);
};
let lastHeight = 0;
const measure = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== lastHeight) {
    lastHeight = height;
    post({ type: 'resize', height });
  }
};
new ResizeObserver(measure).observe(document.documentElement);
const wave = document.body.dataset.wave;
for (const name of [
  'genbridge-complete',
  'genbridge-submitted',
  'genbridge-submit-error',
  'genbridge-report-load',
  'genbridge-report-error',
]) {
  document.addEventListener(name, () => post({ type: 'event', name, ...(wave ? { wave } : {}) }));
}
post({ type: 'ready', page: document.body.dataset.page });
measure();
`;

const EMBED_CSS = `html { color-scheme: light; }
body { margin: 0; padding: 0.5rem; font-family: system-ui, sans-serif; background: transparent; }
`;

function page(options: {
  title: string;
  lang: string;
  frameAncestors: readonly string[];
  script: string;
  bodyData: Record<string, string>;
  element: string;
}): string {
  const dir = RTL.has(options.lang.slice(0, 2)) ? 'rtl' : 'ltr';
  // Every interpolated value is checked against a pattern above (or is an origin list encoded as
  // JSON and then as an attribute), so no untrusted text reaches the markup unescaped.
  const ancestors = escapeAttribute(JSON.stringify(options.frameAncestors));
  const data = Object.entries(options.bodyData)
    .map(([key, value]) => ` data-${key}="${escapeAttribute(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="${options.lang}" dir="${dir}" data-frame-ancestors="${ancestors}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${options.title}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${EMBED_PREFIX}embed.css" />
    <script type="module" src="${options.script}"></script>
    <script type="module" src="${EMBED_PREFIX}bridge.js"></script>
  </head>
  <body${data}>
    <main>${options.element}</main>
  </body>
</html>
`;
}

const invalid = (c: Context, path: string, message: string) =>
  problem(c, 400, 'invalid_query', `${path} ${message}`, [{ path, message }]);

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The `/embed/*` routes. Mount with `app.route('/', embedRoutes(options))`. */
export function embedRoutes(options: EmbedOptions): Hono {
  const widget = options.widgetBaseUrl ?? '/widget/';
  const app = new Hono();

  app.get(`${EMBED_PREFIX}bridge.js`, (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(EMBED_BRIDGE_SCRIPT);
  });
  app.get(`${EMBED_PREFIX}embed.css`, (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    c.header('Cache-Control', 'no-cache');
    return c.body(EMBED_CSS);
  });

  const params = (
    programme: string,
    localeParam: string | undefined,
  ): { ok: true; lang: string } | { ok: false; path: string; message: string } => {
    if (!PROGRAMME.test(programme))
      return { ok: false, path: 'programme', message: 'must be a programme id (a slug)' };
    const lang = localeParam ?? 'en';
    if (!LOCALE.test(lang))
      return { ok: false, path: 'locale', message: 'must be a language code such as en or de' };
    return { ok: true, lang };
  };

  app.get(`${EMBED_PREFIX}survey/:programme`, (c) => {
    const programme = c.req.param('programme');
    const checked = params(programme, c.req.query('locale'));
    if (!checked.ok) return invalid(c, checked.path, checked.message);
    const wave = c.req.query('wave') ?? 'baseline';
    if (!WAVES.has(wave)) return invalid(c, 'wave', 'must be "baseline" or "exit"');
    // The invitation (`?invite=`) stays in the page's own address: the element reads it from
    // there and removes it, so the shell never copies the token into markup.
    return c.html(
      page({
        title: 'Survey',
        lang: checked.lang,
        frameAncestors: options.frameAncestors,
        script: `${widget}genbridge-survey.js`,
        bodyData: { page: 'survey', wave },
        element: `<genbridge-survey programme="${programme}" wave="${wave}" locale="${checked.lang}" endpoint="/api/programmes/${programme}/responses"></genbridge-survey>`,
      }),
    );
  });

  app.get(`${EMBED_PREFIX}results/:programme`, (c) => {
    const programme = c.req.param('programme');
    const checked = params(programme, c.req.query('locale'));
    if (!checked.ok) return invalid(c, checked.path, checked.message);
    return c.html(
      page({
        title: 'Programme results',
        lang: checked.lang,
        frameAncestors: options.frameAncestors,
        script: `${widget}genbridge-results.js`,
        bodyData: { page: 'results' },
        element: `<genbridge-results src="/api/programmes/${programme}/report" locale="${checked.lang}"></genbridge-results>`,
      }),
    );
  });
  return app;
}
