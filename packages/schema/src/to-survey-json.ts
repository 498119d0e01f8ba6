import type { AdditionalPage, AdditionalPosition } from './additional-questions.js';
import type { Instrument } from './instrument.js';
import type { LocalizedText } from './localized-text.js';
import { GENERATION_BANDS, MEETING_FREQUENCIES, OPEN_TEXT_MAX, ROLES } from './answer-sets.js';
import type { Wave } from './participant.js';
import { SURVEY_QUESTION as Q } from './survey-names.js';
import type { SurveyPrivacy } from './survey-privacy.js';
import { openTextHint, SURVEY_TEXT } from './survey-text.js';
import type { SurveyTextKey } from './survey-text.js';

/** A SurveyJS localizable string: `{ default: 'Agree', de: 'Stimme eher zu' }`. */
export type LocalizableJson = { default: string } & Record<string, string>;

/** One value of a rating scale or choice list. */
export interface ChoiceJson {
  value: string | number;
  text: LocalizableJson;
}

/** A SurveyJS question as the bridge emits it (only the properties we use are typed). */
export interface QuestionJson {
  type: 'rating' | 'boolean' | 'radiogroup' | 'dropdown' | 'comment' | 'matrix';
  name: string;
  title: LocalizableJson;
  description?: LocalizableJson;
  isRequired?: boolean;
  visibleIf?: string;
  [property: string]: unknown;
}

/** One survey page: a construct's items, "about you", "looking back", feedback or the programme's own. */
export interface PageJson {
  name: string;
  title?: LocalizableJson;
  description?: LocalizableJson;
  elements: QuestionJson[];
}

/**
 * SurveyJS survey JSON: what `new Model(json)` from `survey-core` loads. Strings are localized, so
 * setting `model.locale` to any of the instrument's locales switches the language.
 */
export interface SurveyJson {
  title: LocalizableJson;
  description: LocalizableJson;
  completedHtml: LocalizableJson;
  /** Present when a start locale other than SurveyJS's default (`en`) was requested. */
  locale?: string;
  showQuestionNumbers: 'off';
  showProgressBar: boolean;
  pages: PageJson[];
}

/** Options of {@link toSurveyJson}. */
export interface SurveyJsonOptions {
  wave: Wave;
  /** Start locale; one of the instrument's locales (default: the instrument's default locale). */
  locale?: string;
  /**
   * Replacements for built-in survey text, e.g. a programme's own `consentTitle` that names where
   * its privacy notice is. Plain text, in the instrument's locales; a locale left out keeps the
   * built-in text.
   */
  text?: Partial<Record<SurveyTextKey, LocalizedText>>;
  /**
   * The programme's settings for open answers (the collector serves them at
   * `GET /api/programmes/:id/survey-settings`): the hint under each open question then says who
   * reads them and from which group size. Without them the hint stays general.
   */
  privacy?: SurveyPrivacy;
}

/**
 * Builds the SurveyJS JSON of the baseline or exit survey of an instrument.
 *
 * One page per construct, each item a required `rating` question named by its item id, in the same
 * order in both waves. The baseline starts with an "about you" page (`consent`, which must be "yes"
 * to go on; `role`; optional `generation`). The exit survey ends with an optional retrospective
 * pre-test of the headline items (`retrospective_opt_in` + matrix `retrospective`) and optional
 * programme feedback (`satisfaction`, `recommend`, `pairing_quality`, `meeting_frequency`,
 * `valuable_learning`, `improvement`). Read the answers back with `fromSurveyData`.
 *
 * @example
 * const model = new Model(toSurveyJson(defaultInstrument, { wave: 'baseline', locale: 'de' }));
 */
export function toSurveyJson(instrument: Instrument, options: SurveyJsonOptions): SurveyJson {
  const { wave } = options;
  const startLocale = options.locale ?? instrument.defaultLocale;
  if (!instrument.locales.includes(startLocale)) {
    throw new RangeError(
      `locale "${startLocale}" is not one of the instrument's locales (${instrument.locales.join(', ')})`,
    );
  }
  // SurveyJS keeps the text of its own default locale ("en") under `default`; every other locale
  // under its code. Without English the instrument's default locale takes the `default` slot.
  const defaultSlot = instrument.locales.includes('en') ? 'en' : instrument.defaultLocale;
  const loc = (text: LocalizedText): LocalizableJson => {
    const out: LocalizableJson = {
      default: text[defaultSlot] ?? text.en ?? Object.values(text)[0] ?? '',
    };
    for (const l of instrument.locales) {
      const value = text[l] ?? text.en;
      if (l !== defaultSlot && value !== undefined) out[l] = value;
    }
    return out;
  };
  const builtIn = (key: SurveyTextKey): LocalizedText =>
    key === 'openTextHint' ? openTextHint(options.privacy) : SURVEY_TEXT[key];
  const s = (key: SurveyTextKey) => loc({ ...builtIn(key), ...options.text?.[key] });

  const scale: ChoiceJson[] = instrument.scale.labels.map((label, i) => ({
    value: instrument.scale.min + i,
    text: loc(label),
  }));

  const constructPages: PageJson[] = instrument.constructs.map((construct) => ({
    name: construct.id,
    title: loc(construct.name),
    description: s('itemInstruction'),
    elements: construct.items.map((item) => ({
      type: 'rating',
      name: item.id,
      title: loc(item.text),
      isRequired: true,
      rateValues: scale,
    })),
  }));

  const extra = (position: AdditionalPosition): PageJson[] =>
    ((instrument.additionalQuestions ?? []) as AdditionalPage[])
      .filter((p) => p.position === position && p.waves.includes(wave))
      .map((p) => ({
        name: p.name,
        ...(p.title ? { title: loc(p.title) } : {}),
        ...(p.description ? { description: loc(p.description) } : {}),
        // The programme's own SurveyJS elements, as written: survey-core reads them as they are.
        elements: p.elements as unknown as QuestionJson[],
      })) as PageJson[];

  const pages: PageJson[] = [...extra('start')];
  if (wave === 'baseline') pages.push(aboutYouPage(s), ...constructPages, ...extra('after-items'));
  else {
    pages.push(...constructPages, ...extra('after-items'));
    const retrospective = retrospectivePage(instrument, scale, loc, s);
    if (retrospective) pages.push(retrospective);
    pages.push(feedbackPage(s));
  }
  pages.push(...extra('end'));

  const json: SurveyJson = {
    title: s(wave === 'baseline' ? 'baselineTitle' : 'exitTitle'),
    description: s('description'),
    completedHtml: s('completedHtml'),
    showQuestionNumbers: 'off',
    showProgressBar: true,
    pages,
  };
  if (startLocale !== 'en') json.locale = startLocale;
  return json;
}

type Text = (key: SurveyTextKey) => LocalizableJson;

function aboutYouPage(s: Text): PageJson {
  return {
    name: 'about_you',
    title: s('aboutYouTitle'),
    elements: [
      {
        type: 'boolean',
        name: Q.consent,
        title: s('consentTitle'),
        isRequired: true,
        labelTrue: s('yes'),
        labelFalse: s('no'),
        // isRequired alone accepts "No"; the validator makes "No" block the page.
        validators: [
          { type: 'expression', expression: `{${Q.consent}} = true`, text: s('consentRequired') },
        ],
      },
      {
        type: 'radiogroup',
        name: Q.role,
        title: s('roleTitle'),
        isRequired: true,
        choices: ROLES.map((value) => ({
          value,
          text: s(value === 'mentor' ? 'roleMentor' : 'roleMentee'),
        })),
      },
      {
        type: 'dropdown',
        name: Q.generation,
        title: s('generationTitle'),
        isRequired: false,
        choices: GENERATION_BANDS.map((value) => ({ value, text: s(value) })),
      },
    ],
  };
}

function retrospectivePage(
  instrument: Instrument,
  scale: ChoiceJson[],
  loc: (text: LocalizedText) => LocalizableJson,
  s: Text,
): PageJson | undefined {
  const items = instrument.constructs.filter((c) => c.headline).flatMap((c) => c.items);
  if (items.length === 0) return undefined;
  return {
    name: 'looking_back',
    title: s('retrospectiveTitle'),
    elements: [
      {
        type: 'boolean',
        name: Q.retrospectiveOptIn,
        title: s('retrospectiveOptIn'),
        labelTrue: s('yes'),
        labelFalse: s('no'),
      },
      {
        type: 'matrix',
        name: Q.retrospective,
        title: s('retrospectiveMatrix'),
        visibleIf: `{${Q.retrospectiveOptIn}} = true`,
        // Once someone opts in, a complete then-test is worth more than a partial one.
        eachRowRequired: true,
        columns: scale,
        rows: items.map((item) => ({ value: item.id, text: loc(item.text) })),
      },
    ],
  };
}

function feedbackPage(s: Text): PageJson {
  const labelled = (prefix: 'satisfaction' | 'pairing') =>
    [1, 2, 3, 4, 5].map((value) => ({ value, text: s(`${prefix}${value}` as SurveyTextKey) }));
  const comment = (name: string, title: SurveyTextKey): QuestionJson => ({
    type: 'comment',
    name,
    title: s(title),
    description: s('openTextHint'),
    maxLength: OPEN_TEXT_MAX,
    rows: 3,
  });
  return {
    name: 'feedback',
    title: s('feedbackTitle'),
    elements: [
      {
        type: 'rating',
        name: Q.satisfaction,
        title: s('satisfactionTitle'),
        rateValues: labelled('satisfaction'),
      },
      {
        type: 'rating',
        name: Q.recommend,
        title: s('recommendTitle'),
        rateMin: 0,
        rateMax: 10,
        rateCount: 11,
        minRateDescription: s('recommendMin'),
        maxRateDescription: s('recommendMax'),
      },
      {
        type: 'rating',
        name: Q.pairingQuality,
        title: s('pairingTitle'),
        rateValues: labelled('pairing'),
      },
      {
        type: 'radiogroup',
        name: Q.meetingFrequency,
        title: s('meetingTitle'),
        choices: MEETING_FREQUENCIES.map((value) => ({ value, text: s(value) })),
      },
      comment(Q.valuableLearning, 'valuableLearningTitle'),
      comment(Q.improvement, 'improvementTitle'),
    ],
  };
}
