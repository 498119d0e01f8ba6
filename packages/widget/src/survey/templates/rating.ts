import type { TemplateResult } from 'lit';
import type { QuestionRatingModel } from 'survey-core';
import { choiceGroup } from './choice-group.js';
import { text } from './question-parts.js';

/** Likert / rating scale: one radio per scale point, labelled with the point's text. */
export function ratingQuestion(q: QuestionRatingModel): TemplateResult {
  const choices = q.visibleRateValues.map((item) => ({
    value: item.value,
    label: text(item.locText) || String(item.value),
  }));
  // Numeric-only scales (e.g. 0–10) carry their meaning in the min/max descriptions.
  const numeric = choices.every((c) => c.label === String(c.value));
  const extremes = numeric
    ? { min: text(q.locMinRateDescription), max: text(q.locMaxRateDescription) }
    : undefined;
  return choiceGroup(
    q,
    choices,
    (v) => q.value === v,
    (v) => (q.value = v),
    { layout: 'scale', extremes },
  );
}
