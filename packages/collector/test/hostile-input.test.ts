// Attacks from issue 13, each against a real collector process: deep and wide JSON, text that no
// export can represent faithfully (lone surrogates, NUL), and files outside a static root.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_PROGRAMME, oneResponse } from './helpers/fixtures.js';
import {
  adminFetch,
  postJson,
  removeDir,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './helpers/server-process.js';

let server: ServerProcess;
let site: string;
const url = (path: string) => `${server.url}${path}`;

beforeAll(async () => {
  site = tempDataDir();
  mkdirSync(join(site, 'public'));
  writeFileSync(join(site, 'public', 'index.html'), '<p>hello</p>');
  writeFileSync(join(site, 'public', '.env.json'), '{"secret":1}');
  mkdirSync(join(site, 'public', '.git'));
  writeFileSync(join(site, 'public', '.git', 'config.txt'), 'secret');
  writeFileSync(join(site, 'outside.html'), '<p>outside the root</p>');
  symlinkSync(join(site, 'outside.html'), join(site, 'public', 'linked.html'));
  mkdirSync(join(site, 'outside-dir'));
  writeFileSync(join(site, 'outside-dir', 'page.html'), '<p>outside dir</p>');
  symlinkSync(join(site, 'outside-dir'), join(site, 'public', 'dir'));
  server = await startServer({
    args: ['--rate-limit', 'off', '--static', `/=${join(site, 'public')}`],
  });
  const res = await adminFetch(url('/api/programmes'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'hostile', ...OPEN_PROGRAMME }),
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  if (server) removeDir(server.dataDir);
  removeDir(site);
});

interface Problem {
  code: string;
  error: string;
  errors?: { path: string; message: string }[];
}

describe('JSON shape limits, enforced before the tree is walked', () => {
  it('answers JSON nested 5,000 deep with 400 naming the depth limit (was a 500)', async () => {
    const deep = { ...oneResponse('hostile'), extra: '' } as Record<string, unknown>;
    const body = JSON.stringify(deep).replace(
      '"extra":""',
      `"extra":${'['.repeat(5000)}${']'.repeat(5000)}`,
    );
    const res = await postJson(url('/api/programmes/hostile/responses'), body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.code).toBe('json_too_deep');
    expect(problem.errors?.[0]?.message).toMatch(/nested deeper than 32/);
    expect((await fetch(url('/healthz'))).status).toBe(200);
  });

  it('answers the admin API the same way', async () => {
    const res = await adminFetch(url('/api/programmes'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"id":"deep","name":${'['.repeat(3000)}${']'.repeat(3000)}}`,
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).code).toBe('json_too_deep');
  });

  it('refuses more keys than a response can have, naming the limit', async () => {
    const wide: Record<string, unknown> = { ...oneResponse('hostile') };
    const extra: Record<string, number> = {};
    for (let i = 0; i < 3000; i++) extra[`k${i}`] = 0;
    wide.extra = extra;
    const res = await postJson(url('/api/programmes/hostile/responses'), wide);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.code).toBe('json_too_many_keys');
    expect(problem.errors?.[0]?.message).toMatch(/more than 1000 keys/);
  });

  it('still names reserved keys at their path', async () => {
    const body = JSON.stringify(oneResponse('hostile')).replace(
      '"answers":{',
      '"answers":{"__proto__":{"x":1},',
    );
    const res = await postJson(url('/api/programmes/hostile/responses'), body);
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors).toContainEqual({
      path: 'answers.__proto__',
      message: 'is a reserved key and not allowed',
    });
  });
});

describe('text is normalised at the boundary', () => {
  const withFeedback = (valuableLearning: string) => {
    const { cohort: _cohort, ...base } = oneResponse('hostile');
    return { ...base, wave: 'exit', feedback: { valuableLearning } };
  };

  it('refuses a lone surrogate with 400 naming the field (was stored, then exported as U+FFFD)', async () => {
    // JSON.stringify writes a lone surrogate as the escape \ud800, which JSON.parse turns back into one.
    const res = await postJson(
      url('/api/programmes/hostile/responses'),
      withFeedback('broken \ud800 text'),
    );
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.errors).toContainEqual({
      path: 'feedback.valuableLearning',
      message: 'contains a lone UTF-16 surrogate (U+D800), which no export can represent',
    });
  });

  it('refuses NUL with 400 naming the field (was exported raw)', async () => {
    const res = await postJson(
      url('/api/programmes/hostile/responses'),
      withFeedback('before\u0000after'),
    );
    expect(res.status).toBe(400);
    const problem = (await res.json()) as Problem;
    expect(problem.errors).toContainEqual({
      path: 'feedback.valuableLearning',
      message: 'contains the NUL character (U+0000)',
    });
  });

  it('stores decomposed text in NFC, so the JSON and CSV exports agree with what was stored', async () => {
    const decomposed = 'Cafe\u0301 mit Kolleg:innen';
    const res = await postJson(url('/api/programmes/hostile/responses'), withFeedback(decomposed));
    expect(res.status, await res.clone().text()).toBe(201);
    const json = (await (await adminFetch(url('/api/programmes/hostile/export.json'))).json()) as {
      feedback?: { valuableLearning?: string };
    }[];
    const stored = json.map((r) => r.feedback?.valuableLearning).filter(Boolean);
    expect(stored).toEqual(['Caf\u00e9 mit Kolleg:innen']);
    const csv = await (await adminFetch(url('/api/programmes/hostile/export.csv'))).text();
    expect(csv).toContain('Caf\u00e9 mit Kolleg:innen');
  });
});

describe('static roots', () => {
  it('serves a normal file', async () => {
    const res = await fetch(url('/index.html'));
    expect(res.status).toBe(200);
  });

  it('does not follow a symlink to a file outside the root', async () => {
    const res = await fetch(url('/linked.html'));
    expect(res.status).toBe(404);
  });

  it('does not follow a symlinked directory out of the root', async () => {
    const res = await fetch(url('/dir/page.html'));
    expect(res.status).toBe(404);
  });

  it('serves no dotfile and nothing under a dot-directory', async () => {
    expect((await fetch(url('/.env.json'))).status).toBe(404);
    expect((await fetch(url('/.git/config.txt'))).status).toBe(404);
    expect((await fetch(url('/%2egit/config.txt'))).status).toBe(404);
  });
});
