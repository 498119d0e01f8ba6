#!/usr/bin/env node
/* global Buffer */
// What a bundle file is made of, from its source map: the minified bytes attributed to each source
// file, grouped (survey-core, its i18n, lit, dompurify, our templates, …), with the gzip size of each
// group's code on its own (a rough share: gzip of parts does not add up to gzip of the whole).
// Usage: node bench/composition.mjs [bundle/genbridge-survey.js ...] (build first).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decodeVlq = (str) => {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of str) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
};

/** Group a source path into the unit a reader cares about. */
export function groupOf(source) {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
    if (name === 'survey-core' && s.includes('/i18n/')) return 'survey-core/i18n';
    return name;
  }
  const src = s.indexOf('src/');
  if (src >= 0) {
    const parts = s.slice(src).split('/');
    if (s.includes('packages/schema/')) return '@genbridge/schema';
    return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
  }
  return s;
}

/** Bytes of generated code per source (each mapping segment owns the code up to the next one). */
export function composition(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const lines = code.split('\n');
  const bySource = new Map();
  const add = (src, text) => {
    const key = src === undefined ? '(unmapped)' : map.sources[src];
    const cur = bySource.get(key) ?? [];
    cur.push(text);
    bySource.set(key, cur);
  };
  let srcIdx = 0;
  map.mappings.split(';').forEach((lineMap, li) => {
    const line = lines[li] ?? '';
    let col = 0;
    let prevCol = 0;
    let prevSrc;
    for (const seg of lineMap ? lineMap.split(',') : []) {
      const v = decodeVlq(seg);
      col += v[0];
      if (col > prevCol) add(prevSrc, line.slice(prevCol, col));
      prevCol = col;
      if (v.length >= 4) {
        srcIdx += v[1];
        prevSrc = srcIdx;
      } else prevSrc = undefined;
      // Later fields (line, column, name) are not needed for sizes; VLQ state for them is not kept,
      // which is fine because only the source index delta (v[1]) is read.
    }
    if (line.length > prevCol) add(prevSrc, line.slice(prevCol));
  });
  return { code, bySource };
}

function report(file) {
  const { code, bySource } = composition(file);
  const groups = new Map();
  for (const [src, parts] of bySource) {
    const g = groupOf(src);
    groups.set(g, (groups.get(g) ?? '') + parts.join(''));
  }
  const total = Buffer.byteLength(code);
  console.log(
    `\n${file.replace(`${pkg}/`, '')}: raw ${fmt(total)}, gzip ${fmt(gzipSync(code, { level: 9 }).length)}`,
  );
  const rows = [...groups]
    .map(([g, text]) => {
      return { g, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
  for (const r of rows)
    console.log(
      `  ${r.g.padEnd(44)} raw ${fmt(r.raw).padStart(10)} (${((100 * r.raw) / total).toFixed(1).padStart(4)}%)   gzip alone ${fmt(r.gzip).padStart(9)}`,
    );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  const list = files.length
    ? files.map((f) => resolve(f))
    : readdirSync(join(pkg, 'bundle'))
        .filter((f) => /^genbridge-survey.*\.js$/.test(f))
        .map((f) => join(pkg, 'bundle', f));
  for (const f of list) report(f);
}
