import { formatBytes } from './format-bytes.js';
import { LANGUAGE_LOADERS, languageOf } from './language.js';

/** Our own interface text (survey text comes from the instrument; validation text from survey-core). */
export interface UiStrings {
  loading: string;
  next: string;
  back: string;
  complete: string;
  pageOf: (page: number, total: number) => string;
  progressLabel: string;
  requiredHint: string;
  select: string;
  yes: string;
  no: string;
  sending: string;
  submitted: string;
  completedOffline: string;
  queued: (seconds: number) => string;
  rejected: (message: string) => string;
  invalid: (message: string) => string;
  reviewAnswers: string;
  sendNow: string;
  /** Shown instead of a question whose type no template knows (custom components without content). */
  unsupported: (type: string, name: string) => string;
  chooseAtMost: (n: number) => string;
  selected: string;
  remove: (what: string) => string;
  removeShort: string;
  noMatches: string;
  noAnswer: string;
  rankHint: string;
  rankSelectHint: string;
  rankMoved: (label: string, position: number, total: number) => string;
  rankRemoved: (label: string) => string;
  moveUp: (label: string, position: number) => string;
  moveDown: (label: string, position: number) => string;
  notRanked: string;
  addToRanking: (label: string) => string;
  rowN: (n: number) => string;
  itemN: (n: number) => string;
  from: string;
  to: string;
  fileLimit: (bytes: number) => string;
  fileTooLarge: (names: string, bytes: number) => string;
  signatureEmpty: string;
  signatureGiven: string;
  typeSignature: string;
  clearSignature: string;
  preview: string;
  edit: string;
  reviewBeforeSubmit: string;
  completed: string;
  code: {
    title: string;
    intro: string;
    parentLetters: string;
    parentLettersHint: string;
    birthDay: string;
    birthDayHint: string;
    placeLetters: string;
    placeLettersHint: string;
    siblings: string;
    siblingsHint: string;
    lettersError: string;
    dayError: string;
    siblingsError: string;
    yourCode: (code: string) => string;
    continue: string;
  };
}

const en: UiStrings = {
  loading: 'Loading the survey…',
  next: 'Next',
  back: 'Back',
  complete: 'Submit',
  pageOf: (p, t) => `Page ${p} of ${t}`,
  progressLabel: 'Survey progress',
  requiredHint: 'Questions marked * need an answer.',
  select: 'Please select…',
  yes: 'Yes',
  no: 'No',
  sending: 'Sending your answers…',
  submitted: 'Your answers have been received. Thank you!',
  completedOffline: 'Thank you! Your answers were handed to this page.',
  queued: (s) =>
    `Your answers are saved on this device and will be sent automatically${s > 0 ? ` (next try in ${s} s)` : ''}. You can close this page.`,
  rejected: (m) => `The server did not accept your answers: ${m}`,
  invalid: (m) => `Your answers could not be prepared for sending: ${m}`,
  reviewAnswers: 'Review my answers',
  sendNow: 'Try again now',
  unsupported: (t, n) =>
    `The question "${n}" (type "${t}") cannot be shown here. Please tell the survey's organisers.`,
  chooseAtMost: (n) => `Choose up to ${n}.`,
  selected: 'Selected',
  remove: (w) => `Remove ${w}`,
  removeShort: 'Remove',
  noMatches: 'No matches',
  noAnswer: 'No answer yet',
  rankHint: 'Use the arrow buttons (or Alt + ↑/↓) to change the order. 1 is the top rank.',
  rankSelectHint:
    'Add the items you want to rank, then order them with the arrow buttons (or Alt + ↑/↓).',
  rankMoved: (l, p, t) => `${l}: position ${p} of ${t}`,
  rankRemoved: (l) => `${l} removed from the ranking`,
  moveUp: (l, p) => `Move ${l} up (now ${p})`,
  moveDown: (l, p) => `Move ${l} down (now ${p})`,
  notRanked: 'Not ranked',
  addToRanking: (l) => `Add ${l} to the ranking`,
  rowN: (n) => `Row ${n}`,
  itemN: (n) => `Entry ${n}`,
  from: 'from',
  to: 'to',
  fileLimit: (b) => `Each file can be up to ${formatBytes(b, 'en')}.`,
  fileTooLarge: (f, b) => `Not added, larger than ${formatBytes(b, 'en')}: ${f}`,
  signatureEmpty: 'Signature area, empty',
  signatureGiven: 'Signature area, signed',
  typeSignature: 'Or type your full name to sign',
  clearSignature: 'Clear signature',
  preview: 'Review answers',
  edit: 'Edit answers',
  reviewBeforeSubmit: 'Please review your answers',
  completed: 'Survey completed',
  code: {
    title: 'Your personal code',
    intro:
      'So that your answers before and after the programme can be linked without your name, we build a code from four facts only you know. Please answer the same way next time.',
    parentLetters: "First two letters of your mother's (or a parent's) first name",
    parentLettersHint: 'For example "MA" for Maria.',
    birthDay: 'Day of the month you were born (1–31)',
    birthDayHint: 'Only the day, not the month or year.',
    placeLetters: 'First two letters of the town where you were born',
    placeLettersHint: 'For example "HA" for Hamburg.',
    siblings: 'Number of older brothers and sisters (0–9)',
    siblingsHint: 'Enter 9 if you have nine or more.',
    lettersError: 'Please enter two letters.',
    dayError: 'Please enter a day from 1 to 31.',
    siblingsError: 'Please enter a number from 0 to 9.',
    yourCode: (c) => `Your code is ${c}.`,
    continue: 'Continue to the survey',
  },
};

const table: Record<string, UiStrings> = { en };

/** Our locales; survey text may have more, in which case our strings fall back to English. */
export const UI_LOCALES = ['en', ...Object.keys(LANGUAGE_LOADERS)];

/** Registers a language's strings (called by `loadLanguage` when its chunk has arrived). */
export function addUiStrings(lang: string, strings: UiStrings): void {
  table[lang] = strings;
}

/** "Loading" before a language's chunk has arrived, so even that is in the reader's language. */
export const LOADING: Record<string, string> = {
  ar: 'جارٍ تحميل الاستبيان…',
  de: 'Die Umfrage wird geladen…',
  fr: 'Chargement du questionnaire…',
  he: 'הסקר נטען…',
};

export const loadingText = (locale: string | undefined): string =>
  LOADING[languageOf(locale)] ?? en.loading;

/** `de-CH` → German (once loaded, see `loadLanguage`), unknown → English. */
export function uiStrings(locale: string | undefined): UiStrings {
  return table[languageOf(locale)] ?? en;
}

/** Languages written right to left (the element sets `dir="rtl"` for them). */
export function isRtl(locale: string | undefined): boolean {
  const lang = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return ['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug'].includes(lang);
}
