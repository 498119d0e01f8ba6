import type { Instrument } from '@genbridge/schema';

/** Columns before the items, in the order `responsesToCsv` writes them. */
export const META_COLUMNS = [
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
  'instrument_id',
  'instrument_version',
  'consent',
  // Evaluation design (contract 6), assigned through invitations; empty when not assigned.
  'arm',
  'pair_id',
] as const;

/** Programme feedback columns (exit only), after the items. */
export const FEEDBACK_COLUMNS = {
  satisfaction: 'satisfaction',
  recommend: 'recommend',
  pairingQuality: 'pairing_quality',
  meetingFrequency: 'meeting_frequency',
  valuableLearning: 'valuable_learning',
  improvement: 'improvement',
} as const;

/** Columns a CSV must have; every other column is optional. */
export const REQUIRED_COLUMNS = ['participant', 'wave'] as const;

/** Prefix of the retrospective (then-test) column of an item: `retro_dc_1`. */
export const RETRO_PREFIX = 'retro_';

/** Headline items, which the exit survey asks retrospectively. */
export function retrospectiveItems(instrument: Instrument): string[] {
  return instrument.constructs.filter((c) => c.headline).flatMap((c) => c.items.map((i) => i.id));
}

/**
 * The full header for an instrument: meta columns, one column per item id (instrument order),
 * `retro_<item>` for every headline item, then the feedback columns.
 */
export function csvHeader(instrument: Instrument): string[] {
  const items = instrument.constructs.flatMap((c) => c.items.map((i) => i.id));
  return [
    ...META_COLUMNS,
    ...items,
    ...retrospectiveItems(instrument).map((id) => RETRO_PREFIX + id),
    ...Object.values(FEEDBACK_COLUMNS),
  ];
}

const FIELD_COLUMN: Record<string, string> = {
  responseId: 'response_id',
  programmeId: 'programme_id',
  startedAt: 'started_at',
  submittedAt: 'submitted_at',
  'instrument.id': 'instrument_id',
  'instrument.version': 'instrument_version',
  instrument: 'instrument_id',
  pairId: 'pair_id',
};

/** Maps a validation path (`answers.dc_3`, `feedback.pairingQuality`) to its CSV column. */
export function columnOfPath(path: string): string {
  const [head, ...rest] = path.split('.');
  const tail = rest.join('.');
  if (head === 'answers' && tail) return tail;
  if (head === 'retrospective' && tail) return RETRO_PREFIX + tail;
  if (head === 'feedback' && tail)
    return FEEDBACK_COLUMNS[tail as keyof typeof FEEDBACK_COLUMNS] ?? tail;
  return FIELD_COLUMN[path] ?? FIELD_COLUMN[head ?? ''] ?? head ?? '';
}
