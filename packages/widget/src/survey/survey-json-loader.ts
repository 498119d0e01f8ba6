// Loaded on demand (dynamic import) only when the element builds a survey from an instrument: the
// bridge and its texts in the survey's languages. No zod: the default instrument is used as written
// (it is parsed when a response is built, see response-from-survey.ts).
export { toSurveyJson } from '@genbridge/schema';
