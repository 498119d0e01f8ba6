import type { Instrument } from '@genbridge/schema';
import type { SurveyModel } from 'survey-core';

/** FNV-1a over UTF-16 code units, 52 bits: stable across browsers, no crypto needed, never secret. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h2 & 0xfffff) * 0x100000000 + h1).toString(36);
}

/**
 * Which survey is shown, for the draft key: the instrument's `id@version` for the built-in Genbridge
 * surveys, a hash of the JSON for any other (a JSON edited between visits starts a new draft, so
 * answers are never restored into questions they were not given to).
 */
export function surveyIdentity(instrument: Instrument, surveyJson: unknown): string {
  if (surveyJson === undefined) return `${instrument.id}@${instrument.version}`;
  let text: string;
  try {
    text = JSON.stringify(surveyJson);
  } catch {
    text = String(surveyJson);
  }
  return `json-${hashText(text)}`;
}

/**
 * A survey is a Genbridge survey when every item of the instrument is one of its questions; then
 * its answers become a `SurveyResponse`. Any other SurveyJS survey runs in plain mode: its data is
 * what the events carry and the endpoint receives.
 */
export function isGenbridgeSurvey(model: SurveyModel, instrument: Instrument): boolean {
  const names = new Set(model.getAllQuestions(false).map((q) => q.name));
  return instrument.constructs.every((c) => c.items.every((i) => names.has(i.id)));
}
