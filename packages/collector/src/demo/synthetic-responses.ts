import type {
  GenerationBand,
  Instrument,
  MeetingFrequency,
  Role,
  SurveyResponse,
} from '@genbridge/schema';
import { normal, seededRandom, uuidFrom } from './random.js';

/** Options of {@link syntheticResponses}. */
export interface SyntheticOptions {
  programmeId: string;
  instrument: Instrument;
  /** Number of participants; each gets a baseline and (unless they dropped out) an exit response. */
  participants: number;
  /** Cohort slugs, assigned round-robin. Default `['spring', 'autumn']`. */
  cohorts?: readonly string[];
  /** Participant codes are `<prefix>-<number>`. Default `SYN`. */
  codePrefix?: string;
  /** Share of participants without an exit response (attrition). Default 0.1. */
  dropout?: number;
  seed?: number;
  /** Baseline date; exits follow three months later. Default 2026-03-02. */
  start?: Date;
  /**
   * Share of the programme's effect these people get: 1 (default) for participants, about 0.1
   * for a comparison group of colleagues outside the programme (a little drift, no mentoring).
   */
  effect?: number;
  /** Whether exits carry programme feedback (default true; a comparison group has none to give). */
  feedback?: boolean;
}

// Plausible programme effects on the latent construct level (scale points), by role.
const GAIN: Record<Role, Record<string, number>> = {
  mentee: {
    digital_confidence: 0.7,
    intergenerational_understanding: 0.45,
    inclusion_voice: 0.2,
    mutual_learning: 0.35,
    career_engagement: 0.15,
  },
  mentor: {
    digital_confidence: 0.1,
    intergenerational_understanding: 0.55,
    inclusion_voice: 0.35,
    mutual_learning: 0.3,
    career_engagement: 0.25,
  },
};
const LEVEL: Record<Role, Record<string, number>> = {
  mentee: {
    digital_confidence: 2.6,
    intergenerational_understanding: 3.0,
    inclusion_voice: 3.4,
    mutual_learning: 3.1,
    career_engagement: 3.5,
  },
  mentor: {
    digital_confidence: 4.1,
    intergenerational_understanding: 2.9,
    inclusion_voice: 2.9,
    mutual_learning: 3.2,
    career_engagement: 3.2,
  },
};
const LEARNINGS = [
  'How to run a meeting in our collaboration tool without fear of breaking something.',
  'That my mentee had solved problems I am only starting to meet.',
  'Shortcuts for spreadsheets and how to ask an AI assistant good questions.',
  'How decisions were made here before I joined, and why.',
  'Patience: explaining a tool slowly helped me understand it better myself.',
];
const IMPROVEMENTS = [
  'More time for the pairs in the first month.',
  'A shared list of topics to start the first conversation.',
  'Meet in person at least once.',
  'Let pairs switch if the match does not work.',
];
const FREQUENCIES: MeetingFrequency[] = [
  'weekly',
  'fortnightly',
  'fortnightly',
  'monthly',
  'less_than_monthly',
];

/**
 * Baseline and exit responses for synthetic participants of both roles, valid for `instrument`.
 * Mentees (senior) gain most in digital confidence, both roles in intergenerational understanding;
 * answers scatter around each person's latent level, so reliability and change look like real data.
 * Used to seed the demo intranet and to load-test the collector; never mixed with real data.
 */
export function syntheticResponses(options: SyntheticOptions): SurveyResponse[] {
  const random = seededRandom(options.seed ?? 2026);
  const cohorts = options.cohorts ?? ['spring', 'autumn'];
  const prefix = options.codePrefix ?? 'SYN';
  const dropout = options.dropout ?? 0.1;
  const start = (options.start ?? new Date('2026-03-02T09:00:00Z')).getTime();
  const effect = options.effect ?? 1;
  const { instrument } = options;
  const { min, max } = instrument.scale;
  const clamp = (x: number) => Math.min(max, Math.max(min, Math.round(x)));
  const ref = { id: instrument.id, version: instrument.version };
  const out: SurveyResponse[] = [];

  for (let i = 0; i < options.participants; i++) {
    const role: Role = i % 2 === 0 ? 'mentee' : 'mentor';
    const cohort = cohorts[Math.floor(i / 2) % cohorts.length];
    const code = `${prefix}-${String(i + 1).padStart(4, '0')}`;
    const generation: GenerationBand =
      random() < 0.1
        ? 'prefer_not_to_say'
        : role === 'mentor'
          ? random() < 0.5
            ? 'gen_z'
            : 'millennial'
          : random() < 0.6
            ? 'gen_x'
            : 'baby_boomer';
    const person = normal(random) * 0.35;
    const before: Record<string, number> = {};
    const after: Record<string, number> = {};
    const retrospective: Record<string, number> = {};
    for (const c of instrument.constructs) {
      const level = (LEVEL[role][c.id] ?? 3.2) + person + normal(random) * 0.45;
      const gain = (GAIN[role][c.id] ?? 0.2) * effect + normal(random) * 0.4;
      for (const item of c.items) {
        const answer = (latent: number) => {
          const v = clamp(latent + normal(random) * 0.55);
          return item.reverse ? min + max - v : v;
        };
        before[item.id] = answer(level);
        after[item.id] = answer(level + gain);
        // Response shift: looking back, people rate their starting point a little lower.
        if (c.headline) retrospective[item.id] = answer(level - 0.3);
      }
    }
    const baselineAt = new Date(start + i * 3_600_000);
    out.push({
      responseId: uuidFrom(random),
      programmeId: options.programmeId,
      ...(cohort ? { cohort } : {}),
      participant: code,
      role,
      generation,
      wave: 'baseline',
      instrument: ref,
      locale: instrument.defaultLocale,
      startedAt: baselineAt.toISOString(),
      submittedAt: new Date(baselineAt.getTime() + 420_000).toISOString(),
      consent: true,
      answers: before,
    });
    if (random() < dropout) continue;
    const exitAt = new Date(baselineAt.getTime() + 91 * 86_400_000);
    const satisfaction = clamp(4 + normal(random) * 0.8);
    // Drawn in the order they always were, so every seed gives the same responses as before.
    const exitId = uuidFrom(random);
    const feedback = {
      satisfaction,
      recommend: Math.min(10, Math.max(0, Math.round(satisfaction * 2 + normal(random)))),
      pairingQuality: clamp(4 + normal(random) * 0.9),
      meetingFrequency: FREQUENCIES[Math.floor(random() * FREQUENCIES.length)]!,
      ...(random() < 0.6
        ? { valuableLearning: LEARNINGS[Math.floor(random() * LEARNINGS.length)]! }
        : {}),
      ...(random() < 0.4
        ? { improvement: IMPROVEMENTS[Math.floor(random() * IMPROVEMENTS.length)]! }
        : {}),
    };
    out.push({
      responseId: exitId,
      programmeId: options.programmeId,
      ...(cohort ? { cohort } : {}),
      participant: code,
      role,
      wave: 'exit',
      instrument: ref,
      locale: instrument.defaultLocale,
      startedAt: exitAt.toISOString(),
      submittedAt: new Date(exitAt.getTime() + 540_000).toISOString(),
      answers: after,
      retrospective,
      ...(options.feedback === false ? {} : { feedback }),
    });
  }
  return out;
}
