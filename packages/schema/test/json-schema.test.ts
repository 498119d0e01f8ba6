import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, serializeJsonSchema } from '../src/index.js';
import type { JsonSchemaFile } from '../src/index.js';

const committed = (file: string) =>
  readFileSync(new URL(`../json-schema/${file}`, import.meta.url), 'utf8');
const generated = jsonSchemas();
const files = Object.keys(generated) as JsonSchemaFile[];

describe('committed JSON Schema files', () => {
  it('covers the instrument, the response and the report', () => {
    expect(files.sort()).toEqual([
      'instrument.json',
      'programme-report.json',
      'survey-response.json',
    ]);
  });

  it.each(files)(
    '%s is fresh (regenerate with `pnpm --filter @genbridge/schema build`)',
    (file) => {
      expect(committed(file)).toBe(serializeJsonSchema(generated[file]));
    },
  );

  it('describes the shapes as written: required fields, patterns and closed objects', () => {
    const response = generated['survey-response.json'] as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, { format?: string; propertyNames?: { pattern: string } }>;
    };
    expect(response.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(response.required).toEqual(
      expect.arrayContaining([
        'responseId',
        'participant',
        'wave',
        'instrument',
        'answers',
        'startedAt',
      ]),
    );
    expect(response.additionalProperties).toBe(false);
    expect(response.properties.responseId?.format).toBe('uuid');
    expect(response.properties.answers?.propertyNames?.pattern).toBe('^[a-z][a-z0-9_]{0,63}$');
    const instrument = generated['instrument.json'] as { required: string[] };
    // io: 'input' — `reverse` and `headline` have defaults, so they are optional in JSON.
    expect(JSON.stringify(instrument)).not.toMatch(/"required":\[[^\]]*"reverse"/);
    expect(instrument.required).toEqual([
      'id',
      'version',
      'defaultLocale',
      'locales',
      'scale',
      'constructs',
    ]);
  });
});
