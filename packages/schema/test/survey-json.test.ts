import 'survey-core/i18n/german';
import 'survey-core/i18n/french';
import { Model } from 'survey-core';
import type { Question, SurveyError } from 'survey-core';
import { lintSurvey } from 'survey-core/linter';
import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  fromSurveyData,
  parseInstrument,
  toSurveyJson,
  validateResponse,
  ValidationError,
} from '../src/index.js';
import type { ResponseContext, Wave } from '../src/index.js';
import { smallInstrument } from './fixtures.js';

const itemIds = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
const headlineIds = defaultInstrument.constructs
  .filter((c) => c.headline)
  .flatMap((c) => c.items.map((i) => i.id));

const context = (wave: Wave, locale: string): ResponseContext => ({
  responseId: crypto.randomUUID(),
  programmeId: 'rm-2026',
  cohort: 'spring',
  participant: 'K7Q2-PX',
  wave,
  locale,
  startedAt: '2026-03-01T09:00:00Z',
  submittedAt: new Date('2026-03-01T09:10:00Z'),
  instrument: defaultInstrument,
  ...(wave === 'exit' ? { role: 'mentee' as const } : {}),
});

/** Answers every visible question the way a participant would, page by page, then completes. */
function fillAndComplete(model: Model, answer: (q: Question) => unknown): void {
  for (let guard = 0; guard < 20; guard++) {
    for (const q of model.currentPage.questions) {
      if (!q.isVisible) continue;
      const value = answer(q);
      if (value !== undefined) model.setValue(q.name, value);
      // The retrospective matrix appears only after the opt-in; answer it on the same page.
      for (const shown of model.currentPage.questions.filter(
        (x: Question) => x.isVisible && x.isEmpty(),
      )) {
        const v = answer(shown);
        if (v !== undefined) model.setValue(shown.name, v);
      }
    }
    if (model.isLastPage) break;
    const moved = model.nextPage();
    const errors = model.currentPage.questions.flatMap((q: Question) =>
      q.errors.map((e: SurveyError) => `${q.name}: ${e.getText()}`),
    );
    expect(moved, errors.join('\n')).toBe(true);
  }
  expect(model.tryComplete()).toBe(true);
  expect(model.state).toBe('completed');
}

const answerAll =
  (retro: boolean) =>
  (q: Question): unknown => {
    const index = itemIds.indexOf(q.name);
    if (index >= 0) return (index % 5) + 1;
    switch (q.name) {
      case 'consent':
        return true;
      case 'role':
        return 'mentor';
      case 'generation':
        return 'prefer_not_to_say';
      case 'retrospective_opt_in':
        return retro;
      case 'retrospective':
        return Object.fromEntries(headlineIds.map((id) => [id, 2]));
      case 'satisfaction':
        return 4;
      case 'recommend':
        return 10;
      case 'pairing_quality':
        return 5;
      case 'meeting_frequency':
        return 'monthly';
      case 'valuable_learning':
        return '  Keyboard shortcuts.  ';
      case 'improvement':
        return '   ';
      default:
        throw new Error(`unexpected question ${q.name}`);
    }
  };

describe('toSurveyJson', () => {
  it.each(['baseline', 'exit'] as const)(
    '%s loads in survey-core without JSON errors or lint findings',
    (wave) => {
      for (const locale of defaultInstrument.locales) {
        const json = toSurveyJson(defaultInstrument, { wave, locale });
        expect(new Model(json).jsonErrors ?? []).toEqual([]);
        expect(lintSurvey(json).findings).toEqual([]);
      }
    },
  );

  it('asks every item, named by its id, in the same order in both waves, each on its construct page', () => {
    for (const wave of ['baseline', 'exit'] as const) {
      const model = new Model(toSurveyJson(defaultInstrument, { wave }));
      const ratings = model.getAllQuestions().filter((q) => itemIds.includes(q.name));
      expect(ratings.map((q) => q.name)).toEqual(itemIds);
      for (const q of ratings) {
        expect(q.getType()).toBe('rating');
        expect(q.isRequired).toBe(true);
      }
      for (const c of defaultInstrument.constructs) {
        expect(model.getPageByName(c.id).questions.map((q) => q.name)).toEqual(
          c.items.map((i) => i.id),
        );
      }
    }
  });

  it('adds consent, role and generation to the baseline only, feedback and retrospective to the exit only', () => {
    const names = (wave: Wave) =>
      new Model(toSurveyJson(defaultInstrument, { wave }))
        .getAllQuestions()
        .map((q) => q.name)
        .filter((n) => !itemIds.includes(n));
    expect(names('baseline')).toEqual(['consent', 'role', 'generation']);
    expect(names('exit')).toEqual([
      'retrospective_opt_in',
      'retrospective',
      'satisfaction',
      'recommend',
      'pairing_quality',
      'meeting_frequency',
      'valuable_learning',
      'improvement',
    ]);
  });

  it('offers 0-10 for recommend, labelled 1-5 scales, every generation band and meeting frequency', () => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'exit' }));
    const values = (name: string) =>
      model.getQuestionByName(name).visibleRateValues.map((v: { value: number }) => v.value);
    expect(values('recommend')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(values('satisfaction')).toEqual([1, 2, 3, 4, 5]);
    expect(values('pairing_quality')).toEqual([1, 2, 3, 4, 5]);
    const texts = model
      .getQuestionByName('pairing_quality')
      .visibleRateValues.map((v: { text: string }) => v.text);
    expect(texts).toEqual([
      'Very poorly',
      'Poorly',
      'Neither well nor poorly',
      'Well',
      'Very well',
    ]);
    const choices = (m: Model, name: string) =>
      m.getQuestionByName(name).visibleChoices.map((c: { value: string }) => c.value);
    expect(choices(model, 'meeting_frequency')).toEqual([
      'weekly',
      'fortnightly',
      'monthly',
      'less_than_monthly',
      'never',
    ]);
    const baseline = new Model(toSurveyJson(defaultInstrument, { wave: 'baseline' }));
    expect(choices(baseline, 'generation')).toEqual([
      'gen_z',
      'millennial',
      'gen_x',
      'baby_boomer',
      'prefer_not_to_say',
    ]);
    expect(baseline.getQuestionByName('generation').isRequired).toBe(false);
    for (const name of ['satisfaction', 'recommend', 'valuable_learning']) {
      expect(model.getQuestionByName(name).isRequired).toBe(false);
    }
  });

  it('never names a question or choice "other"', () => {
    for (const wave of ['baseline', 'exit'] as const) {
      const text = JSON.stringify(toSurveyJson(defaultInstrument, { wave }));
      expect(text).not.toMatch(/"(name|value)":"other"/);
    }
  });

  it('labels every scale point and switches language with model.locale', () => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'baseline', locale: 'de' }));
    expect(model.locale).toBe('de');
    const q = model.getQuestionByName('dc_1');
    expect(q.title).toBe(defaultInstrument.constructs[0]!.items[0]!.text.de);
    const labels = q.visibleRateValues.map((v: { value: number; text: string }) => [
      v.value,
      v.text,
    ]);
    expect(labels).toEqual(defaultInstrument.scale.labels.map((l, i) => [i + 1, l.de]));
    expect(model.title).toBe('Reverse Mentoring: vor dem Programm');
    model.locale = 'en';
    expect(q.title).toBe(defaultInstrument.constructs[0]!.items[0]!.text.en);
    expect(model.processedCompletedHtml).toContain('Thank you!');
    model.locale = 'fr';
    expect(q.visibleRateValues[4].text).toBe('Tout à fait d’accord');
  });

  it('shows the retrospective matrix of headline items only after the opt-in', () => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'exit' }));
    const matrix = model.getQuestionByName('retrospective');
    expect(matrix.getType()).toBe('matrix');
    expect(matrix.rows.map((r: { value: string }) => r.value)).toEqual(headlineIds);
    expect(matrix.columns.map((c: { value: number }) => c.value)).toEqual([1, 2, 3, 4, 5]);
    expect(matrix.isVisible).toBe(false);
    model.setValue('retrospective_opt_in', true);
    expect(matrix.isVisible).toBe(true);
  });

  it('keeps a participant who answers "No" to consent on the first page', () => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'baseline' }));
    model.setValue('consent', false);
    model.setValue('role', 'mentee');
    expect(model.nextPage()).toBe(false);
    expect(model.getQuestionByName('consent').errors.map((e) => e.getText())).toEqual([
      'You can only continue if you agree to take part.',
    ]);
    model.setValue('consent', true);
    expect(model.nextPage()).toBe(true);
  });

  it('requires every item before moving on', () => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'exit' }));
    model.setValue('dc_1', 3);
    expect(model.nextPage()).toBe(false);
    expect(model.getQuestionByName('dc_2').errors.length).toBe(1);
  });

  it('lets a programme replace built-in text, per locale', () => {
    const json = toSurveyJson(defaultInstrument, {
      wave: 'baseline',
      text: { consentTitle: { en: 'I have read the ACME privacy notice and agree.' } },
    });
    const model = new Model(json);
    const consent = model.getQuestionByName('consent');
    expect(consent.title).toBe('I have read the ACME privacy notice and agree.');
    model.locale = 'de';
    expect(consent.title).toContain('Ich bin einverstanden');
  });

  it('rejects a start locale the instrument does not have', () => {
    expect(() => toSurveyJson(defaultInstrument, { wave: 'exit', locale: 'es' })).toThrow(
      /"es" is not one of/,
    );
  });

  it('uses the default locale for SurveyJS "default" when the instrument has no English', () => {
    const input = smallInstrument();
    input.locales = ['de'];
    input.defaultLocale = 'de';
    const json = toSurveyJson(parseInstrument(input), { wave: 'exit' });
    expect(json.locale).toBe('de');
    const model = new Model(json);
    expect(model.getQuestionByName('a_1').title).toBe('A one (de)');
    expect(model.title).toBe('Reverse Mentoring: nach dem Programm');
  });
});

describe('SurveyJS round trip: build, answer, complete, convert, validate', () => {
  it.each(['en', 'de'])('baseline in %s', (locale) => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'baseline', locale }));
    fillAndComplete(model, answerAll(false));
    const response = fromSurveyData(model.data, context('baseline', locale));
    expect(validateResponse(response, defaultInstrument).success).toBe(true);
    expect(response).toMatchObject({
      wave: 'baseline',
      consent: true,
      role: 'mentor',
      generation: 'prefer_not_to_say',
      locale,
      cohort: 'spring',
      instrument: { id: 'genbridge-core', version: '1.0.0' },
      submittedAt: '2026-03-01T09:10:00.000Z',
    });
    expect(Object.keys(response.answers)).toEqual(itemIds);
    expect(response.answers.dc_6).toBe(1);
    expect(response.retrospective).toBeUndefined();
    expect(response.feedback).toBeUndefined();
  });

  it.each(['en', 'de'])('exit in %s with the retrospective block', (locale) => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'exit', locale }));
    fillAndComplete(model, answerAll(true));
    const response = fromSurveyData(model.data, context('exit', locale));
    expect(validateResponse(response, defaultInstrument).success).toBe(true);
    expect(response.role).toBe('mentee');
    expect(response.retrospective).toEqual(Object.fromEntries(headlineIds.map((id) => [id, 2])));
    expect(response.feedback).toEqual({
      satisfaction: 4,
      recommend: 10,
      pairingQuality: 5,
      meetingFrequency: 'monthly',
      valuableLearning: 'Keyboard shortcuts.',
    });
  });

  it('exit without the opt-in carries no retrospective, even if the matrix was touched', () => {
    const model = new Model(toSurveyJson(defaultInstrument, { wave: 'exit' }));
    fillAndComplete(model, answerAll(false));
    const data = { ...model.data, retrospective: { dc_1: 3 } };
    expect(fromSurveyData(data, context('exit', 'en')).retrospective).toBeUndefined();
  });

  it('fromSurveyData throws a ValidationError naming the fields when data is incomplete', () => {
    const data = Object.fromEntries(itemIds.slice(1).map((id) => [id, 3]));
    let error: unknown;
    try {
      fromSurveyData(
        { ...data, consent: true, role: 'mentor', dc_2: 9 },
        context('baseline', 'en'),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([
      { path: 'answers.dc_2', code: 'out_of_range', message: 'must be an integer from 1 to 5' },
      { path: 'answers.dc_1', code: 'required', message: 'is required' },
    ]);
  });
});
