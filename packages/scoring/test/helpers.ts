// Small inline instrument and response factory for tests (independent of the default instrument).
import { Instrument, type SurveyResponse } from '@genbridge/schema';

const t = (en: string) => ({ en });
const items = (prefix: string, n: number, reverse: number[] = []) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}_${i + 1}`,
    text: t(`${prefix} ${i + 1}`),
    reverse: reverse.includes(i + 1),
  }));

export const testInstrument: Instrument = Instrument.parse({
  id: 'test-core',
  version: '1.0.0',
  defaultLocale: 'en',
  locales: ['en'],
  scale: { min: 1, max: 5, labels: ['1', '2', '3', '4', '5'].map(t) },
  constructs: [
    { id: 'career_engagement', name: t('Career'), definition: t('c'), items: items('ce', 2) },
    {
      id: 'digital_confidence',
      headline: true,
      name: t('Digital'),
      definition: t('d'),
      items: items('dc', 4, [4]),
    },
    {
      id: 'intergenerational_understanding',
      headline: true,
      name: t('Understanding'),
      definition: t('u'),
      items: items('iu', 3),
    },
  ],
});

let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${(++counter).toString(16).padStart(12, '0')}`;

export function response(
  partial: Partial<SurveyResponse> & Pick<SurveyResponse, 'participant' | 'wave'>,
): SurveyResponse {
  const baseline = partial.wave === 'baseline';
  return {
    responseId: uuid(),
    programmeId: 'rm-2026',
    instrument: { id: 'test-core', version: '1.0.0' },
    locale: 'en',
    startedAt: baseline ? '2026-01-10T09:00:00Z' : '2026-06-10T09:00:00Z',
    submittedAt: baseline ? '2026-01-10T09:10:00Z' : '2026-06-10T09:10:00Z',
    ...(baseline ? { consent: true, role: 'mentor' as const } : {}),
    answers: {},
    ...partial,
  };
}

/** Answers giving every item of the test instrument `value` (reverse-keyed dc_4 stored reversed). */
export function uniform(
  value: number,
  overrides: Record<string, number> = {},
): Record<string, number> {
  const a: Record<string, number> = {};
  for (const c of testInstrument.constructs)
    for (const i of c.items) a[i.id] = i.reverse ? 6 - value : value;
  return { ...a, ...overrides };
}

/** Deterministic PRNG (mulberry32) for shuffles and synthetic data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** n participants with random but plausible answers in both waves. */
export function cohortOf(
  n: number,
  opts: {
    seed?: number;
    prefix?: string;
    role?: 'mentor' | 'mentee';
    cohort?: string;
    generation?: SurveyResponse['generation'];
  } = {},
): SurveyResponse[] {
  const random = seeded(opts.seed ?? 1);
  const pick = () => 1 + Math.floor(random() * 5);
  const out: SurveyResponse[] = [];
  for (let i = 0; i < n; i++) {
    const participant = `${opts.prefix ?? 'P'}${String(i).padStart(4, '0')}`;
    const answers: Record<string, number> = {};
    const later: Record<string, number> = {};
    for (const c of testInstrument.constructs) {
      const base = pick();
      for (const it of c.items) {
        answers[it.id] = Math.min(5, Math.max(1, base + Math.round(random() * 2 - 1)));
        later[it.id] = Math.min(5, (answers[it.id] as number) + (random() < 0.6 ? 1 : 0));
      }
    }
    const extra = {
      ...(opts.cohort ? { cohort: opts.cohort } : {}),
      ...(opts.generation ? { generation: opts.generation } : {}),
    };
    out.push(
      response({ participant, wave: 'baseline', role: opts.role ?? 'mentor', answers, ...extra }),
    );
    out.push(response({ participant, wave: 'exit', answers: later }));
  }
  return out;
}
