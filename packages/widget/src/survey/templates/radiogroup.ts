import type { TemplateResult } from 'lit';
import type { QuestionRadiogroupModel } from 'survey-core';
import { choiceGroup } from './choice-group.js';
import { text } from './question-parts.js';

export function radiogroupQuestion(q: QuestionRadiogroupModel): TemplateResult {
  const choices = q.visibleChoices.map((item) => ({ value: item.value, label: text(item.locText) || String(item.value) }));
  return choiceGroup(
    q,
    choices,
    (v) => q.value === v,
    (v) => (q.value = v),
    'list',
  );
}
