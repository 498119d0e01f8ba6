// Writes json-schema/*.json from the built package (run by `build` after rollup).
// `--check` writes nothing and exits 1 when a committed file differs from what the build generates.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { jsonSchemas, serializeJsonSchema } from '../dist/index.js';

const dir = fileURLToPath(new URL('../json-schema/', import.meta.url));
const check = process.argv.includes('--check');
let stale = 0;

await mkdir(dir, { recursive: true });
for (const [file, schema] of Object.entries(jsonSchemas())) {
  const text = serializeJsonSchema(schema);
  const path = `${dir}${file}`;
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(
      `json-schema/${file} is ${current === null ? 'missing' : 'stale'}; run: pnpm --filter @genbridge/schema build`,
    );
  } else {
    await writeFile(path, text);
    console.log(`wrote json-schema/${file} (${text.length} B)`);
  }
}
if (stale > 0) process.exit(1);
