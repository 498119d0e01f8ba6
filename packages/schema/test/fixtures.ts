import type { InstrumentInput, SurveyResponse } from '../src/index.js';
import { defaultInstrument } from '../src/index.js';

/** A small valid instrument; tests clone it and break one thing. */
export function smallInstrument(): InstrumentInput {
  const text = (en: string) => ({ en, de: `${en} (de)` });
  return {
    id: 'tiny',
    version: '0.1.0',
    defaultLocale: 'en',
    locales: ['en', 'de'],
    scale: { min: 1, max: 3, labels: [text('no'), text('maybe'), text('yes')] },
    constructs: [
      {
        id: 'alpha',
        headline: true,
        name: text('Alpha'),
        definition: text('Alpha things'),
        items: [
          { id: 'a_1', text: text('A one') },
          { id: 'a_2', text: text('A two') },
          { id: 'a_3', text: text('A three'), reverse: true },
        ],
      },
      {
        id: 'beta',
        name: text('Beta'),
        definition: text('Beta things'),
        items: [
          { id: 'b_1', text: text('B one') },
          { id: 'b_2', text: text('B two') },
        ],
      },
    ],
  };
}

const allItems = () => defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
const headlineItems = () =>
  defaultInstrument.constructs.filter((c) => c.headline).flatMap((c) => c.items.map((i) => i.id));

export function baselineResponse(): SurveyResponse {
  return {
    responseId: '0b6f4c1e-8d2a-4c3b-9a7e-5f1d2c3b4a59',
    programmeId: 'rm-2026',
    cohort: 'spring',
    participant: 'K7Q2-PX',
    role: 'mentor',
    generation: 'gen_z',
    wave: 'baseline',
    instrument: { id: 'genbridge-core', version: '1.0.0' },
    locale: 'de',
    startedAt: '2026-03-01T09:00:00Z',
    submittedAt: '2026-03-01T10:12:30+01:00',
    consent: true,
    answers: Object.fromEntries(allItems().map((id, i) => [id, (i % 5) + 1])),
  };
}

export function exitResponse(): SurveyResponse {
  return {
    responseId: '6a1c8e2f-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
    programmeId: 'rm-2026',
    participant: 'K7Q2-PX',
    wave: 'exit',
    instrument: { id: 'genbridge-core', version: '1.0.0' },
    locale: 'en',
    startedAt: '2026-06-01T09:00:00.000Z',
    submittedAt: '2026-06-01T09:15:00.000Z',
    answers: Object.fromEntries(allItems().map((id, i) => [id, ((i + 2) % 5) + 1])),
    retrospective: Object.fromEntries(headlineItems().map((id) => [id, 2])),
    feedback: {
      satisfaction: 5,
      recommend: 9,
      pairingQuality: 4,
      meetingFrequency: 'fortnightly',
      valuableLearning: 'How to run a poll in the team chat.',
      improvement: 'More time for the first meeting.',
    },
  };
}
