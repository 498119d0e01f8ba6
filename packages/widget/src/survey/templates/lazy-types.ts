import type { TemplateResult } from 'lit';
import type {
  PageModel,
  Question,
  QuestionFileModel,
  QuestionImageModel,
  QuestionImagePickerModel,
  QuestionMatrixDropdownModel,
  QuestionPanelDynamicModel,
  QuestionRankingModel,
  QuestionSignaturePadModel,
  QuestionTagboxModel,
  SurveyModel,
} from 'survey-core';
import type { RenderContext } from './context.js';
import type { SliderQuestion } from './slider.js';

/** Renders one question of a type whose template is loaded on first need. */
export type LazyTemplate = (q: Question, ctx: RenderContext) => TemplateResult;

/*
 * The templates of question types few surveys use, each a chunk of its own: a survey loads the
 * ones its current page shows before that page renders, and the rest of its types once idle.
 */
const LOADERS: Record<string, () => Promise<LazyTemplate>> = {
  tagbox: () =>
    import('./tagbox.js').then((m) => (q, ctx) => m.tagboxQuestion(q as QuestionTagboxModel, ctx)),
  ranking: () =>
    import('./ranking.js').then(
      (m) => (q, ctx) => m.rankingQuestion(q as QuestionRankingModel, ctx),
    ),
  matrixdropdown: () => matrixDropdown(),
  matrixdynamic: () => matrixDropdown(),
  paneldynamic: () =>
    import('./panel-dynamic.js').then(
      (m) => (q, ctx) => m.panelDynamicQuestion(q as QuestionPanelDynamicModel, ctx),
    ),
  imagepicker: () =>
    import('./image.js').then((m) => (q) => m.imagePickerQuestion(q as QuestionImagePickerModel)),
  image: () => import('./image.js').then((m) => (q) => m.imageQuestion(q as QuestionImageModel)),
  file: () =>
    import('./file.js').then((m) => (q, ctx) => m.fileQuestion(q as QuestionFileModel, ctx)),
  signaturepad: () =>
    import('./signature-pad.js').then(
      (m) => (q, ctx) => m.signaturePadQuestion(q as QuestionSignaturePadModel, ctx),
    ),
  slider: () =>
    import('./slider.js').then(
      (m) => (q, ctx) => m.sliderQuestion(q as unknown as SliderQuestion, ctx),
    ),
};

const matrixDropdown = () =>
  import('./matrix-dropdown.js').then(
    (m): LazyTemplate =>
      (q, ctx) =>
        m.matrixDropdownQuestion(q as QuestionMatrixDropdownModel, ctx),
  );

/** Question types whose templates are loaded on first need. */
export const LAZY_TYPES: ReadonlySet<string> = new Set(Object.keys(LOADERS));

const loaded = new Map<string, LazyTemplate>();
const loading = new Map<string, Promise<void>>();

/** The template of a lazily loaded type, or undefined while its chunk is not there. */
export const lazyTemplate = (type: string): LazyTemplate | undefined => loaded.get(type);

/** Loads the templates of the given question types (others are part of the element). */
export function loadTemplates(types: Iterable<string>): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const type of new Set(types)) {
    const load = LOADERS[type];
    if (!load || loaded.has(type)) continue;
    let p = loading.get(type);
    if (!p) {
      p = load().then((t) => void loaded.set(type, t));
      loading.set(type, p);
    }
    pending.push(p);
  }
  return Promise.all(pending).then(() => undefined);
}

/** Types of the questions a page shows, nested ones (panels, dynamic panels, matrices) included. */
export const typesOnPage = (model: SurveyModel): string[] =>
  ((model.currentPage as PageModel | undefined)?.getQuestions(true) ?? []).map((q) => q.getType());

/** Survey JSON as far as question types are concerned. */
interface SurveyJsonShape {
  pages?: { elements?: unknown[] }[];
  elements?: unknown[];
}

/** Types named in survey JSON elements, nested ones (panels, dynamic panel templates) included. */
function typesOfElements(elements: unknown, types: string[] = []): string[] {
  if (!Array.isArray(elements)) return types;
  for (const e of elements as {
    type?: unknown;
    elements?: unknown;
    templateElements?: unknown;
  }[]) {
    if (typeof e?.type === 'string') types.push(e.type);
    typesOfElements(e?.elements, types);
    typesOfElements(e?.templateElements, types);
  }
  return types;
}

/**
 * Types named on the first page of survey JSON, before survey-core is there to build a model: a
 * guess (a restored draft or `visibleIf` may show another page first) that lets those templates
 * download alongside survey-core; `typesOnPage` decides once the model exists.
 */
export function typesOnFirstPage(json: unknown): string[] {
  const survey = json as SurveyJsonShape | undefined;
  return typesOfElements(survey?.pages?.[0]?.elements ?? survey?.elements);
}

/**
 * Types named anywhere in survey JSON, for preloading once idle. Read from the JSON rather than
 * the model: asking survey-core for every question builds the rows of every page (it runs their
 * first rendering), which re-rendered the element and cost a long survey its idle time, and it
 * does not list the questions of a dynamic panel's template. A type it misses (a custom
 * component's inner questions) loads when first shown.
 */
export function typesInSurvey(json: unknown): string[] {
  const survey = json as SurveyJsonShape | undefined;
  const types = typesOfElements(survey?.elements);
  for (const page of survey?.pages ?? []) typesOfElements(page?.elements, types);
  return types;
}
