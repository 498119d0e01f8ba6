import type { TemplateResult } from 'lit';
import type {
  Question,
  QuestionFileModel,
  QuestionImageModel,
  QuestionImagePickerModel,
  QuestionMatrixDropdownModel,
  QuestionMatrixDynamicModel,
  QuestionPanelDynamicModel,
  QuestionRankingModel,
  QuestionSignaturePadModel,
  QuestionTagboxModel,
} from 'survey-core';
import type { RenderContext } from './context.js';
import { fileQuestion } from './file.js';
import { imagePickerQuestion, imageQuestion } from './image.js';
import { matrixDropdownQuestion } from './matrix-dropdown.js';
import { panelDynamicQuestion } from './panel-dynamic.js';
import { rankingQuestion } from './ranking.js';
import { signaturePadQuestion } from './signature-pad.js';
import { sliderQuestion, type SliderQuestion } from './slider.js';
import { tagboxQuestion } from './tagbox.js';

/**
 * Templates of the question types few surveys use, in a chunk of their own (`lazy-types.ts` loads
 * it when a survey has one of them). The types are listed in `lazy-types.ts`.
 */
export function rareQuestion(q: Question, ctx: RenderContext): TemplateResult | undefined {
  switch (q.getType()) {
    case 'tagbox':
      return tagboxQuestion(q as QuestionTagboxModel, ctx);
    case 'ranking':
      return rankingQuestion(q as QuestionRankingModel, ctx);
    case 'matrixdropdown':
    case 'matrixdynamic':
      return matrixDropdownQuestion(
        q as QuestionMatrixDropdownModel | QuestionMatrixDynamicModel,
        ctx,
      );
    case 'paneldynamic':
      return panelDynamicQuestion(q as QuestionPanelDynamicModel, ctx);
    case 'imagepicker':
      return imagePickerQuestion(q as QuestionImagePickerModel);
    case 'image':
      return imageQuestion(q as QuestionImageModel);
    case 'file':
      return fileQuestion(q as QuestionFileModel, ctx);
    case 'signaturepad':
      return signaturePadQuestion(q as QuestionSignaturePadModel, ctx);
    case 'slider':
      return sliderQuestion(q as unknown as SliderQuestion, ctx);
    default:
      return undefined;
  }
}
