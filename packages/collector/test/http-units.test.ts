import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bearerToken, tokenMatches } from '../src/auth/admin-token.js';
import { canonicalJson } from '../src/http/canonical-json.js';
import { TokenBuckets } from '../src/http/rate-limit.js';
import { reservedKeyPaths } from '../src/http/reserved-keys.js';
import { findStaticFile } from '../src/http/static-files.js';

describe('token buckets', () => {
  it('allows a burst, refuses the next, refills with time, per client', () => {
    let now = 0;
    const buckets = new TokenBuckets({ capacity: 3, refillPerSecond: 0.5 }, () => now);
    expect([1, 2, 3].map(() => buckets.take('a').allowed)).toEqual([true, true, true]);
    expect(buckets.take('a')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(buckets.take('b').allowed).toBe(true);
    now = 2000;
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('keeps memory bounded under many addresses', () => {
    const buckets = new TokenBuckets({ capacity: 1, refillPerSecond: 1, maxClients: 100 }, () => 0);
    for (let i = 0; i < 1000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`);
    expect(
      (buckets as unknown as { buckets: Map<string, unknown> }).buckets.size,
    ).toBeLessThanOrEqual(100);
  });
});

describe('static files', () => {
  const root = mkdtempSync(join(tmpdir(), 'gb-static-'));
  mkdirSync(join(root, 'site'));
  writeFileSync(join(root, 'site', 'index.html'), '<p>hi</p>');
  writeFileSync(join(root, 'site', 'notes.exe'), 'MZ');
  writeFileSync(join(root, 'secret.html'), 'no');
  const sites = [{ urlPrefix: '/', directory: join(root, 'site') }];
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('serves index.html for directories and known types only', async () => {
    expect((await findStaticFile(sites, '/'))?.file).toBe(join(root, 'site', 'index.html'));
    expect(await findStaticFile(sites, '/notes.exe')).toBeUndefined();
  });

  it('never leaves its directory', async () => {
    for (const path of [
      '/../secret.html',
      '/%2e%2e/secret.html',
      '/..%2fsecret.html',
      '/%00index.html',
      '/..\\secret.html',
      '/%E0%A4%A',
    ]) {
      expect(await findStaticFile(sites, path), path).toBeUndefined();
    }
  });
});

describe('request hygiene', () => {
  it('finds reserved keys at any depth', () => {
    const parsed = JSON.parse(
      '{"a":{"__proto__":{"x":1}},"b":[{"constructor":{}}],"prototype":1,"ok":{"c":2}}',
    );
    expect(reservedKeyPaths(parsed).sort()).toEqual([
      'a.__proto__',
      'b.0.constructor',
      'prototype',
    ]);
    expect(reservedKeyPaths({ answers: { dc_1: 3 } })).toEqual([]);
  });

  it('canonical JSON sorts keys and keeps a "__proto__" key as data', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [{ f: 1, e: 2 }] } })).toBe(
      '{"a":{"c":[{"e":2,"f":1}],"d":2},"b":1}',
    );
    const hostile = JSON.parse('{"__proto__":{"polluted":true}}');
    expect(canonicalJson(hostile)).toBe('{"__proto__":{"polluted":true}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('compares admin tokens by hash and parses only well-formed bearer headers', () => {
    expect(tokenMatches('a-long-enough-token-1', 'a-long-enough-token-1')).toBe(true);
    expect(tokenMatches('a-long-enough-token-1', 'a-long-enough-token-2')).toBe(false);
    expect(tokenMatches('', 'a-long-enough-token-1')).toBe(false);
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer   abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
