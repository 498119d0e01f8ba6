/**
 * Every visible string of `<genbridge-results>` in English and German. Values that vary are passed
 * in already formatted (see `format.ts`), so word order can differ per language.
 */
export type Magnitude = 'negligible' | 'small' | 'medium' | 'large';

const en = {
  title: 'Programme results',
  group: 'Group',
  groupAll: 'All participants',
  roles: { mentor: 'Mentors', mentee: 'Mentees' } as Record<string, string>,
  cohort: (v: string) => `Cohort ${v}`,
  generations: {
    gen_z: 'Generation Z',
    millennial: 'Millennials',
    gen_x: 'Generation X',
    baby_boomer: 'Baby boomers',
    prefer_not_to_say: 'Generation not stated',
  } as Record<string, string>,
  /** The `not_stated` group of a breakdown: people who gave no value. */
  notStated: {
    role: 'Role not given',
    cohort: 'No cohort given',
    generation: 'Generation not given',
  } as Record<string, string>,
  hiddenOption: (label: string) => `${label} (hidden)`,
  suppressedBelow: (k: string) => `Fewer than ${k} responses — hidden to protect anonymity.`,
  suppressedComplementary:
    'Hidden to protect anonymity: showing this group would reveal a smaller group.',
  suppressedComplement: (k: string) =>
    `Hidden to protect anonymity: the rest of the programme has fewer than ${k} responses.`,
  baseline: 'Before (baseline)',
  exit: 'After (exit)',
  axis: (min: string, max: string) => `Mean score (${min}–${max})`,
  errorBars: (level: string) => `Error bars: ${level} confidence interval of each mean.`,
  chartLabel: (group: string, min: string, max: string, parts: string) =>
    `Bar chart of mean scores before and after the programme, ${group}, on a scale from ${min} to ${max}. ${parts} The table lists every value.`,
  chartPart: (construct: string, before: string, after: string) =>
    `${construct}: before ${before}, after ${after}.`,
  headline: 'Headline',
  changeHeading: 'What changed',
  pairs: (n: string) => `${n} matched pairs`,
  change: (mean: string, level: string, lower: string, upper: string) =>
    `Mean change ${mean} (${level} CI ${lower} to ${upper})`,
  changeNoInterval: (mean: string) => `Mean change ${mean}`,
  effect: (dz: string, dzMag: string, gav: string, gavMag: string) =>
    `Effect size d_z ${dz} (${dzMag}), g_av ${gav} (${gavMag})`,
  pHolm: (p: string) => `Holm-adjusted p ${p}`,
  reliable: (up: string, down: string) => `Reliable improvement ${up} · reliable decline ${down}`,
  lowAlpha: (baseline: string, exit: string) =>
    `Low reliability (Cronbach's alpha ${baseline} before, ${exit} after; below 0.70): interpret with care.`,
  notAvailable: 'n/a',
  tooFew: 'Too few matched pairs for statistics.',
  magnitude: {
    negligible: 'negligible',
    small: 'small',
    medium: 'medium',
    large: 'large',
  } as Record<Magnitude, string>,
  magnitudeNote:
    'Magnitude labels follow Cohen (1988): below 0.2 negligible, from 0.2 small, from 0.5 medium, from 0.8 large.',
  reliableNote:
    'Reliable change after Jacobson & Truax (1991); p adjusted for multiple constructs after Holm (1979).',
  tableCaption: (group: string) => `Mean scores and change, ${group}`,
  columns: {
    construct: 'Construct',
    n: 'n',
    baselineMean: 'Before: mean',
    baselineCi: (level: string) => `Before: ${level} CI`,
    exitMean: 'After: mean',
    exitCi: (level: string) => `After: ${level} CI`,
    change: 'Mean change',
    changeCi: (level: string) => `Change: ${level} CI`,
    dz: 'd_z',
    gav: 'g_av',
    pHolm: 'p (Holm)',
  },
  interval: (lower: string, upper: string) => `${lower} to ${upper}`,
  downloadCsv: 'Download table (CSV)',
  downloadPng: 'Download chart (PNG)',
  feedback: 'Programme feedback',
  nps: 'Net Promoter Score',
  npsParts: (promoters: string, passives: string, detractors: string, n: string) =>
    `${promoters} promoters, ${passives} passives, ${detractors} detractors (n = ${n})`,
  npsDistribution: 'Answers to “How likely are you to recommend the programme?” (0–10)',
  answer: 'Answer',
  count: 'Count',
  satisfaction: 'Satisfaction',
  pairingQuality: 'Pairing quality',
  meanOf: (mean: string, max: string) => `${mean} of ${max}`,
  respondents: (n: string) => `n = ${n}`,
  valuableLearning: 'Most valuable learning',
  improvement: 'What to improve',
  openTextWithheld: (k: string) =>
    `Open-text answers are shown only for groups of at least ${k} people.`,
  noOpenText: 'No open-text answers.',
  participation: (matched: string, baseline: string, exit: string) =>
    `${matched} participants answered both surveys (${baseline} before, ${exit} after).`,
  generated: (date: string) => `Report generated ${date}.`,
  /** A count the report withholds because it is between 1 and k − 1. */
  fewerThan: (k: string) => `fewer than ${k}`,
  loading: 'Loading results…',
  emptyTitle: 'No results yet',
  emptyBody: 'Results appear here once a report is available.',
  noResponses: 'No survey responses have been received yet.',
  notEnoughTitle: 'Not enough responses yet',
  notEnoughBody: (k: string, baseline: string, exit: string) =>
    `Results appear once at least ${k} participants have answered both the baseline and the exit survey. So far: ${baseline} baseline and ${exit} exit responses.`,
  errorTitle: 'The results could not be shown',
  errorHttp: (status: string) => `The server answered with status ${status}.`,
  errorNetwork: 'The report could not be loaded (network error).',
  errorNotJson: 'The server did not send a JSON report.',
  errorInvalid: 'The report does not match the expected format:',
};

export type Strings = typeof en;

const de: Strings = {
  title: 'Programmergebnisse',
  group: 'Gruppe',
  groupAll: 'Alle Teilnehmenden',
  roles: { mentor: 'Mentorinnen und Mentoren', mentee: 'Mentees' },
  cohort: (v) => `Kohorte ${v}`,
  generations: {
    gen_z: 'Generation Z',
    millennial: 'Millennials',
    gen_x: 'Generation X',
    baby_boomer: 'Babyboomer',
    prefer_not_to_say: 'Generation nicht angegeben',
  },
  notStated: {
    role: 'Rolle ohne Angabe',
    cohort: 'Ohne Kohortenangabe',
    generation: 'Generation ohne Angabe',
  },
  hiddenOption: (label) => `${label} (ausgeblendet)`,
  suppressedBelow: (k) => `Weniger als ${k} Antworten – zum Schutz der Anonymität ausgeblendet.`,
  suppressedComplementary:
    'Zum Schutz der Anonymität ausgeblendet: Diese Gruppe würde eine kleinere Gruppe erkennbar machen.',
  suppressedComplement: (k) =>
    `Zum Schutz der Anonymität ausgeblendet: Der Rest des Programms hat weniger als ${k} Antworten.`,
  baseline: 'Vorher (Baseline)',
  exit: 'Nachher (Abschluss)',
  axis: (min, max) => `Mittelwert (${min}–${max})`,
  errorBars: (level) => `Fehlerbalken: ${level}-Konfidenzintervall jedes Mittelwerts.`,
  chartLabel: (group, min, max, parts) =>
    `Balkendiagramm der Mittelwerte vor und nach dem Programm, ${group}, auf einer Skala von ${min} bis ${max}. ${parts} Die Tabelle enthält alle Werte.`,
  chartPart: (construct, before, after) => `${construct}: vorher ${before}, nachher ${after}.`,
  headline: 'Kernziel',
  changeHeading: 'Was sich verändert hat',
  pairs: (n) => `${n} gepaarte Antworten`,
  change: (mean, level, lower, upper) =>
    `Mittlere Veränderung ${mean} (${level}-KI ${lower} bis ${upper})`,
  changeNoInterval: (mean) => `Mittlere Veränderung ${mean}`,
  effect: (dz, dzMag, gav, gavMag) => `Effektstärke d_z ${dz} (${dzMag}), g_av ${gav} (${gavMag})`,
  pHolm: (p) => `p nach Holm ${p}`,
  reliable: (up, down) => `Verlässliche Verbesserung ${up} · verlässliche Verschlechterung ${down}`,
  lowAlpha: (baseline, exit) =>
    `Geringe Reliabilität (Cronbachs Alpha ${baseline} vorher, ${exit} nachher; unter 0,70): mit Vorsicht interpretieren.`,
  notAvailable: 'k. A.',
  tooFew: 'Zu wenige gepaarte Antworten für Statistiken.',
  magnitude: { negligible: 'vernachlässigbar', small: 'klein', medium: 'mittel', large: 'groß' },
  magnitudeNote:
    'Einordnung nach Cohen (1988): unter 0,2 vernachlässigbar, ab 0,2 klein, ab 0,5 mittel, ab 0,8 groß.',
  reliableNote:
    'Verlässliche Veränderung nach Jacobson & Truax (1991); p für mehrere Konstrukte nach Holm (1979) korrigiert.',
  tableCaption: (group) => `Mittelwerte und Veränderung, ${group}`,
  columns: {
    construct: 'Konstrukt',
    n: 'n',
    baselineMean: 'Vorher: Mittelwert',
    baselineCi: (level) => `Vorher: ${level}-KI`,
    exitMean: 'Nachher: Mittelwert',
    exitCi: (level) => `Nachher: ${level}-KI`,
    change: 'Mittlere Veränderung',
    changeCi: (level) => `Veränderung: ${level}-KI`,
    dz: 'd_z',
    gav: 'g_av',
    pHolm: 'p (Holm)',
  },
  interval: (lower, upper) => `${lower} bis ${upper}`,
  downloadCsv: 'Tabelle herunterladen (CSV)',
  downloadPng: 'Diagramm herunterladen (PNG)',
  feedback: 'Feedback zum Programm',
  nps: 'Net Promoter Score',
  npsParts: (promoters, passives, detractors, n) =>
    `${promoters} Promotoren, ${passives} Passive, ${detractors} Kritiker (n = ${n})`,
  npsDistribution: 'Antworten auf „Wie wahrscheinlich empfehlen Sie das Programm weiter?“ (0–10)',
  answer: 'Antwort',
  count: 'Anzahl',
  satisfaction: 'Zufriedenheit',
  pairingQuality: 'Qualität des Tandems',
  meanOf: (mean, max) => `${mean} von ${max}`,
  respondents: (n) => `n = ${n}`,
  valuableLearning: 'Wertvollstes Gelerntes',
  improvement: 'Was verbessert werden sollte',
  openTextWithheld: (k) => `Freitextantworten werden nur für Gruppen ab ${k} Personen gezeigt.`,
  noOpenText: 'Keine Freitextantworten.',
  participation: (matched, baseline, exit) =>
    `${matched} Teilnehmende haben beide Befragungen beantwortet (${baseline} vorher, ${exit} nachher).`,
  generated: (date) => `Bericht erstellt am ${date}.`,
  fewerThan: (k) => `weniger als ${k}`,
  loading: 'Ergebnisse werden geladen …',
  emptyTitle: 'Noch keine Ergebnisse',
  emptyBody: 'Die Ergebnisse erscheinen hier, sobald ein Bericht vorliegt.',
  noResponses: 'Es sind noch keine Antworten eingegangen.',
  notEnoughTitle: 'Noch nicht genug Antworten',
  notEnoughBody: (k, baseline, exit) =>
    `Ergebnisse erscheinen, sobald mindestens ${k} Teilnehmende die Baseline- und die Abschlussbefragung beantwortet haben. Bisher: ${baseline} Baseline- und ${exit} Abschlussantworten.`,
  errorTitle: 'Die Ergebnisse können nicht angezeigt werden',
  errorHttp: (status) => `Der Server antwortete mit Status ${status}.`,
  errorNetwork: 'Der Bericht konnte nicht geladen werden (Netzwerkfehler).',
  errorNotJson: 'Der Server hat keinen JSON-Bericht gesendet.',
  errorInvalid: 'Der Bericht hat nicht das erwartete Format:',
};

const catalogues: Record<string, Strings> = { en, de };

/** Locales with a full set of strings. */
export const SUPPORTED_LOCALES = ['en', 'de'] as const;

/** The best supported locale for a tag (`de-AT` → `de`), English otherwise. */
export function resolveLocale(tag: string | null | undefined): 'en' | 'de' {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return base === 'de' ? 'de' : 'en';
}

export function strings(locale: string): Strings {
  return catalogues[resolveLocale(locale)] ?? en;
}
