import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  parseInstrument,
  validateResponse,
  type InstrumentInput,
  type SurveyResponse,
} from '@genbridge/schema';
import { responsesFromCsv, responsesToCsv } from '../src/index.js';

const instrument = parseInstrument({
  ...defaultInstrument,
  additionalQuestions: [
    {
      name: 'your_sessions',
      waves: ['exit'],
      elements: [
        { type: 'text', name: 'sessions', inputType: 'number' },
        { type: 'dropdown', name: 'department', choices: ['sales', 'it'], showOtherItem: true },
        { type: 'checkbox', name: 'topics', choices: ['ai', 'tools'] },
        { type: 'matrix', name: 'ratings', rows: ['pace', 'depth'], columns: [1, 2, 3] },
      ],
    },
  ],
} as InstrumentInput);

const items = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));

function exit(extra: Record<string, unknown>): SurveyResponse {
  const r = {
    responseId: '20000000-0000-4000-8000-000000000001',
    programmeId: 'rm-2026',
    participant: 'CSV-EXTRA',
    wave: 'exit',
    instrument: { id: instrument.id, version: instrument.version },
    locale: 'en',
    startedAt: '2026-06-01T09:00:00Z',
    submittedAt: '2026-06-01T09:10:00Z',
    answers: Object.fromEntries(items.map((id) => [id, 3])),
    extra,
  };
  const v = validateResponse(r, instrument);
  if (!v.success) throw new Error(JSON.stringify(v.errors));
  return v.data;
}

describe('CSV export of additional questions', () => {
  it('writes extra.<name> and extra.<name>.<row> columns, guarded text and JSON lists, and reads back the scored part', () => {
    const r = exit({
      sessions: 6,
      department: 'other',
      'department-Comment': '=HR',
      topics: ['ai', 'tools'],
      ratings: { pace: 2 },
    });
    const csv = responsesToCsv([r], instrument);
    const [header, row] = csv
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(header!.filter((h) => h.startsWith('extra.'))).toEqual([
      'extra.sessions',
      'extra.department',
      'extra.department-Comment',
      'extra.topics',
      'extra.ratings.pace',
      'extra.ratings.depth',
    ]);
    expect(cell('extra.sessions')).toBe('6');
    expect(cell('extra.department-Comment')).toBe("'=HR");
    expect(csv).toContain('"[""ai"",""tools""]"');
    // (the JSON cell holds a quoted comma, so read the last two cells from the end)
    expect(row!.slice(-2)).toEqual(['2', '']);
    const [back] = responsesFromCsv(csv, instrument);
    expect(back!.answers).toEqual(r.answers);
  });
});
