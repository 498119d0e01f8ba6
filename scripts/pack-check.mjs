#!/usr/bin/env node
// Do the packages work from npm? Packs every workspace package with `pnpm pack` (as `pnpm publish`
// would), installs the tarballs with npm into a blank project in a temp directory outside the
// workspace, and checks there: package.json shapes, Node ESM imports, TypeScript types (tsc on a
// small file), both CLIs, and the widget bundles in a plain HTML page in Chromium. Prints one
// line per check and "N passed, M failed" at the end (scripts/run-tests.mjs counts it).
// Needs `pnpm build` first. Usage: node scripts/pack-check.mjs [--keep]
/* global setTimeout, clearTimeout */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['schema', 'scoring', 'widget', 'collector'];
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'gb-pack-check-'));
const project = join(work, 'project');
let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`  ✓ ${name}${detail ? ` (${detail})` : ''}`);
  } catch (error) {
    failed++;
    console.log(
      `  × ${name}\n      ${String(error?.stdout || error?.stderr || error?.message || error)
        .trim()
        .split('\n')
        .slice(0, 12)
        .join('\n      ')}`,
    );
  }
}

const sh = (cmd, args, cwd = project, extra = {}) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...extra });

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

console.log(`pack-check in ${work}`);

// 1. Shapes: every package declares the same kinds of fields, and what they name exists.
for (const name of PACKAGES) {
  const dir = join(root, 'packages', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  await check(`@genbridge/${name}: package.json shape`, () => {
    for (const field of [
      'name',
      'version',
      'license',
      'type',
      'engines',
      'exports',
      'files',
      'sideEffects',
    ])
      assert(pkg[field] !== undefined, `no "${field}"`);
    assert(pkg.type === 'module', 'type must be "module"');
    assert(pkg.engines.node === '>=20', 'engines.node must be ">=20"');
    assert(!pkg.private, 'marked private');
    const main = pkg.exports['.'];
    assert(main?.types && main?.default, 'exports["."] needs "types" and "default"');
    for (const target of [main.types, main.default])
      assert(existsSync(join(dir, target)), `${target} is missing (run pnpm build)`);
    assert(pkg.exports['./package.json'], 'exports["./package.json"] missing');
    for (const bin of Object.values(pkg.bin ?? {}))
      assert(existsSync(join(dir, bin)), `bin ${bin} missing`);
    return `files: ${pkg.files.join(', ')}`;
  });
}

// 2. Pack (pnpm rewrites workspace:* to real versions) and install with npm.
const tarballs = [];
await check('pnpm pack every package', () => {
  for (const name of PACKAGES) {
    const out = sh('pnpm', ['pack', '--pack-destination', work], join(root, 'packages', name));
    const file = out.trim().split('\n').pop().trim();
    tarballs.push(file.startsWith('/') ? file : join(work, file));
  }
  for (const file of tarballs) assert(existsSync(file), `${file} not written`);
  const manifest = sh('tar', ['-xzOf', tarballs[1], 'package/package.json'], work);
  assert(!manifest.includes('workspace:'), 'a packed package.json still says workspace:');
  return tarballs.map((t) => t.split('/').pop()).join(', ');
});

await check('npm install the tarballs into a blank project outside the workspace', () => {
  sh('mkdir', ['-p', project], work);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'blank', private: true, type: 'module' }),
  );
  // better-sqlite3 compiles from source where its prebuilt binary cannot be downloaded: minutes.
  sh(
    'npm',
    // A TypeScript consumer of a Node library has Node's types; the collector brings its drivers' own.
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      ...tarballs,
      'typescript@5',
      '@types/node@20',
    ],
    project,
    {
      timeout: 1_800_000,
    },
  );
  for (const name of PACKAGES)
    assert(
      existsSync(join(project, 'node_modules/@genbridge', name, 'package.json')),
      `${name} not installed`,
    );
});

// 3. Node ESM imports.
await check('Node ESM: import each package and use it', () => {
  writeFileSync(
    join(project, 'use.mjs'),
    `import { defaultInstrument, validateResponse } from '@genbridge/schema';
import { scoreProgramme, responsesToCsv } from '@genbridge/scoring';
import { createCollectorApp, SqliteStorage } from '@genbridge/collector';
const storage = new SqliteStorage(':memory:');
const app = createCollectorApp({ storage, adminToken: 'pack-check-token-0123456789' });
const health = await app.fetch(new Request('http://x/healthz'));
// A real round trip: the SQLite writer thread must load from the packed dist.
await storage.ping();
const programmes = (await storage.listProgrammes()).length;
const report = scoreProgramme([], defaultInstrument, { programmeId: 'p', anonymityThreshold: 5 });
console.log(JSON.stringify({
  items: defaultInstrument.constructs.length,
  validate: typeof validateResponse,
  csv: responsesToCsv([], defaultInstrument).split(',')[0],
  health: health.status,
  programmes,
  report: typeof report,
}));
await storage.close();
`,
  );
  const out = JSON.parse(sh('node', ['use.mjs']));
  assert(
    out.items > 0 &&
      out.validate === 'function' &&
      out.csv === 'response_id' &&
      out.health === 200 &&
      out.programmes === 0,
    JSON.stringify(out),
  );
  return JSON.stringify(out);
});

// 4. TypeScript types, as a consumer with NodeNext resolution compiles them.
await check('TypeScript: tsc --noEmit on a consumer file', () => {
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2022', 'DOM'],
      },
      files: ['types.ts'],
    }),
  );
  writeFileSync(
    join(project, 'types.ts'),
    `import { defaultInstrument, type SurveyResponse, type ProgrammeReport } from '@genbridge/schema';
import { scoreProgramme } from '@genbridge/scoring';
import type { Storage } from '@genbridge/collector';
import type { GenbridgeSurvey } from '@genbridge/widget';
const responses: SurveyResponse[] = [];
const report: ProgrammeReport = scoreProgramme(responses, defaultInstrument, { programmeId: 'p', anonymityThreshold: 5 });
export const kind: Storage['kind'] | undefined = undefined;
export const element: GenbridgeSurvey | undefined = undefined;
// @ts-expect-error a report has no such field: the types are real, not any
report.noSuchField;
`,
  );
  sh(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);
});

// 5. The CLIs.
await check('CLI: genbridge-score --help', () => {
  const out = sh(join(project, 'node_modules/.bin/genbridge-score'), ['--help']);
  assert(/genbridge-score/.test(out), out);
});
await check('CLI: genbridge-collector --help and a programme in a fresh data directory', () => {
  const bin = join(project, 'node_modules/.bin/genbridge-collector');
  assert(/genbridge-collector/.test(sh(bin, ['--help'])), 'no usage');
  const data = join(work, 'data');
  sh(bin, ['programme', 'create', 'packed', '--data-dir', data]);
  const shown = JSON.parse(sh(bin, ['programme', 'show', 'packed', '--data-dir', data]));
  assert(shown.id === 'packed', JSON.stringify(shown));
});

// 6. The widget bundles in a plain HTML page, served over HTTP, in Chromium.
await check('widget bundle in a plain HTML page (Chromium)', async () => {
  assert(existsSync(CHROME), `no Chromium at ${CHROME}`);
  const bundle = join(project, 'node_modules/@genbridge/widget/bundle');
  writeFileSync(
    join(bundle, 'pack-check.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loading</title>
<script type="module" src="./genbridge-survey.js"></script>
<script type="module" src="./genbridge-results.js"></script></head>
<body><genbridge-survey></genbridge-survey><genbridge-results></genbridge-results>
<script type="module">
await Promise.all([customElements.whenDefined('genbridge-survey'), customElements.whenDefined('genbridge-results')]);
document.title = 'defined:' + [...document.querySelectorAll('genbridge-survey, genbridge-results')].map((e) => e.shadowRoot ? 'shadow' : 'none').join(',');
</script></body></html>`,
  );
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
  const server = createServer((req, res) => {
    const file = join(bundle, new URL(req.url, 'http://x').pathname.replace(/^\/+/, ''));
    if (!file.startsWith(bundle) || !existsSync(file)) return res.writeHead(404).end();
    res
      .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${server.address().port}/pack-check.html`;
    const dom = await new Promise((resolve, reject) => {
      const child = spawn(
        CHROME,
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          `--user-data-dir=${join(work, 'chrome')}`,
          '--virtual-time-budget=10000',
          '--dump-dom',
          url,
        ],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('close', () => (clearTimeout(timer), resolve(out)));
      child.on('error', reject);
    });
    const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1];
    assert(
      title === 'defined:shadow,shadow',
      `page title "${title}" (elements not defined or not rendered)`,
    );
    return title;
  } finally {
    server.close();
  }
});

if (!process.argv.includes('--keep')) rmSync(work, { recursive: true, force: true });
console.log(`\npack-check: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
