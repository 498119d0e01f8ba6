import {
  choiceValues,
  COMMENT_SUFFIX,
  ratingScale,
  extraQuestions,
  type AdditionalAnswers,
  type AdditionalPage,
  type Instrument,
  type SurveyElementJson,
  type SurveyResponse,
} from '@genbridge/schema';
import { shuffleInPlace } from './feedback-columns.js';
import type { FigureHiddenReason } from '@genbridge/schema';

/**
 * Question types reported as counts per answer. Multiple-choice types count every choice;
 * `ranking` counts the first choice. Matrix, multiple-text, dynamic panels, files, signatures and
 * expressions are not reported (their answers are records or data, not one choice).
 */
const CLOSED = new Set([
  'radiogroup',
  'dropdown',
  'boolean',
  'rating',
  'checkbox',
  'tagbox',
  'imagepicker',
  'ranking',
  'slider',
]);
/** Question types whose answers are free text, released under the open-text rule. */
const OPEN = new Set(['text', 'comment']);

/** One reported question of a wave: where its answer is in `extra`, and its declared answers. */
export interface ReportedQuestion {
  name: string;
  wave: 'baseline' | 'exit';
  type: string;
  kind: 'closed' | 'open';
  /** Closed: the answers a question declares, in its order (counted even when 0). */
  declared: string[];
  /** Closed: a member's answer may count under several keys (checkbox, tagbox, imagepicker). */
  multiple?: boolean;
}

/** Closed types whose answer is a set of choices (a ranking counts its first, a slider its range). */
const MULTIPLE = new Set(['checkbox', 'tagbox', 'imagepicker']);

/** The answers `q` declares (choices with other/none, rating points, boolean values), in order. */
function declaredAnswers(q: SurveyElementJson): string[] {
  if (q.type === 'boolean') return [String(q.valueTrue ?? true), String(q.valueFalse ?? false)];
  if (q.type === 'rating') {
    const scale = ratingScale(q);
    if (Array.isArray(scale)) return scale.map(String);
    const out: string[] = [];
    // Integer points; a scale too long to list is counted by the answers given.
    for (let v = scale.min; v <= scale.max && scale.max - scale.min <= 100; v++)
      out.push(String(v));
    return out;
  }
  // Choices from a URL or another question, and sliders: only the answers given are counted.
  return [...(choiceValues(q) ?? [])].map(String);
}

/**
 * The additional questions a report shows, per wave in survey order: closed ones, the text of
 * "Other (describe)" and comment areas (`<name>-Comment`, open) and open ones.
 */
export function reportedQuestions(instrument: Instrument): ReportedQuestion[] {
  const pages = instrument.additionalQuestions as AdditionalPage[] | undefined;
  const out: ReportedQuestion[] = [];
  for (const wave of ['baseline', 'exit'] as const) {
    for (const { element: q } of extraQuestions(pages, wave)) {
      const name = q.name as string;
      if (CLOSED.has(q.type)) {
        out.push({
          name,
          wave,
          type: q.type,
          kind: 'closed',
          declared: declaredAnswers(q),
          multiple: MULTIPLE.has(q.type) && (q.type !== 'imagepicker' || q.multiSelect === true),
        });
        if (q.showOtherItem || q.hasOther || q.showCommentArea || q.hasComment)
          out.push({
            name: `${name}${COMMENT_SUFFIX}`,
            wave,
            type: 'comment',
            kind: 'open',
            declared: [],
          });
      } else if (OPEN.has(q.type))
        out.push({ name, wave, type: q.type, kind: 'open', declared: [] });
    }
  }
  return out;
}

/** The answer keys one closed answer counts under (none when unanswered). */
function closedKeys(type: string, value: unknown): string[] | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (type === 'ranking') return [String(value[0])];
    // A slider range is one answer.
    if (type === 'slider') return [value.map(String).join('–')];
    return [...new Set(value.map(String))];
  }
  return [String(value)];
}

/**
 * Every reported question's answer of each member of the feedback population, read from the
 * responses once: the exit response for exit questions, the same person's baseline for baseline
 * questions (none for exit-only participants).
 */
export interface AdditionalColumns {
  questions: ReportedQuestion[];
  /** Per question, per member: the closed answer's keys or the open text; undefined = no answer. */
  answers: (string[] | string | undefined)[][];
}

/** {@link AdditionalColumns} of the feedback population (`exits[i]`, with `baselines[i]`). */
export function additionalColumns(
  questions: ReportedQuestion[],
  exits: readonly SurveyResponse[],
  baselines: readonly (SurveyResponse | undefined)[],
): AdditionalColumns {
  const answers = questions.map(() => new Array<string[] | string | undefined>(exits.length));
  for (let i = 0; i < exits.length; i++) {
    const fromExit = exits[i]?.extra;
    const fromBaseline = baselines[i]?.extra;
    questions.forEach((q, j) => {
      const extra = q.wave === 'exit' ? fromExit : fromBaseline;
      if (!extra) return;
      const value = extra[q.name];
      const column = answers[j] as (string[] | string | undefined)[];
      if (q.kind === 'closed') column[i] = closedKeys(q.type, value);
      else if (typeof value === 'string' ? value.trim() !== '' : typeof value === 'number')
        column[i] = String(value).trim();
    });
  }
  return { questions, answers };
}

/**
 * The additional questions of one feedback group (`members`): per closed question the count per
 * answer — `null` where `hidden(j)` (below k or complementary, decided like every figure of the
 * report) — and per open question its texts when `released`, shuffled.
 */
export function summariseAdditional(
  columns: AdditionalColumns,
  members: ArrayLike<number>,
  hidden: (question: number) => FigureHiddenReason | null,
  released: boolean,
  random: () => number,
): AdditionalAnswers[] {
  return columns.questions.map((q, j): AdditionalAnswers => {
    const column = columns.answers[j] as (string[] | string | undefined)[];
    const head = { name: q.name, wave: q.wave, type: q.type };
    if (q.kind === 'open') {
      const texts: string[] = [];
      if (released)
        for (let m = 0; m < members.length; m++) {
          const v = column[members[m] as number];
          if (typeof v === 'string') texts.push(v);
        }
      return { kind: 'open', ...head, released, answers: shuffleInPlace(texts, random) };
    }
    const counts = new Map<string, number>(q.declared.map((v) => [v, 0]));
    let n = 0;
    for (let m = 0; m < members.length; m++) {
      const keys = column[members[m] as number];
      if (!Array.isArray(keys)) continue;
      n++;
      for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Declared answers in their order, then any others sorted (never in order of submission).
    const others = [...counts.keys()]
      .slice(q.declared.length)
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const distribution: Record<string, number> = {};
    for (const key of [...q.declared, ...others]) distribution[key] = counts.get(key) as number;
    const reason = hidden(j);
    if (reason === null) return { kind: 'closed', ...head, n, distribution };
    return { kind: 'closed', ...head, n, distribution: null, hidden: reason };
  });
}
