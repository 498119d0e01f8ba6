import { z } from './zod.js';
import { Identifier } from './ids.js';
import { LocalizedText } from './localized-text.js';
import { Wave } from './participant.js';

/**
 * A question name usable as a CSV column (`extra.<name>`) and a JSON key: letters, digits, "_" and
 * "-", starting with a letter. SurveyJS allows any string; we ask a little more of our own.
 */
export const ExtraQuestionName = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
      'must be letters, digits, "_" or "-", starting with a letter (at most 64)',
    ),
  );

/** The question and element types survey-core 3.x registers (its `ElementFactory`), plus panel. */
export const SURVEY_ELEMENT_TYPES = [
  'boolean',
  'checkbox',
  'comment',
  'dropdown',
  'expression',
  'file',
  'html',
  'image',
  'imagepicker',
  'matrix',
  'matrixdropdown',
  'matrixdynamic',
  'multipletext',
  'paneldynamic',
  'radiogroup',
  'ranking',
  'rating',
  'signaturepad',
  'slider',
  'tagbox',
  'text',
  'panel',
] as const;
export type SurveyElementType = (typeof SURVEY_ELEMENT_TYPES)[number];

/** Types that show something but hold no answer. */
export const VALUELESS_TYPES: readonly string[] = ['html', 'image', 'panel'];

/**
 * One SurveyJS element as JSON (`{ type, name, title, … }`). The structure is checked here
 * (type, name, nested elements); every other property is SurveyJS's to define and is checked by
 * survey-core itself in `@genbridge/schema/survey-check`.
 */
export interface SurveyElementJson {
  type: string;
  name?: string;
  elements?: SurveyElementJson[];
  templateElements?: SurveyElementJson[];
  [property: string]: unknown;
}

const ElementJson = z.looseObject({
  type: z.enum(SURVEY_ELEMENT_TYPES),
  name: z.optional(ExtraQuestionName),
});

/** Where a page of additional questions goes in a wave's survey. */
export const AdditionalPosition = z.union([
  /** Before the first page (at baseline: before "about you"). */
  z.literal('start'),
  /** After the construct pages, before the exit survey's "looking back" and feedback pages. */
  z.literal('after-items'),
  /** After every other page. */
  z.literal('end'),
]);
export type AdditionalPosition = z.infer<typeof AdditionalPosition>;

/**
 * A page of a programme's own questions ("Which department?", "How many sessions did you have?"),
 * shown in the listed waves at `position`. Answers travel in `SurveyResponse.extra` keyed by
 * question name.
 */
export const AdditionalPage = z.object({
  /** Page name, unique among the survey's pages. */
  name: Identifier,
  waves: z.array(Wave).check(z.minLength(1)),
  position: z._default(AdditionalPosition, 'end'),
  title: z.optional(LocalizedText),
  description: z.optional(LocalizedText),
  /** SurveyJS elements, as in a SurveyJS page's `elements`. */
  elements: z
    .array(z.looseObject({ type: z.string() }))
    .check(z.minLength(1, 'a page needs at least one element')),
});
export type AdditionalPage = Omit<z.infer<typeof AdditionalPage>, 'elements'> & {
  elements: SurveyElementJson[];
};

/** Every additional page of an instrument. */
export const AdditionalQuestions = z.array(AdditionalPage);

/** One element found by {@link walkElements}, with its path for error messages. */
export interface WalkedElement {
  element: SurveyElementJson;
  /** Path from the `additionalQuestions` array, e.g. `[0, 'elements', 2]`. */
  path: (string | number)[];
  /** Inside a paneldynamic / matrix template: its value is nested in the parent's value. */
  nested: boolean;
  /** It or a panel around it is shown only under a condition (`visibleIf`, `enableIf`, …). */
  conditional: boolean;
}

/** Asked only when some condition holds: whether it applied is survey-core's call, not ours. */
export const isConditional = (el: SurveyElementJson): boolean =>
  Boolean(el.visibleIf || el.enableIf || el.requiredIf || el.visible === false);

/** Visits every element of every page, depth-first, including panel and paneldynamic children. */
export function walkElements(pages: readonly { elements: readonly unknown[] }[]): WalkedElement[] {
  const out: WalkedElement[] = [];
  const visit = (
    list: readonly unknown[],
    path: (string | number)[],
    nested: boolean,
    outerCondition: boolean,
  ) => {
    list.forEach((el, i) => {
      if (typeof el !== 'object' || el === null) return;
      const element = el as SurveyElementJson;
      const at = [...path, i];
      const conditional = outerCondition || isConditional(element);
      out.push({ element, path: at, nested, conditional });
      if (Array.isArray(element.elements))
        visit(element.elements, [...at, 'elements'], nested, conditional);
      if (Array.isArray(element.templateElements))
        visit(element.templateElements, [...at, 'templateElements'], true, conditional);
    });
  };
  pages.forEach((page, i) => visit(page.elements, [i, 'elements'], false, false));
  return out;
}

/** The questions of the pages a wave shows whose answers are top-level keys of `extra`. */
export function extraQuestions(
  pages: readonly AdditionalPage[] | undefined,
  wave: Wave,
): WalkedElement[] {
  if (!pages) return [];
  return walkElements(pages.filter((p) => p.waves.includes(wave))).filter(
    ({ element, nested }) =>
      !nested && !VALUELESS_TYPES.includes(element.type) && element.name !== undefined,
  );
}

/**
 * Structural checks of `additionalQuestions` (added to the instrument's refinement): each element
 * has a known type and a valid name, names are unique and clash neither with item ids nor with the
 * bridge's own question names, page names are unique.
 */
export function checkAdditionalQuestions(
  pages: readonly AdditionalPage[],
  taken: ReadonlySet<string>,
  report: (path: (string | number)[], message: string) => void,
): void {
  const pageNames = new Set<string>();
  pages.forEach((page, i) => {
    if (pageNames.has(page.name)) report([i, 'name'], `duplicate page name "${page.name}"`);
    pageNames.add(page.name);
  });
  const names = new Map<string, string>();
  for (const { element, path, nested } of walkElements(pages)) {
    const shape = ElementJson.safeParse(element);
    if (!shape.success) {
      for (const issue of shape.error.issues) {
        const key = issue.path[0];
        if (key === 'type')
          report(
            [...path, 'type'],
            `must be a SurveyJS element type (${SURVEY_ELEMENT_TYPES.join(', ')})`,
          );
        else if (key === 'name') report([...path, 'name'], issue.message);
        else report(path, 'must be a SurveyJS element object with a "type"');
      }
      continue;
    }
    const { type, name } = element;
    // survey-core itself requires a name on every element, html included.
    if (name === undefined) {
      report([...path, 'name'], `is required (every "${type}" element needs a name)`);
      continue;
    }
    // Names inside a paneldynamic / matrix template are scoped to it.
    if (nested) continue;
    if (taken.has(name))
      report([...path, 'name'], `"${name}" is already an item id or a survey question name`);
    const first = names.get(name);
    if (first !== undefined)
      report([...path, 'name'], `duplicate question name "${name}" (first used at ${first})`);
    else names.set(name, path.join('.'));
  }
}
