import { z } from './zod.js';
import { Instrument } from './instrument.js';
import { ProgrammeReport } from './report.js';
import { SurveyResponse } from './response.js';

const SCHEMAS = {
  'instrument.json': {
    schema: Instrument,
    title: 'Genbridge instrument',
    description:
      'A versioned questionnaire: constructs of items on one labelled response scale, in one or more locales. Cross-field rules (unique ids, complete translations, reverse-keyed items only on constructs of 3+ items, reserved item ids) are checked by @genbridge/schema, not by this JSON Schema.',
  },
  'survey-response.json': {
    schema: SurveyResponse,
    title: 'Genbridge survey response',
    description:
      'One submitted baseline or exit survey. Fit to the instrument (known item ids, values on the scale, every item answered) and the wave rules are checked by validateResponse() in @genbridge/schema, not by this JSON Schema.',
  },
  'programme-report.json': {
    schema: ProgrammeReport,
    title: 'Genbridge programme report',
    description:
      'The report produced by @genbridge/scoring and drawn by <genbridge-results>: per construct and group, n, means, change, confidence intervals, effect sizes, tests, reliability and suppression markers.',
  },
} as const;

/** File name (in `json-schema/`) of each generated JSON Schema. */
export type JsonSchemaFile = keyof typeof SCHEMAS;

/**
 * JSON Schemas (draft 2020-12) of the instrument, response and report, keyed by the file name they
 * are published under as `@genbridge/schema/json-schema/<file>`. They describe the JSON as written
 * (`io: 'input'`: fields with defaults are optional); cross-field refinements are not expressible
 * and stay in the zod schemas.
 */
export function jsonSchemas(): Record<JsonSchemaFile, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaFile, Record<string, unknown>>;
  for (const [file, { schema, title, description }] of Object.entries(SCHEMAS) as [
    JsonSchemaFile,
    (typeof SCHEMAS)[JsonSchemaFile],
  ][]) {
    const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'throw' }) as Record<
      string,
      unknown
    >;
    const { $schema, ...rest } = generated;
    out[file] = { $schema, title, description, ...rest };
  }
  return out;
}

/** The text of a generated file: stable two-space JSON with a final newline. */
export function serializeJsonSchema(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
