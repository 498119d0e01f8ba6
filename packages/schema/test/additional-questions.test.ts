import { Model } from 'survey-core';
import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  EXTRA_MAX_BYTES,
  fromSurveyData,
  Instrument,
  parseInstrument,
  toSurveyJson,
  validateExtra,
  validateResponse,
  ValidationError,
  type InstrumentInput,
} from '../src/index.js';
import { surveyCoreErrors } from '../src/survey-check.js';
import { baselineResponse, exitResponse } from './fixtures.js';

const withExtra = (additionalQuestions: unknown): InstrumentInput =>
  ({ ...defaultInstrument, additionalQuestions }) as InstrumentInput;

const programmeQuestions = [
  {
    name: 'your_team',
    waves: ['baseline'],
    position: 'start',
    title: { en: 'Your team', de: 'Ihr Team', fr: 'Votre équipe' },
    elements: [
      {
        type: 'dropdown',
        name: 'department',
        isRequired: true,
        choices: ['sales', 'it', 'hr'],
        showOtherItem: true,
      },
      { type: 'text', name: 'years', inputType: 'number' },
    ],
  },
  {
    name: 'your_sessions',
    waves: ['exit'],
    elements: [
      { type: 'text', name: 'sessions', inputType: 'number', isRequired: true },
      { type: 'ranking', name: 'helped', choices: ['listening', 'practice', 'feedback'] },
      {
        type: 'checkbox',
        name: 'topics',
        choices: ['ai', 'social', 'tools'],
        maxSelectedChoices: 2,
        visibleIf: '{sessions} > 0',
        isRequired: true,
      },
      { type: 'matrix', name: 'ratings', rows: ['pace', 'depth'], columns: [1, 2, 3] },
      { type: 'html', name: 'thanks', html: '<p>Thanks</p>' },
    ],
  },
];

const instrument = parseInstrument(withExtra(programmeQuestions));

describe('instrument.additionalQuestions', () => {
  it('parses pages of SurveyJS elements with defaults', () => {
    expect(instrument.additionalQuestions).toHaveLength(2);
    expect(instrument.additionalQuestions![1]!.position).toBe('end');
  });

  it('names structural problems by path', () => {
    const bad = Instrument.safeParse(
      withExtra([
        {
          name: 'feedback',
          waves: ['exit'],
          elements: [
            { type: 'radiogroup', name: 'dc_1', choices: [1] },
            { type: 'nosuch', name: 'x' },
            { type: 'text' },
            { type: 'text', name: 'dup' },
            { type: 'panel', name: 'p', elements: [{ type: 'text', name: 'dup' }] },
            { type: 'text', name: 'has space' },
          ],
        },
      ]),
    );
    expect(bad.success).toBe(false);
    const paths = bad.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'additionalQuestions.0.name',
        'additionalQuestions.0.elements.0.name',
        'additionalQuestions.0.elements.1.type',
        'additionalQuestions.0.elements.2.name',
        'additionalQuestions.0.elements.4.elements.0.name',
        'additionalQuestions.0.elements.5.name',
      ]),
    );
  });

  it("reports survey-core's own JSON errors by path (separate entry)", () => {
    const parsed = parseInstrument(
      withExtra([
        {
          name: 'extra_page',
          waves: ['exit'],
          elements: [
            { type: 'text', name: 'ok' },
            {
              type: 'panel',
              name: 'p',
              elements: [{ type: 'text', name: 'b', inputTyp: 'number' }],
            },
          ],
        },
      ]),
    );
    expect(surveyCoreErrors(parsed)).toEqual([
      {
        path: 'additionalQuestions.0.elements.1.elements.0.inputTyp',
        code: 'unknown_field',
        message: expect.stringContaining("Unknown property in class 'text': 'inputTyp'"),
      },
    ]);
    expect(surveyCoreErrors(instrument)).toEqual([]);
  });

  it('places the pages per wave and position in the SurveyJS JSON', () => {
    const baseline = toSurveyJson(instrument, { wave: 'baseline' }).pages.map((p) => p.name);
    expect(baseline[0]).toBe('your_team');
    expect(baseline[1]).toBe('about_you');
    expect(baseline).not.toContain('your_sessions');
    const exit = toSurveyJson(instrument, { wave: 'exit' }).pages.map((p) => p.name);
    expect(exit.at(-1)).toBe('your_sessions');
    expect(exit).not.toContain('your_team');
    expect(new Model(toSurveyJson(instrument, { wave: 'exit' })).jsonErrors ?? []).toEqual([]);
  });
});

describe('extra: answers to additional questions', () => {
  it('travel from a completed survey-core model into response.extra', () => {
    const model = new Model(toSurveyJson(instrument, { wave: 'exit' }));
    const base = exitResponse();
    model.mergeData({
      ...base.answers,
      sessions: 6,
      helped: ['practice', 'listening', 'feedback'],
      topics: ['ai'],
      ratings: { pace: 2 },
    });
    const response = fromSurveyData(model.data, {
      responseId: base.responseId,
      programmeId: base.programmeId,
      participant: base.participant,
      wave: 'exit',
      locale: 'en',
      startedAt: base.startedAt,
      submittedAt: base.submittedAt,
      instrument,
    });
    expect(response.extra).toEqual({
      sessions: 6,
      helped: ['practice', 'listening', 'feedback'],
      topics: ['ai'],
      ratings: { pace: 2 },
    });
  });

  it('keeps "Other" text and refuses a missing required answer with a typed code', () => {
    const model = new Model(toSurveyJson(instrument, { wave: 'baseline' }));
    const base = baselineResponse();
    model.mergeData({
      ...base.answers,
      consent: true,
      role: 'mentor',
      department: 'other',
      'department-Comment': ' Legal ',
    });
    const ctx = {
      responseId: base.responseId,
      programmeId: base.programmeId,
      participant: base.participant,
      wave: 'baseline' as const,
      locale: 'en',
      startedAt: base.startedAt,
      submittedAt: base.submittedAt,
      instrument,
    };
    expect(fromSurveyData(model.data, ctx).extra).toEqual({
      department: 'other',
      'department-Comment': 'Legal',
    });
    model.clearValue('department');
    try {
      fromSurveyData(model.data, ctx);
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).errors).toContainEqual({
        path: 'extra.department',
        code: 'required',
        message: 'is required',
      });
    }
  });

  it('validateExtra checks keys, values, required questions and size', () => {
    expect(validateExtra({ sessions: 3, topics: ['ai', 'tools'] }, instrument, 'exit')).toEqual([]);
    // conditional required questions are survey-core's call
    expect(validateExtra({ sessions: 0 }, instrument, 'exit')).toEqual([]);
    const codes = (extra: unknown, wave: 'baseline' | 'exit' = 'exit') =>
      validateExtra(extra, instrument, wave).map((e) => `${e.path} ${e.code}`);
    expect(codes({})).toEqual(['extra.sessions required']);
    expect(codes({ sessions: 'three' })).toEqual(['extra.sessions out_of_range']);
    expect(codes({ sessions: 1, topics: ['ai', 'social', 'tools'] })).toEqual([
      'extra.topics out_of_range',
    ]);
    expect(codes({ sessions: 1, helped: ['practice', 'practice'] })).toEqual([
      'extra.helped out_of_range',
    ]);
    expect(codes({ sessions: 1, ratings: { pace: 7 } })).toEqual(['extra.ratings out_of_range']);
    expect(codes({ sessions: 1, department: 'it' })).toEqual(['extra.department unknown_question']);
    expect(codes({ department: 'finance' }, 'baseline')).toEqual(['extra.department out_of_range']);
    expect(codes({ sessions: 1, notes: 'x'.repeat(EXTRA_MAX_BYTES) })).toEqual(['extra too_big']);
    expect(codes([], 'exit')).toEqual(['extra invalid_type']);
  });

  it('validateResponse refuses extra the instrument does not define, naming the field', () => {
    const r = { ...exitResponse(), extra: { shoe_size: 42 } };
    const result = validateResponse(r, defaultInstrument);
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.errors).toEqual([
      {
        path: 'extra.shoe_size',
        code: 'unknown_question',
        message: 'is not an additional question of the exit survey',
      },
    ]);
    expect(
      validateResponse({ ...exitResponse(), extra: { sessions: 2 } }, instrument).success,
    ).toBe(true);
  });
});
