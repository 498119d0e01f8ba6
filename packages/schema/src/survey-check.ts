/**
 * `@genbridge/schema/survey-check`: checks an instrument's `additionalQuestions` with survey-core
 * itself (unknown properties, wrong property types, unknown element types), each problem named by
 * its path. A separate entry so that `@genbridge/schema` never pulls survey-core (~320 KB gzip)
 * into bundles that do not render surveys; survey-core is an optional peer dependency.
 * @packageDocumentation
 */
import { Model } from 'survey-core';
import { walkElements, type AdditionalPage } from './additional-questions.js';
import { joinPath, type FieldError } from './field-error.js';
import type { Instrument } from './instrument.js';

interface JsonErrorLike {
  type?: string;
  message?: string;
  propertyName?: string;
  jsonObj?: unknown;
}

/**
 * survey-core's JSON errors for every additional page of `instrument` (already parsed by
 * `Instrument`/`parseInstrument`, which check the structure). Empty when survey-core loads them all.
 * @example
 * const problems = surveyCoreErrors(parseInstrument(json)); // [{ path: 'additionalQuestions.0.elements.1.inputTyp', … }]
 */
export function surveyCoreErrors(instrument: Instrument): FieldError[] {
  const pages = (instrument.additionalQuestions ?? []) as AdditionalPage[];
  const errors: FieldError[] = [];
  pages.forEach((page, i) => {
    const model = new Model({ pages: [{ name: page.name, elements: page.elements }] });
    const paths = new Map<unknown, (string | number)[]>(
      walkElements([page]).map(({ element, path }) => [
        element,
        ['additionalQuestions', i, ...path.slice(1)],
      ]),
    );
    for (const e of (model.jsonErrors ?? []) as JsonErrorLike[]) {
      const at = paths.get(e.jsonObj) ?? ['additionalQuestions', i];
      const path = e.propertyName && e.type === 'unknownproperty' ? [...at, e.propertyName] : at;
      errors.push({
        path: joinPath(path),
        code: e.type === 'unknownproperty' ? 'unknown_field' : 'rule',
        message: `survey-core: ${e.message ?? e.type ?? 'invalid element'}`,
      });
    }
  });
  return errors;
}
