#!/usr/bin/env node
/* global fetch */
// Downloads the corpus listed in sources.json, each file at its pinned commit, into surveys/.
// The surveys are SurveyJS's own public examples; they are fetched rather than committed so that
// their text stays in their repositories (see SOURCES.md).
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);
const sources = JSON.parse(readFileSync(new URL('sources.json', here), 'utf8'));
await mkdir(new URL('surveys/', here), { recursive: true });
let failed = 0;
for (const s of sources) {
  const url = `https://raw.githubusercontent.com/${s.repo}/${s.commit}/${s.path.split('/').map(encodeURIComponent).join('/')}`;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json = await res.json();
    await writeFile(new URL(`surveys/${s.file}`, here), `${JSON.stringify(json, null, 2)}\n`);
    console.log(`fetched ${s.file}`);
  } catch (err) {
    failed++;
    console.error(`could not fetch ${url}: ${err instanceof Error ? err.message : err}`);
  }
}
process.exitCode = failed ? 1 : 0;
