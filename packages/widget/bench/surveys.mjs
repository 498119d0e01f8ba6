// The three surveys the benchmark renders with both renderers. Each entry names the question whose
// first radio the probe clicks (always a radiogroup or rating on the first page).
import { readFileSync } from 'node:fs';
import { defaultInstrument, toSurveyJson } from '@genbridge/schema';

/** 200 questions on 40 pages: five per page, a radiogroup first, then a deterministic mix. */
export function generatedSurvey(pageCount = 40, perPage = 5) {
  const mix = [
    (name) => ({
      type: 'rating',
      name,
      title: `How useful was part ${name}?`,
      rateMin: 1,
      rateMax: 5,
    }),
    (name) => ({
      type: 'checkbox',
      name,
      title: `Which apply (${name})?`,
      choices: ['Tools', 'Habits', 'Contacts', 'Confidence', 'Ideas', 'None of these'],
    }),
    (name) => ({ type: 'text', name, title: `In a few words (${name})` }),
    (name) => ({
      type: 'dropdown',
      name,
      title: `How often (${name})?`,
      choices: ['Never', 'Monthly', 'Weekly', 'Daily', 'Several times a day'],
    }),
    (name) => ({ type: 'boolean', name, title: `Did ${name} happen?` }),
    (name) => ({ type: 'comment', name, title: `Anything else on ${name}?` }),
    (name) => ({
      type: 'matrix',
      name,
      title: `Agreement (${name})`,
      columns: ['Disagree', 'Neutral', 'Agree'],
      rows: ['Clear', 'Useful', 'Enjoyable'],
    }),
  ];
  let n = 0;
  const pages = [];
  for (let p = 1; p <= pageCount; p++) {
    const elements = [
      {
        type: 'radiogroup',
        name: `q${++n}`,
        title: `Page ${p}: how did it go?`,
        choices: ['Very well', 'Well', 'So-so', 'Badly'],
      },
    ];
    for (let i = 1; i < perPage; i++)
      elements.push(mix[((p - 1) * (perPage - 1) + i - 1) % mix.length](`q${++n}`));
    pages.push({ name: `page${p}`, elements });
  }
  return { title: `Generated survey: ${n} questions on ${pageCount} pages`, pages };
}

export const surveys = [
  {
    key: 'exit',
    label: '(a) default exit survey',
    json: toSurveyJson(defaultInstrument, { wave: 'exit' }),
    first: 'dc_1',
    // The real use: the element builds the exit survey from its own instrument.
    oursAttributes: 'wave="exit"',
  },
  {
    key: 'generated',
    label: '(b) generated 200 questions / 40 pages',
    json: generatedSurvey(),
    first: 'q1',
  },
  {
    key: 'everytype',
    label: '(c) every type (21 + panel, 6 pages)',
    json: JSON.parse(readFileSync(new URL('./every-type.json', import.meta.url), 'utf8')),
    first: 'first',
  },
];
