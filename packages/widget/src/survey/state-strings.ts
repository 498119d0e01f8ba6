/**
 * Wording of the survey's states around delivery: already completed, queued on this device,
 * unreachable server, refused answers. Plain sentences for participants: no field names, no HTTP.
 * (Kept apart from `strings.ts`, which the question renderer owns; same locale resolution.)
 */
import { languageOf } from './language.js';

export interface StateStrings {
  completedOn: (date: string) => string;
  completedIntro: string;
  answerAgain: string;
  /** Heading while the answers are only on this device: never "received" or "recorded". */
  notSentTitle: string;
  queued: (seconds: number) => string;
  stillOffline: string;
  contactTeam: string;
  invitationProblem: string;
  refused: string;
  notReady: string;
}

const en: StateStrings = {
  completedOn: (d) => `You already completed this survey on ${d}.`,
  completedIntro: 'Thank you. There is nothing more to do here.',
  answerAgain: 'Change my answers',
  notSentTitle: 'Your answers are not sent yet',
  queued: (s) =>
    `They are kept only on this device and will be sent automatically when the connection works${s > 0 ? ` (next try in ${s} s)` : ''}. Please open this page again later if you close it now.`,
  stillOffline: 'Still no connection. Your answers stay on this device; we will try again.',
  contactTeam:
    'We could not deliver your answers several times. They are kept on this device. Please tell the programme team that the survey cannot reach its server.',
  invitationProblem:
    'Your invitation link is not valid for this survey any more. Please ask the programme team for a new one.',
  refused: 'Some answers could not be accepted. Please check them and submit again.',
  notReady: 'Some answers are missing or not valid. Please check the questions marked in red.',
};

const TABLE: Record<string, StateStrings> = { en };

/** Registers a language's state wording (called by `loadLanguage`). */
export function addStateStrings(lang: string, strings: StateStrings): void {
  TABLE[lang] = strings;
}

/** `de-CH` → German (once loaded, see `loadLanguage`), unknown → English. */
export function stateStrings(locale: string | undefined): StateStrings {
  return TABLE[languageOf(locale)] ?? en;
}

/** A date as the participant's locale writes it ("30 November 2026"). */
export function formatDay(iso: string, locale: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
