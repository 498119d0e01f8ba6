import type { SurveyModel } from 'survey-core';
import type { rareQuestion as RareQuestion } from './rare-types.js';

/** Question types whose templates are a chunk loaded on first need (see `rare-types.ts`). */
export const RARE_TYPES: ReadonlySet<string> = new Set([
  'tagbox',
  'ranking',
  'matrixdropdown',
  'matrixdynamic',
  'paneldynamic',
  'imagepicker',
  'image',
  'file',
  'signaturepad',
  'slider',
]);

let rare: typeof RareQuestion | undefined;
let loading: Promise<void> | undefined;

/** The loaded renderer of rare types, or undefined while its chunk is not there. */
export const rareTemplates = (): typeof RareQuestion | undefined => rare;

export function loadRareTemplates(): Promise<void> {
  loading ??= import('./rare-types.js').then((m) => {
    rare = m.rareQuestion;
  });
  return loading;
}

/** Whether a survey (nested questions included) has a question of a rare type. */
export function usesRareTypes(model: SurveyModel): boolean {
  return model.getAllQuestions(false, false, true).some((q) => RARE_TYPES.has(q.getType()));
}
