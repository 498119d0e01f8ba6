import {
  GenerationBand,
  localize,
  MeetingFrequency,
  SURVEY_TEXT,
  type Instrument,
  type LocalizedText,
} from '@genbridge/schema';
import {
  csvHeader,
  FEEDBACK_COLUMNS,
  META_COLUMNS,
  RETRO_PREFIX,
  retrospectiveItems,
} from '../csv/columns.js';
import { DEFAULT_MIN_ITEM_SHARE } from '../scale-scores.js';

/** How a CSV column is stored. */
export type VariableType = 'string' | 'integer' | 'datetime' | 'boolean';

/** One column of the CSV export (`responsesToCsv`, the collector's CSV download). */
export interface CodebookVariable {
  /** Column name in the CSV header; also the SPSS/R variable name. */
  name: string;
  type: VariableType;
  /** Short label per locale (item text for items). */
  label: LocalizedText;
  /** Which waves fill the column. */
  waves: ('baseline' | 'exit')[];
  /** Value labels (code → text per locale) for coded columns. */
  values?: { value: string | number; label: LocalizedText }[];
  /** Items only: construct, reverse keying, and whether it is the then-test version. */
  item?: { construct: string; reverse: boolean; retrospective: boolean };
  /** Longest value, for fixed-width readers (SPSS `A` formats). */
  width?: number;
}

/** A construct and how its score is formed. */
export interface CodebookConstruct {
  id: string;
  name: LocalizedText;
  definition: LocalizedText;
  headline: boolean;
  items: string[];
  reverseItems: string[];
  /** How the score is computed, in words. */
  scoring: string;
}

/** The codebook of an instrument's CSV export. */
export interface Codebook {
  instrument: { id: string; version: string; defaultLocale: string; locales: string[] };
  scale: { min: number; max: number; labels: { value: number; label: LocalizedText }[] };
  constructs: CodebookConstruct[];
  variables: CodebookVariable[];
}

const en = (text: string): LocalizedText => ({ en: text });
const both: CodebookVariable['waves'] = ['baseline', 'exit'];
const codes = (options: readonly string[]) =>
  options.map((value) => ({
    value,
    label: (SURVEY_TEXT as Record<string, LocalizedText>)[value] ?? en(value),
  }));
const range = (min: number, max: number, label: (v: number) => LocalizedText) =>
  Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: label(min + i) }));

const META: Record<(typeof META_COLUMNS)[number], Omit<CodebookVariable, 'name'>> = {
  response_id: {
    type: 'string',
    width: 36,
    waves: both,
    label: en('Response id (UUID, one per submission)'),
  },
  programme_id: { type: 'string', width: 64, waves: both, label: en('Programme id') },
  participant: {
    type: 'string',
    width: 16,
    waves: both,
    label: en('Participant code (pseudonym; links baseline and exit)'),
  },
  role: {
    type: 'string',
    width: 6,
    waves: both,
    label: SURVEY_TEXT.roleTitle,
    values: [
      { value: 'mentor', label: SURVEY_TEXT.roleMentor },
      { value: 'mentee', label: SURVEY_TEXT.roleMentee },
    ],
  },
  wave: {
    type: 'string',
    width: 8,
    waves: both,
    label: en('Survey wave'),
    values: [
      { value: 'baseline', label: en('Baseline (before the programme)') },
      { value: 'exit', label: en('Exit (after the programme)') },
    ],
  },
  cohort: { type: 'string', width: 64, waves: both, label: en('Cohort') },
  generation: {
    type: 'string',
    width: 17,
    waves: both,
    label: SURVEY_TEXT.generationTitle,
    values: codes(GenerationBand.options),
  },
  locale: {
    type: 'string',
    width: 16,
    waves: both,
    label: en('Language the survey was answered in'),
  },
  started_at: { type: 'datetime', width: 40, waves: both, label: en('Survey started (ISO 8601)') },
  submitted_at: {
    type: 'datetime',
    width: 40,
    waves: both,
    label: en('Survey submitted (ISO 8601)'),
  },
  instrument_id: { type: 'string', width: 64, waves: both, label: en('Instrument id') },
  instrument_version: { type: 'string', width: 32, waves: both, label: en('Instrument version') },
  consent: {
    type: 'boolean',
    width: 5,
    waves: ['baseline'],
    label: SURVEY_TEXT.consentTitle,
    values: [
      { value: 'true', label: SURVEY_TEXT.yes },
      { value: 'false', label: SURVEY_TEXT.no },
    ],
  },
  arm: {
    type: 'string',
    width: 10,
    waves: both,
    label: en('Evaluation arm (assigned through the invitation)'),
    values: [
      { value: 'programme', label: en('Programme participant') },
      { value: 'comparison', label: en('Comparison group (colleague outside the programme)') },
    ],
  },
  pair_id: {
    type: 'string',
    width: 64,
    waves: both,
    label: en('Mentoring pair (mentor and mentee share it; assigned through the invitation)'),
  },
};

const pick = (prefix: string) => (v: number) =>
  (SURVEY_TEXT as Record<string, LocalizedText>)[`${prefix}${v}`] ?? en(String(v));

const FEEDBACK: Record<keyof typeof FEEDBACK_COLUMNS, Omit<CodebookVariable, 'name'>> = {
  satisfaction: {
    type: 'integer',
    waves: ['exit'],
    label: SURVEY_TEXT.satisfactionTitle,
    values: range(1, 5, pick('satisfaction')),
  },
  recommend: {
    type: 'integer',
    waves: ['exit'],
    label: SURVEY_TEXT.recommendTitle,
    values: [
      { value: 0, label: SURVEY_TEXT.recommendMin },
      { value: 10, label: SURVEY_TEXT.recommendMax },
    ],
  },
  pairingQuality: {
    type: 'integer',
    waves: ['exit'],
    label: SURVEY_TEXT.pairingTitle,
    values: range(1, 5, pick('pairing')),
  },
  meetingFrequency: {
    type: 'string',
    width: 17,
    waves: ['exit'],
    label: SURVEY_TEXT.meetingTitle,
    values: codes(MeetingFrequency.options),
  },
  valuableLearning: {
    type: 'string',
    width: 2000,
    waves: ['exit'],
    label: SURVEY_TEXT.valuableLearningTitle,
  },
  improvement: {
    type: 'string',
    width: 2000,
    waves: ['exit'],
    label: SURVEY_TEXT.improvementTitle,
  },
};

/**
 * The codebook of the CSV export for `instrument`: every column in header order with its type,
 * label and value labels in every locale, the items with their construct and reverse keying, and
 * how each construct score is formed. Drives the Markdown codebook and the SPSS syntax.
 */
export function codebook(instrument: Instrument): Codebook {
  const scaleLabels = instrument.scale.labels.map((label, i) => ({
    value: instrument.scale.min + i,
    label,
  }));
  const itemInfo = new Map<string, { construct: string; reverse: boolean; text: LocalizedText }>();
  for (const c of instrument.constructs)
    for (const i of c.items)
      itemInfo.set(i.id, { construct: c.id, reverse: i.reverse, text: i.text });
  const retro = new Set(retrospectiveItems(instrument).map((id) => RETRO_PREFIX + id));
  const feedbackByColumn = new Map<string, Omit<CodebookVariable, 'name'>>(
    Object.entries(FEEDBACK_COLUMNS).map(([k, col]) => [col, FEEDBACK[k as keyof typeof FEEDBACK]]),
  );
  const variables = csvHeader(instrument).map((name): CodebookVariable => {
    const meta = (META as Record<string, Omit<CodebookVariable, 'name'>>)[name];
    if (meta) return { name, ...meta };
    const feedback = feedbackByColumn.get(name);
    if (feedback) return { name, ...feedback };
    const retrospective = retro.has(name);
    const info = itemInfo.get(retrospective ? name.slice(RETRO_PREFIX.length) : name);
    if (!info) throw new RangeError(`no codebook entry for column ${name}`);
    const label = retrospective
      ? Object.fromEntries(
          Object.entries(info.text).map(([l, t]) => [
            l,
            `${localize(SURVEY_TEXT.retrospectiveTitle, l)}: ${t}`,
          ]),
        )
      : info.text;
    return {
      name,
      type: 'integer',
      label,
      waves: retrospective ? ['exit'] : both,
      values: scaleLabels,
      item: { construct: info.construct, reverse: info.reverse, retrospective },
    };
  });
  return {
    instrument: {
      id: instrument.id,
      version: instrument.version,
      defaultLocale: instrument.defaultLocale,
      locales: [...instrument.locales],
    },
    scale: { min: instrument.scale.min, max: instrument.scale.max, labels: scaleLabels },
    constructs: instrument.constructs.map((c) => ({
      id: c.id,
      name: c.name,
      definition: c.definition,
      headline: c.headline,
      items: c.items.map((i) => i.id),
      reverseItems: c.items.filter((i) => i.reverse).map((i) => i.id),
      scoring: `Mean of the ${c.items.length} items after reverse keying (${instrument.scale.min} + ${instrument.scale.max} − answer for ${
        c.items.some((i) => i.reverse)
          ? c.items
              .filter((i) => i.reverse)
              .map((i) => i.id)
              .join(', ')
          : 'no item'
      }); a score needs at least ${Math.round(DEFAULT_MIN_ITEM_SHARE * 100)}% of the items answered (default).`,
    })),
    variables,
  };
}
