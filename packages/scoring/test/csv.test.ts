import { describe, expect, it } from 'vitest';
import { defaultInstrument, type SurveyResponse } from '@genbridge/schema';
import {
  csvHeader,
  InputError,
  responsesFromCsv,
  responsesFromJson,
  responsesToCsv,
  scoreProgramme,
} from '../src/index.js';
import { seeded } from './helpers.js';

const items = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
const headline = defaultInstrument.constructs
  .filter((c) => c.headline)
  .flatMap((c) => c.items.map((i) => i.id));

/** Complete, valid responses of the default instrument. */
function sample(n: number): SurveyResponse[] {
  const random = seeded(99);
  const v = () => 1 + Math.floor(random() * 5);
  const out: SurveyResponse[] = [];
  for (let i = 0; i < n; i++) {
    const participant = `CSV-${String(i).padStart(3, '0')}`;
    const common = {
      programmeId: 'rm-2026',
      participant,
      instrument: { id: defaultInstrument.id, version: defaultInstrument.version },
      locale: i % 2 ? 'de' : 'en',
    };
    out.push({
      ...common,
      responseId: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      wave: 'baseline',
      role: i % 3 ? 'mentor' : 'mentee',
      ...(i % 4 ? { cohort: 'spring' } : {}),
      ...(i % 5 ? { generation: 'gen_z' as const } : {}),
      consent: true,
      startedAt: '2026-01-10T07:00:00Z',
      submittedAt: '2026-01-10T09:10:00+01:00',
      answers: Object.fromEntries(items.map((id) => [id, v()])),
    });
    out.push({
      ...common,
      responseId: `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      wave: 'exit',
      startedAt: '2026-06-10T09:00:00Z',
      submittedAt: '2026-06-10T09:10:00Z',
      answers: Object.fromEntries(items.map((id) => [id, v()])),
      ...(i % 2 ? { retrospective: Object.fromEntries(headline.map((id) => [id, v()])) } : {}),
      feedback: {
        satisfaction: v(),
        recommend: Math.floor(random() * 11),
        meetingFrequency: 'weekly',
        ...(i % 3 ? {} : { pairingQuality: v() }),
        valuableLearning: [
          '=HYPERLINK("http://x")',
          "'quoted",
          'comma, "quote"\nand newline',
          '+1 colleague',
          'plain',
        ][i % 5] as string,
      },
    });
  }
  return out;
}

describe('CSV format', () => {
  it('header: meta columns, items, retro_ for headline items, feedback', () => {
    const h = csvHeader(defaultInstrument);
    expect(h.slice(0, 10)).toEqual([
      'response_id',
      'programme_id',
      'participant',
      'role',
      'wave',
      'cohort',
      'generation',
      'locale',
      'started_at',
      'submitted_at',
    ]);
    expect(h).toContain('dc_1');
    expect(h).toContain('retro_dc_1');
    expect(h.slice(-6)).toEqual([
      'satisfaction',
      'recommend',
      'pairing_quality',
      'meeting_frequency',
      'valuable_learning',
      'improvement',
    ]);
  });

  it('export → import is lossless and scores to the same report', () => {
    const rs = sample(30);
    const csv = responsesToCsv(rs, defaultInstrument);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    const back = responsesFromCsv(csv, defaultInstrument);
    expect(back).toEqual(rs);
    const opts = { now: () => new Date('2026-07-01T00:00:00Z'), random: seeded(1) };
    expect(scoreProgramme(back, defaultInstrument, { ...opts, random: seeded(1) })).toEqual(
      scoreProgramme(rs, defaultInstrument, opts),
    );
  });

  it('reads a minimal analyst file with defaults and blank items', () => {
    const csv = [
      'participant,role,wave,cohort,dc_1,dc_2,dc_3',
      'AB12,mentor,baseline,spring,4,,5',
      'AB12,,exit,,5,5,5',
      'AB12,,exit,,1,1,1',
    ].join('\n');
    const rs = responsesFromCsv(csv, defaultInstrument, { programmeId: 'pilot' });
    expect(rs).toHaveLength(3);
    expect(rs[0]).toMatchObject({
      participant: 'AB12',
      programmeId: 'pilot',
      consent: true,
      locale: 'en',
      answers: { dc_1: 4, dc_3: 5 },
    });
    expect(rs[0]?.answers).not.toHaveProperty('dc_2');
    // Without submitted_at the later row wins.
    expect(Date.parse(rs[2]?.submittedAt as string)).toBeGreaterThan(
      Date.parse(rs[1]?.submittedAt as string),
    );
  });

  const fail = (csv: string) => {
    try {
      responsesFromCsv(csv, defaultInstrument, { fileName: 'data.csv' });
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
    throw new Error('expected an InputError');
  };

  it('names file, row and column of bad cells', () => {
    expect(fail('participant,role,wave,dc_1\nAB12,mentor,baseline,7\n')).toBe(
      'data.csv: row 2, column "dc_1": must be an integer from 1 to 5',
    );
    expect(
      fail('participant,role,wave,dc_1\nAB12,mentor,baseline,4\nAB13,mentor,baseline,x\n'),
    ).toBe('data.csv: row 3, column "dc_1": must be a whole number (got "x")');
    expect(fail('participant,role,wave\nab@x.com,mentor,baseline\n')).toMatch(
      /^data\.csv: row 2, column "participant": must be 4 to 16/,
    );
    expect(fail('participant,role,wave\nAB12,boss,baseline\n')).toMatch(
      /^data\.csv: row 2, column "role": /,
    );
    expect(fail('participant,wave,recommend\nAB12,exit,11\n')).toMatch(
      /^data\.csv: row 2, column "recommend": /,
    );
    expect(fail('participant,wave,consent\nAB12,baseline,maybe\n')).toBe(
      'data.csv: row 2, column "consent": must be true or false (got "maybe")',
    );
    expect(fail('participant,wave\nAB12,baseline,extra\n')).toBe(
      'data.csv: row 2: has 3 cells, the header has 2',
    );
  });

  it('checks the header', () => {
    expect(fail('participant,wave,colour\n')).toMatch(
      /^data\.csv: row 1, column "colour": is not a known column/,
    );
    expect(fail('participant,role\n')).toBe('data.csv: row 1, column "wave": is required');
    expect(fail('participant,wave,wave\n')).toBe('data.csv: row 1, column "wave": appears twice');
    expect(fail('')).toBe('data.csv: row 1: is empty: expected a header row');
    expect(fail('participant,wave\n"AB12,baseline\n')).toMatch(
      /^data\.csv: row \d+: is not valid CSV/,
    );
  });

  it('JSON input: same validation, row = position in the array, column = field path', () => {
    const rs = sample(2);
    expect(responsesFromJson(JSON.stringify(rs), defaultInstrument)).toEqual(rs);
    const bad = structuredClone(rs) as unknown as Record<string, Record<string, unknown>>[];
    (bad[2] as Record<string, Record<string, unknown>>).answers = { ...bad[2]?.answers, dc_3: 9 };
    expect(() =>
      responsesFromJson(JSON.stringify(bad), defaultInstrument, { fileName: 'r.json' }),
    ).toThrow('r.json: row 3, column "answers.dc_3": must be an integer from 1 to 5');
    expect(() => responsesFromJson('{', defaultInstrument, { fileName: 'r.json' })).toThrow(
      /^r\.json: row 1: is not valid JSON/,
    );
    expect(() => responsesFromJson('{}', defaultInstrument, { fileName: 'r.json' })).toThrow(
      'r.json: row 1: must be a JSON array of responses',
    );
  });
});
