/**
 * Every visible string of `<genbridge-results>` in English, German, French and Arabic (right to left). Values that vary are passed
 * in already formatted (see `format.ts`), so word order can differ per language.
 */
export type Magnitude = 'negligible' | 'small' | 'medium' | 'large';

const en = {
  title: 'Programme results',
  group: 'Group',
  groupAll: 'All participants',
  roles: { mentor: 'Mentors', mentee: 'Mentees' } as Record<string, string>,
  cohort: (label: string) => `Cohort ${label}`,
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
  lowAlpha:
    'The questions of this scale agreed poorly with each other (reliability below 0.70): read this result with care.',
  notAvailable: 'n/a',
  tooFew: 'Too few matched pairs for statistics.',
  magnitude: {
    negligible: 'negligible',
    small: 'small',
    medium: 'medium',
    large: 'large',
  } as Record<Magnitude, string>,
  magnitudeNote:
    'Size words in the verdicts come from g_av only, after Cohen (1988): below 0.2 very small, from 0.2 small, from 0.5 moderate, from 0.8 large. d_z is shown without a size word: it measures how consistent the change was, not how large.',
  reliableNote:
    'Reliable change after Jacobson & Truax (1991). The confidence intervals are not adjusted; p (Holm) is adjusted for testing several constructs (Holm 1979). A verdict says “clearly” only when both agree, otherwise “probably”.',
  analyst: 'Full statistics (for analysts)',
  glossaryTitle: 'What the words mean',
  glossary: [
    [
      'Matched pairs',
      'People who answered both the baseline and the exit survey. Only they are compared, each person with themselves.',
    ],
    [
      'Confidence interval',
      'The range of changes that fit the data (at 95% unless stated). When it lies entirely above or below zero, the change is unlikely to be chance.',
    ],
    [
      'Clearly / probably',
      '“Clearly” means the interval excludes zero and the result holds after allowing for several outcomes tested at once; “probably” means only the first is true.',
    ],
    [
      'Effect size',
      'How big a change is compared with how much people differ from each other (Hedges’ g_av): around 0.2 small, 0.5 moderate, 0.8 large.',
    ],
    [
      'Reliable change',
      'A person’s own change that is larger than the measurement error of the scale (Jacobson & Truax). Shown as the share of participants who improved or declined reliably.',
    ],
    [
      'Smallest detectable change',
      'The smallest true change the evaluation would notice four times out of five with this many pairs. Smaller changes may be real but go unseen.',
    ],
    [
      'Hidden groups',
      'Groups with too few people are not shown, so that no one can be recognised.',
    ],
  ] as ReadonlyArray<readonly [string, string]>,
  groupParticipation: (group: string, n: string) =>
    `${group}: ${n} participants answered both surveys.`,
  mde: (n: string, d: string, level: string, example: string) =>
    `With ${n} matched pairs, this evaluation would notice a change of about ${d} standard deviations or more in four cases out of five (${level} confidence)${example}. Smaller real changes can go unseen, so “no clear change” does not prove that nothing changed.`,
  mdeExample: (construct: string, points: string) => ` — for ${construct} about ${points} points`,
  changeView: 'Change per construct',
  changeViewLabel: (group: string, parts: string) =>
    `Mean change per construct with confidence intervals, ${group}. ${parts}`,
  changePart: (construct: string, mean: string, lower: string, upper: string) =>
    `${construct}: ${mean} (${lower} to ${upper}).`,
  changeAxis: 'Mean change (exit minus baseline)',
  noChange: 'no change',
  retry: 'Try again',
  downloadSvg: 'Download chart (SVG)',
  slideNote: (k: string) => `Groups of fewer than ${k} people are not shown, to protect anonymity.`,
  columnsExtra: {
    p: 'p',
    improved: 'Reliably improved',
    declined: 'Reliably declined',
    alphaBaseline: 'α before',
    alphaExit: 'α after',
  },
  evaluation: {
    attritionTitle: 'Did the people who dropped out differ?',
    attrition: (completers: string, only: string) =>
      `${completers} people answered both surveys; ${only} answered only the first.`,
    attritionWarning:
      'Those who dropped out started differently on at least one scale: read the change with that in mind.',
    attritionFine: 'Those who dropped out started much like those who stayed.',
    attritionBound:
      'Change if everyone who dropped out had stayed unchanged: the smallest change drop-out could explain away.',
    comparisonTitle: 'Was it the programme? Comparison group',
    comparison: (programme: string, comparison: string) =>
      `${programme} programme participants and ${comparison} colleagues outside the programme answered both surveys.`,
    comparisonNote:
      'The difference is the programme’s change minus the comparison group’s change (difference in differences); the adjusted difference compares exit scores at equal baseline (ANCOVA).',
    dyadsTitle: 'Mentoring pairs',
    dyads: (pairs: string) =>
      `${pairs} complete mentoring pairs (both partners answered both surveys).`,
    dyadsNote:
      'The interval for everyone treats each pair as one unit (cluster-robust), because partners influence each other.',
    pooledTitle: 'Is it working across cohorts?',
    pooled: (cohorts: string, construct: string, change: string, ci: string) =>
      `Taking the ${cohorts} cohorts together, ${construct} changed by ${change} on average (${ci}).`,
    pooledSpread: (i2: string, low: string, high: string) =>
      `The cohorts differ by ${i2} beyond chance (I²); a new cohort would most likely change by between ${low} and ${high}.`,
    pooledNote:
      'Each cohort counts by its size and how consistent it is (random-effects model, REML). With only two or three cohorts, the range for a new cohort is wide and rough.',
    pooledCsv: 'Download pooled cohorts (CSV)',
    pooledSvg: 'Download pooled cohorts slide (SVG)',
    hidden: 'Hidden to protect anonymity (too few people).',
    hiddenHomogeneous:
      'Hidden to protect anonymity: the figures would reveal how each person answered (everyone, or all but one, scored alike or at the end of the scale).',
    cols: {
      construct: 'Construct',
      completers: 'Stayed: baseline mean',
      dropouts: 'Dropped out: baseline mean',
      difference: 'Difference (CI)',
      observed: 'Observed change',
      bound: 'Change if drop-outs unchanged (CI)',
      programme: 'Programme: change',
      comparison: 'Comparison: change',
      did: 'Difference in change (CI)',
      ancova: 'Adjusted difference (CI)',
      mentor: 'Mentors: change',
      mentee: 'Mentees: change',
      correlation: 'Pair correlation of change',
      robust: 'Everyone: change (pair-robust CI)',
      pooled: 'Pooled change (CI)',
      i2: 'Variation between cohorts (I²)',
      prediction: 'Range for a new cohort',
      cohorts: 'Cohorts: change (n)',
    },
  },
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
  downloadPng: 'Download chart (PNG, 1600×900)',
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
  figureHidden: {
    below_threshold: (k: string) => `Fewer than ${k} answers — hidden to protect anonymity.`,
    complementary: () => 'Hidden to protect anonymity: showing it would reveal a hidden figure.',
    homogeneous: () =>
      'Hidden to protect anonymity: everyone, or all but one, gave the same answer, which would reveal each answer.',
  } as Record<'below_threshold' | 'complementary' | 'homogeneous', (k: string) => string>,
  additionalHeading: 'The programme’s own questions',
  additionalCaption: (name: string, n: string) => `Answers to “${name}” (${n} answered)`,
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
  cohort: (label) => `Kohorte ${label}`,
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
  lowAlpha:
    'Die Fragen dieser Skala stimmen wenig miteinander überein (Reliabilität unter 0,70): dieses Ergebnis mit Vorsicht lesen.',
  notAvailable: 'k. A.',
  tooFew: 'Zu wenige gepaarte Antworten für Statistiken.',
  magnitude: { negligible: 'vernachlässigbar', small: 'klein', medium: 'mittel', large: 'groß' },
  magnitudeNote:
    'Größenwörter in den Aussagen beruhen allein auf g_av, nach Cohen (1988): unter 0,2 sehr klein, ab 0,2 klein, ab 0,5 mittel, ab 0,8 groß. d_z steht ohne Größenwort: Es misst, wie einheitlich die Veränderung war, nicht wie groß.',
  reliableNote:
    'Verlässliche Veränderung nach Jacobson & Truax (1991). Die Konfidenzintervalle sind nicht korrigiert; p (Holm) ist für mehrere Konstrukte korrigiert (Holm 1979). Eine Aussage lautet „deutlich“ nur, wenn beide übereinstimmen, sonst „wahrscheinlich“.',
  analyst: 'Alle Statistiken (für Analysten)',
  glossaryTitle: 'Was die Begriffe bedeuten',
  glossary: [
    [
      'Gepaarte Antworten',
      'Personen, die die Baseline- und die Abschlussbefragung beantwortet haben. Nur sie werden verglichen, jede Person mit sich selbst.',
    ],
    [
      'Konfidenzintervall',
      'Der Bereich von Veränderungen, die zu den Daten passen (95 %, wenn nicht anders angegeben). Liegt er ganz über oder unter null, ist die Veränderung kaum Zufall.',
    ],
    [
      'Deutlich / wahrscheinlich',
      '„Deutlich“ heißt: Das Intervall schließt null aus, und das Ergebnis hält auch, wenn man berücksichtigt, dass mehrere Zielgrößen zugleich geprüft wurden; „wahrscheinlich“: nur das Erste trifft zu.',
    ],
    [
      'Effektstärke',
      'Wie groß eine Veränderung im Vergleich dazu ist, wie sehr sich Menschen voneinander unterscheiden (Hedges’ g_av): etwa 0,2 klein, 0,5 mittel, 0,8 groß.',
    ],
    [
      'Verlässliche Veränderung',
      'Eine persönliche Veränderung, die größer ist als der Messfehler der Skala (Jacobson & Truax). Angegeben als Anteil der Teilnehmenden, die sich verlässlich verbessert oder verschlechtert haben.',
    ],
    [
      'Kleinste erkennbare Veränderung',
      'Die kleinste echte Veränderung, die die Auswertung bei dieser Zahl von Paaren in vier von fünf Fällen bemerken würde. Kleinere Veränderungen können echt sein und trotzdem unbemerkt bleiben.',
    ],
    [
      'Ausgeblendete Gruppen',
      'Gruppen mit zu wenigen Personen werden nicht gezeigt, damit niemand erkennbar wird.',
    ],
  ],
  groupParticipation: (group, n) =>
    `${group}: ${n} Teilnehmende haben beide Befragungen beantwortet.`,
  mde: (n, d, level, example) =>
    `Mit ${n} gepaarten Antworten würde diese Auswertung eine Veränderung ab etwa ${d} Standardabweichungen in vier von fünf Fällen bemerken (${level} Konfidenz)${example}. Kleinere echte Veränderungen können unbemerkt bleiben: „keine erkennbare Veränderung“ beweist nicht, dass sich nichts verändert hat.`,
  mdeExample: (construct, points) => ` – bei ${construct} etwa ${points} Punkte`,
  changeView: 'Veränderung je Konstrukt',
  changeViewLabel: (group, parts) =>
    `Mittlere Veränderung je Konstrukt mit Konfidenzintervallen, ${group}. ${parts}`,
  changePart: (construct, mean, lower, upper) => `${construct}: ${mean} (${lower} bis ${upper}).`,
  changeAxis: 'Mittlere Veränderung (nachher minus vorher)',
  noChange: 'keine Veränderung',
  retry: 'Erneut versuchen',
  downloadSvg: 'Diagramm herunterladen (SVG)',
  slideNote: (k) =>
    `Gruppen mit weniger als ${k} Personen werden zum Schutz der Anonymität nicht gezeigt.`,
  columnsExtra: {
    p: 'p',
    improved: 'Verlässlich verbessert',
    declined: 'Verlässlich verschlechtert',
    alphaBaseline: 'α vorher',
    alphaExit: 'α nachher',
  },
  evaluation: {
    attritionTitle: 'Unterschieden sich die Ausgeschiedenen?',
    attrition: (completers, only) =>
      `${completers} Personen haben beide Befragungen beantwortet, ${only} nur die erste.`,
    attritionWarning:
      'Die Ausgeschiedenen lagen zu Beginn auf mindestens einer Skala anders: die Veränderung mit Blick darauf lesen.',
    attritionFine: 'Die Ausgeschiedenen lagen zu Beginn ähnlich wie die Gebliebenen.',
    attritionBound:
      'Veränderung, wenn alle Ausgeschiedenen unverändert geblieben wären: was der Ausstieg höchstens wegerklären kann.',
    comparisonTitle: 'Lag es am Programm? Vergleichsgruppe',
    comparison: (programme, comparison) =>
      `${programme} Programmteilnehmende und ${comparison} Kolleginnen und Kollegen außerhalb des Programms haben beide Befragungen beantwortet.`,
    comparisonNote:
      'Der Unterschied ist die Veränderung im Programm minus die Veränderung der Vergleichsgruppe (Differenz der Differenzen); der bereinigte Unterschied vergleicht die Abschlusswerte bei gleichem Ausgangswert (ANCOVA).',
    dyadsTitle: 'Mentoring-Tandems',
    dyads: (pairs) => `${pairs} vollständige Tandems (beide haben beide Befragungen beantwortet).`,
    dyadsNote:
      'Das Intervall für alle behandelt jedes Tandem als eine Einheit (cluster-robust), weil sich die Partner gegenseitig beeinflussen.',
    pooledTitle: 'Wirkt es über die Jahrgänge hinweg?',
    pooled: (cohorts, construct, change, ci) =>
      `Alle ${cohorts} Jahrgänge zusammen: ${construct} veränderte sich im Mittel um ${change} (${ci}).`,
    pooledSpread: (i2, low, high) =>
      `Die Jahrgänge unterscheiden sich über den Zufall hinaus um ${i2} (I²); ein neuer Jahrgang würde sich sehr wahrscheinlich um ${low} bis ${high} verändern.`,
    pooledNote:
      'Jeder Jahrgang zählt nach Größe und Einheitlichkeit (Modell mit zufälligen Effekten, REML). Bei nur zwei oder drei Jahrgängen ist der Bereich für einen neuen Jahrgang breit und grob.',
    pooledCsv: 'Zusammengefasste Jahrgänge herunterladen (CSV)',
    pooledSvg: 'Folie der zusammengefassten Jahrgänge herunterladen (SVG)',
    hidden: 'Zum Schutz der Anonymität ausgeblendet (zu wenige Personen).',
    hiddenHomogeneous:
      'Zum Schutz der Anonymität ausgeblendet: Die Zahlen würden verraten, wie jede Person geantwortet hat (alle oder alle bis auf eine gleich oder am Ende der Skala).',
    cols: {
      construct: 'Konstrukt',
      completers: 'Geblieben: Mittelwert vorher',
      dropouts: 'Ausgeschieden: Mittelwert vorher',
      difference: 'Unterschied (KI)',
      observed: 'Beobachtete Veränderung',
      bound: 'Veränderung, falls Ausgeschiedene unverändert (KI)',
      programme: 'Programm: Veränderung',
      comparison: 'Vergleich: Veränderung',
      did: 'Unterschied der Veränderung (KI)',
      ancova: 'Bereinigter Unterschied (KI)',
      mentor: 'Mentoren: Veränderung',
      mentee: 'Mentees: Veränderung',
      correlation: 'Korrelation im Tandem',
      robust: 'Alle: Veränderung (tandem-robustes KI)',
      pooled: 'Gemeinsame Veränderung (KI)',
      i2: 'Unterschied zwischen Jahrgängen (I²)',
      prediction: 'Bereich für einen neuen Jahrgang',
      cohorts: 'Jahrgänge: Veränderung (n)',
    },
  },
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
  downloadPng: 'Diagramm herunterladen (PNG, 1600×900)',
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
  figureHidden: {
    below_threshold: (k) => `Weniger als ${k} Antworten – zum Schutz der Anonymität ausgeblendet.`,
    complementary: () =>
      'Zum Schutz der Anonymität ausgeblendet: sonst ließe sich eine ausgeblendete Zahl errechnen.',
    homogeneous: () =>
      'Zum Schutz der Anonymität ausgeblendet: alle oder alle bis auf eine Person gaben dieselbe Antwort, das verriete jede Antwort.',
  },
  additionalHeading: 'Eigene Fragen des Programms',
  additionalCaption: (name, n) => `Antworten auf „${name}“ (${n} beantwortet)`,
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

const fr: Strings = {
  title: 'Résultats du programme',
  group: 'Groupe',
  groupAll: 'Toutes les personnes participantes',
  roles: { mentor: 'Mentors', mentee: 'Mentorés' },
  cohort: (label) => `Cohorte ${label}`,
  generations: {
    gen_z: 'Génération Z',
    millennial: 'Milléniaux',
    gen_x: 'Génération X',
    baby_boomer: 'Baby-boomers',
    prefer_not_to_say: 'Génération non indiquée',
  },
  notStated: {
    role: 'Rôle non indiqué',
    cohort: 'Cohorte non indiquée',
    generation: 'Génération non indiquée',
  },
  hiddenOption: (label) => `${label} (masqué)`,
  suppressedBelow: (k) => `Moins de ${k} réponses — masqué pour protéger l’anonymat.`,
  suppressedComplementary:
    'Masqué pour protéger l’anonymat : afficher ce groupe révélerait un groupe plus petit.',
  suppressedComplement: (k) =>
    `Masqué pour protéger l’anonymat : le reste du programme compte moins de ${k} réponses.`,
  baseline: 'Avant (départ)',
  exit: 'Après (fin)',
  axis: (min, max) => `Score moyen (${min}–${max})`,
  errorBars: (level) => `Barres d’erreur : intervalle de confiance à ${level} de chaque moyenne.`,
  chartLabel: (group, min, max, parts) =>
    `Diagramme en barres des scores moyens avant et après le programme, ${group}, sur une échelle de ${min} à ${max}. ${parts} Le tableau donne toutes les valeurs.`,
  chartPart: (construct, before, after) => `${construct} : avant ${before}, après ${after}.`,
  headline: 'Objectif principal',
  changeHeading: 'Ce qui a changé',
  pairs: (n) => `${n} paires appariées`,
  change: (mean, level, lower, upper) =>
    `Changement moyen ${mean} (IC à ${level} : ${lower} à ${upper})`,
  changeNoInterval: (mean) => `Changement moyen ${mean}`,
  effect: (dz, dzMag, gav, gavMag) =>
    `Taille d’effet d_z ${dz} (${dzMag}), g_av ${gav} (${gavMag})`,
  pHolm: (p) => `p ajusté (Holm) ${p}`,
  reliable: (up, down) => `Amélioration fiable ${up} · dégradation fiable ${down}`,
  lowAlpha:
    'Les questions de cette échelle concordent peu entre elles (fiabilité inférieure à 0,70) : lire ce résultat avec prudence.',
  notAvailable: 'n.d.',
  tooFew: 'Trop peu de paires appariées pour des statistiques.',
  magnitude: { negligible: 'très faible', small: 'faible', medium: 'modéré', large: 'important' },
  magnitudeNote:
    'Les mots de taille des verdicts viennent uniquement de g_av, d’après Cohen (1988) : moins de 0,2 très faible, dès 0,2 faible, dès 0,5 modéré, dès 0,8 important. d_z est donné sans mot de taille : il mesure la constance du changement, pas son ampleur.',
  reliableNote:
    'Changement fiable d’après Jacobson & Truax (1991). Les intervalles de confiance ne sont pas ajustés ; p (Holm) est ajusté pour plusieurs indicateurs (Holm 1979). Un verdict dit « nettement » seulement si les deux concordent, sinon « probablement ».',
  analyst: 'Statistiques complètes (pour les analystes)',
  glossaryTitle: 'Ce que les mots veulent dire',
  glossary: [
    [
      'Paires appariées',
      'Les personnes qui ont répondu au questionnaire de départ et à celui de fin. Seules elles sont comparées, chacune avec elle-même.',
    ],
    [
      'Intervalle de confiance',
      'L’étendue des changements compatibles avec les données (95 % sauf mention contraire). S’il est entièrement au-dessus ou au-dessous de zéro, le changement est peu probablement dû au hasard.',
    ],
    [
      'Nettement / probablement',
      '« Nettement » : l’intervalle exclut zéro et le résultat tient compte du fait que plusieurs indicateurs sont testés ensemble ; « probablement » : seule la première condition est remplie.',
    ],
    [
      'Taille d’effet',
      'L’ampleur d’un changement comparée aux différences entre les personnes (g_av de Hedges) : environ 0,2 faible, 0,5 modéré, 0,8 important.',
    ],
    [
      'Changement fiable',
      'Le changement d’une personne plus grand que l’erreur de mesure de l’échelle (Jacobson & Truax), donné en part des personnes qui se sont améliorées ou dégradées de façon fiable.',
    ],
    [
      'Plus petit changement détectable',
      'Le plus petit changement réel que l’évaluation remarquerait quatre fois sur cinq avec ce nombre de paires. Des changements plus petits peuvent être réels mais passer inaperçus.',
    ],
    [
      'Groupes masqués',
      'Les groupes trop petits ne sont pas affichés, afin que personne ne puisse être reconnu.',
    ],
  ],
  groupParticipation: (group, n) =>
    `${group} : ${n} personnes ont répondu aux deux questionnaires.`,
  mde: (n, d, level, example) =>
    `Avec ${n} paires appariées, cette évaluation remarquerait un changement d’environ ${d} écart-type ou plus quatre fois sur cinq (confiance ${level})${example}. Des changements réels plus petits peuvent passer inaperçus : « pas de changement net » ne prouve pas que rien n’a changé.`,
  mdeExample: (construct, points) => ` — pour ${construct} environ ${points} point`,
  changeView: 'Changement par indicateur',
  changeViewLabel: (group, parts) =>
    `Changement moyen par indicateur avec intervalles de confiance, ${group}. ${parts}`,
  changePart: (construct, mean, lower, upper) => `${construct} : ${mean} (${lower} à ${upper}).`,
  changeAxis: 'Changement moyen (fin moins départ)',
  noChange: 'aucun changement',
  retry: 'Réessayer',
  downloadSvg: 'Télécharger le graphique (SVG)',
  slideNote: (k) =>
    `Les groupes de moins de ${k} personnes ne sont pas affichés, pour protéger l’anonymat.`,
  columnsExtra: {
    p: 'p',
    improved: 'Amélioration fiable',
    declined: 'Dégradation fiable',
    alphaBaseline: 'α avant',
    alphaExit: 'α après',
  },
  evaluation: {
    attritionTitle: 'Les personnes qui ont abandonné étaient-elles différentes ?',
    attrition: (completers, only) =>
      `${completers} personnes ont répondu aux deux questionnaires ; ${only} seulement au premier.`,
    attritionWarning:
      'Les personnes qui ont abandonné partaient d’ailleurs sur au moins une échelle : lire le changement en gardant cela à l’esprit.',
    attritionFine:
      'Les personnes qui ont abandonné partaient à peu près du même point que les autres.',
    attritionBound:
      'Changement si toutes les personnes parties étaient restées inchangées : ce que l’abandon pourrait au plus expliquer.',
    comparisonTitle: 'Était-ce le programme ? Groupe de comparaison',
    comparison: (programme, comparison) =>
      `${programme} personnes du programme et ${comparison} collègues hors programme ont répondu aux deux questionnaires.`,
    comparisonNote:
      'La différence est le changement du programme moins celui du groupe de comparaison (différence des différences) ; la différence ajustée compare les scores de fin à score de départ égal (ANCOVA).',
    dyadsTitle: 'Binômes de mentorat',
    dyads: (pairs) => `${pairs} binômes complets (les deux ont répondu aux deux questionnaires).`,
    dyadsNote:
      'L’intervalle pour tous traite chaque binôme comme une unité (robuste aux grappes), car les partenaires s’influencent.',
    pooledTitle: 'Est-ce que cela fonctionne d’une promotion à l’autre ?',
    pooled: (cohorts, construct, change, ci) =>
      `En réunissant les ${cohorts} promotions, ${construct} a changé en moyenne de ${change} (${ci}).`,
    pooledSpread: (i2, low, high) =>
      `Les promotions diffèrent de ${i2} au-delà du hasard (I²) ; une nouvelle promotion changerait très probablement de ${low} à ${high}.`,
    pooledNote:
      'Chaque promotion compte selon sa taille et sa cohérence (modèle à effets aléatoires, REML). Avec deux ou trois promotions seulement, l’intervalle pour une nouvelle promotion est large et approximatif.',
    pooledCsv: 'Télécharger les promotions réunies (CSV)',
    pooledSvg: 'Télécharger la diapositive des promotions réunies (SVG)',
    hidden: 'Masqué pour protéger l’anonymat (trop peu de personnes).',
    hiddenHomogeneous:
      'Masqué pour protéger l’anonymat : les chiffres révéleraient la réponse de chacun (tous, ou tous sauf un, ont répondu pareil ou au bout de l’échelle).',
    cols: {
      construct: 'Indicateur',
      completers: 'Restés : moyenne au départ',
      dropouts: 'Partis : moyenne au départ',
      difference: 'Différence (IC)',
      observed: 'Changement observé',
      bound: 'Changement si partis inchangés (IC)',
      programme: 'Programme : changement',
      comparison: 'Comparaison : changement',
      did: 'Différence de changement (IC)',
      ancova: 'Différence ajustée (IC)',
      mentor: 'Mentors : changement',
      mentee: 'Mentorés : changement',
      correlation: 'Corrélation dans le binôme',
      robust: 'Tous : changement (IC robuste aux binômes)',
      pooled: 'Changement commun (IC)',
      i2: 'Variation entre promotions (I²)',
      prediction: 'Intervalle pour une nouvelle promotion',
      cohorts: 'Promotions : changement (n)',
    },
  },
  tableCaption: (group) => `Scores moyens et changement, ${group}`,
  columns: {
    construct: 'Indicateur',
    n: 'n',
    baselineMean: 'Avant : moyenne',
    baselineCi: (level) => `Avant : IC à ${level}`,
    exitMean: 'Après : moyenne',
    exitCi: (level) => `Après : IC à ${level}`,
    change: 'Changement moyen',
    changeCi: (level) => `Changement : IC à ${level}`,
    dz: 'd_z',
    gav: 'g_av',
    pHolm: 'p (Holm)',
  },
  interval: (lower, upper) => `${lower} à ${upper}`,
  downloadCsv: 'Télécharger le tableau (CSV)',
  downloadPng: 'Télécharger le graphique (PNG, 1600×900)',
  feedback: 'Avis sur le programme',
  nps: 'Net Promoter Score',
  npsParts: (promoters, passives, detractors, n) =>
    `${promoters} promoteurs, ${passives} passifs, ${detractors} détracteurs (n = ${n})`,
  npsDistribution:
    'Réponses à « Quelle est la probabilité que vous recommandiez le programme ? » (0–10)',
  answer: 'Réponse',
  count: 'Nombre',
  satisfaction: 'Satisfaction',
  pairingQuality: 'Qualité du binôme',
  meanOf: (mean, max) => `${mean} sur ${max}`,
  respondents: (n) => `n = ${n}`,
  valuableLearning: 'L’apprentissage le plus précieux',
  improvement: 'Ce qu’il faudrait améliorer',
  openTextWithheld: (k) =>
    `Les réponses libres ne sont affichées que pour les groupes d’au moins ${k} personnes.`,
  noOpenText: 'Aucune réponse libre.',
  figureHidden: {
    below_threshold: (k) => `Moins de ${k} réponses — masqué pour protéger l’anonymat.`,
    complementary: () =>
      'Masqué pour protéger l’anonymat : l’afficher révélerait un chiffre masqué.',
    homogeneous: () =>
      'Masqué pour protéger l’anonymat : tout le monde, ou tous sauf une personne, a donné la même réponse, ce qui révélerait chaque réponse.',
  },
  additionalHeading: 'Questions propres au programme',
  additionalCaption: (name, n) => `Réponses à « ${name} » (${n} réponses)`,
  participation: (matched, baseline, exit) =>
    `${matched} personnes ont répondu aux deux questionnaires (${baseline} avant, ${exit} après).`,
  generated: (date) => `Rapport établi le ${date}.`,
  fewerThan: (k) => `moins de ${k}`,
  loading: 'Chargement des résultats…',
  emptyTitle: 'Pas encore de résultats',
  emptyBody: 'Les résultats apparaîtront ici dès qu’un rapport sera disponible.',
  noResponses: 'Aucune réponse n’a encore été reçue.',
  notEnoughTitle: 'Pas encore assez de réponses',
  notEnoughBody: (k, baseline, exit) =>
    `Les résultats apparaissent dès qu’au moins ${k} personnes ont répondu au questionnaire de départ et à celui de fin. Jusqu’ici : ${baseline} réponses au départ et ${exit} à la fin.`,
  errorTitle: 'Les résultats ne peuvent pas être affichés',
  errorHttp: (status) => `Le serveur a répondu avec le statut ${status}.`,
  errorNetwork: 'Le rapport n’a pas pu être chargé (erreur réseau).',
  errorNotJson: 'Le serveur n’a pas envoyé de rapport JSON.',
  errorInvalid: 'Le rapport ne correspond pas au format attendu :',
};

const ar: Strings = {
  title: 'نتائج البرنامج',
  group: 'المجموعة',
  groupAll: 'جميع المشاركين',
  roles: { mentor: 'الموجِّهون', mentee: 'المتعلّمون' },
  cohort: (label) => `الدفعة ${label}`,
  generations: {
    gen_z: 'الجيل زد',
    millennial: 'جيل الألفية',
    gen_x: 'الجيل إكس',
    baby_boomer: 'جيل طفرة المواليد',
    prefer_not_to_say: 'الجيل غير مذكور',
  },
  notStated: {
    role: 'الدور غير محدد',
    cohort: 'الدفعة غير محددة',
    generation: 'الجيل غير محدد',
  },
  hiddenOption: (label) => `${label} (مخفية)`,
  suppressedBelow: (k) => `أقل من ${k} إجابات — مخفية لحماية إخفاء الهوية.`,
  suppressedComplementary: 'مخفية لحماية إخفاء الهوية: عرض هذه المجموعة سيكشف مجموعة أصغر.',
  suppressedComplement: (k) => `مخفية لحماية إخفاء الهوية: بقية البرنامج لديها أقل من ${k} إجابات.`,
  baseline: 'قبل (القياس الأولي)',
  exit: 'بعد (القياس الختامي)',
  axis: (min, max) => `متوسط الدرجة (${min}–${max})`,
  errorBars: (level) => `أشرطة الخطأ: فاصل الثقة ${level} لكل متوسط.`,
  chartLabel: (group, min, max, parts) =>
    `مخطط أعمدة لمتوسط الدرجات قبل البرنامج وبعده، ${group}، على مقياس من ${min} إلى ${max}. ${parts} يعرض الجدول جميع القيم.`,
  chartPart: (construct, before, after) => `${construct}: قبل ${before}، بعد ${after}.`,
  headline: 'الهدف الرئيسي',
  changeHeading: 'ما الذي تغيّر',
  pairs: (n) => `${n} من الأزواج المتطابقة`,
  change: (mean, level, lower, upper) =>
    `متوسط التغيّر ${mean} (فاصل الثقة ${level}: ${lower} إلى ${upper})`,
  changeNoInterval: (mean) => `متوسط التغيّر ${mean}`,
  effect: (dz, dzMag, gav, gavMag) => `حجم الأثر d_z ${dz} (${dzMag})، g_av ${gav} (${gavMag})`,
  pHolm: (p) => `قيمة p المعدّلة (Holm) ${p}`,
  reliable: (up, down) => `تحسّن موثوق ${up} · تراجع موثوق ${down}`,
  lowAlpha:
    'أسئلة هذا المقياس متّسقة فيما بينها بدرجة ضعيفة (الثبات أقل من 0.70): اقرأ هذه النتيجة بحذر.',
  notAvailable: 'غير متاح',
  tooFew: 'عدد الأزواج المتطابقة قليل جدًا لحساب الإحصاءات.',
  magnitude: { negligible: 'ضئيل جدًا', small: 'صغير', medium: 'متوسط', large: 'كبير' },
  magnitudeNote:
    'كلمات الحجم في الأحكام مأخوذة من g_av وحده وفق كوهين (1988): أقل من 0.2 ضئيل جدًا، من 0.2 صغير، من 0.5 متوسط، من 0.8 كبير. يُعرض d_z دون كلمة حجم: فهو يقيس مدى اتساق التغيّر لا حجمه.',
  reliableNote:
    'التغيّر الموثوق وفق جاكوبسون وتروكس (1991). فواصل الثقة غير معدّلة؛ وقيمة p (Holm) معدّلة لاختبار عدة مقاييس معًا (هولم 1979). يقول الحكم «بوضوح» فقط عندما يتفق الاثنان، وإلا «على الأرجح».',
  analyst: 'الإحصاءات الكاملة (للمحللين)',
  glossaryTitle: 'معاني المصطلحات',
  glossary: [
    [
      'الأزواج المتطابقة',
      'الأشخاص الذين أجابوا عن الاستبيانين الأولي والختامي. تُقارَن إجاباتهم فقط، كل شخص مع نفسه.',
    ],
    [
      'فاصل الثقة',
      'نطاق التغيّرات التي تتوافق مع البيانات (95% ما لم يُذكر غير ذلك). إذا وقع كله فوق الصفر أو تحته فمن غير المرجح أن يكون التغيّر مصادفة.',
    ],
    [
      'بوضوح / على الأرجح',
      '«بوضوح» تعني أن الفاصل يستبعد الصفر وأن النتيجة تصمد بعد مراعاة اختبار عدة مؤشرات معًا؛ «على الأرجح» تعني أن الشرط الأول وحده متحقق.',
    ],
    [
      'حجم الأثر',
      'مقدار التغيّر مقارنةً بمدى اختلاف الناس بعضهم عن بعض (g_av لهيدجز): نحو 0.2 صغير، 0.5 متوسط، 0.8 كبير.',
    ],
    [
      'التغيّر الموثوق',
      'تغيّر الشخص نفسه حين يكون أكبر من خطأ القياس في المقياس (جاكوبسون وتروكس)، ويُعرض كنسبة المشاركين الذين تحسّنوا أو تراجعوا بشكل موثوق.',
    ],
    [
      'أصغر تغيّر يمكن رصده',
      'أصغر تغيّر حقيقي يلاحظه التقييم أربع مرات من كل خمس بهذا العدد من الأزواج. قد تكون التغيّرات الأصغر حقيقية لكنها لا تُرى.',
    ],
    [
      'المجموعات المخفية',
      'لا تُعرض المجموعات التي تضم عددًا قليلًا جدًا من الأشخاص، حتى لا يمكن التعرّف على أحد.',
    ],
  ],
  groupParticipation: (group, n) => `${group}: أجاب ${n} من المشاركين عن الاستبيانين.`,
  mde: (n, d, level, example) =>
    `مع ${n} من الأزواج المتطابقة، يلاحظ هذا التقييم تغيّرًا بنحو ${d} انحراف معياري أو أكثر في أربع حالات من خمس (ثقة ${level})${example}. قد لا تُرى التغيّرات الحقيقية الأصغر، لذا فإن «لا تغيّر واضح» لا يثبت أن شيئًا لم يتغيّر.`,
  mdeExample: (construct, points) => ` — في «${construct}» نحو ${points} نقطة`,
  changeView: 'التغيّر في كل مقياس',
  changeViewLabel: (group, parts) => `متوسط التغيّر في كل مقياس مع فواصل الثقة، ${group}. ${parts}`,
  changePart: (construct, mean, lower, upper) => `${construct}: ${mean} (${lower} إلى ${upper}).`,
  changeAxis: 'متوسط التغيّر (الختامي ناقص الأولي)',
  noChange: 'لا تغيّر',
  retry: 'أعد المحاولة',
  downloadSvg: 'تنزيل المخطط (SVG)',
  slideNote: (k) => `لا تُعرض المجموعات التي تضم أقل من ${k} أشخاص، لحماية إخفاء الهوية.`,
  columnsExtra: {
    p: 'p',
    improved: 'تحسّن موثوق',
    declined: 'تراجع موثوق',
    alphaBaseline: 'α قبل',
    alphaExit: 'α بعد',
  },
  evaluation: {
    attritionTitle: 'هل اختلف من انسحبوا؟',
    attrition: (completers, only) =>
      `أجاب ${completers} أشخاص عن الاستبيانين؛ وأجاب ${only} عن الأول فقط.`,
    attritionWarning:
      'بدأ المنسحبون بشكل مختلف على مقياس واحد على الأقل: اقرأ التغيّر مع مراعاة ذلك.',
    attritionFine: 'بدأ المنسحبون بشكل مشابه لمن بقوا.',
    attritionBound: 'التغيّر لو بقي جميع المنسحبين دون تغيّر: أقصى ما يمكن أن يفسّره الانسحاب.',
    comparisonTitle: 'هل كان البرنامج هو السبب؟ مجموعة المقارنة',
    comparison: (programme, comparison) =>
      `أجاب ${programme} من المشاركين في البرنامج و${comparison} من الزملاء خارج البرنامج عن الاستبيانين.`,
    comparisonNote:
      'الفرق هو تغيّر البرنامج ناقص تغيّر مجموعة المقارنة (فرق الفروق)؛ والفرق المعدّل يقارن الدرجات الختامية عند تساوي الدرجة الأولية (ANCOVA).',
    dyadsTitle: 'ثنائيات التوجيه',
    dyads: (pairs) => `${pairs} ثنائيات مكتملة (أجاب الطرفان عن الاستبيانين).`,
    dyadsNote:
      'يعامل فاصل الثقة للجميع كل ثنائي كوحدة واحدة (متين للعناقيد)، لأن الشريكين يؤثر كل منهما في الآخر.',
    pooledTitle: 'هل ينجح البرنامج عبر الدفعات؟',
    pooled: (cohorts, construct, change, ci) =>
      `بجمع الدفعات الـ${cohorts}، تغيّر ${construct} في المتوسط بمقدار ${change} (${ci}).`,
    pooledSpread: (i2, low, high) =>
      `تختلف الدفعات بنسبة ${i2} بما يتجاوز الصدفة (I²)؛ ومن المرجح أن تتغيّر دفعة جديدة بما بين ${low} و${high}.`,
    pooledNote:
      'تُحسب كل دفعة بحسب حجمها واتساقها (نموذج التأثيرات العشوائية، REML). مع دفعتين أو ثلاث فقط يكون نطاق الدفعة الجديدة واسعًا وتقريبيًا.',
    pooledCsv: 'تنزيل الدفعات المجمّعة (CSV)',
    pooledSvg: 'تنزيل شريحة الدفعات المجمّعة (SVG)',
    hidden: 'مخفية لحماية إخفاء الهوية (عدد الأشخاص قليل جدًا).',
    hiddenHomogeneous:
      'مخفية لحماية إخفاء الهوية: الأرقام ستكشف إجابة كل شخص (أجاب الجميع، أو الجميع عدا واحدًا، بالشيء نفسه أو عند طرف المقياس).',
    cols: {
      construct: 'المقياس',
      completers: 'الباقون: المتوسط الأولي',
      dropouts: 'المنسحبون: المتوسط الأولي',
      difference: 'الفرق (فاصل الثقة)',
      observed: 'التغيّر الملاحظ',
      bound: 'التغيّر لو لم يتغيّر المنسحبون (فاصل الثقة)',
      programme: 'البرنامج: التغيّر',
      comparison: 'المقارنة: التغيّر',
      did: 'فرق التغيّر (فاصل الثقة)',
      ancova: 'الفرق المعدّل (فاصل الثقة)',
      mentor: 'الموجِّهون: التغيّر',
      mentee: 'المتعلّمون: التغيّر',
      correlation: 'ارتباط التغيّر داخل الثنائي',
      robust: 'الجميع: التغيّر (فاصل متين للثنائيات)',
      pooled: 'التغيّر المجمّع (فاصل الثقة)',
      i2: 'التباين بين الدفعات (I²)',
      prediction: 'نطاق دفعة جديدة',
      cohorts: 'الدفعات: التغيّر (n)',
    },
  },
  tableCaption: (group) => `متوسط الدرجات والتغيّر، ${group}`,
  columns: {
    construct: 'المقياس',
    n: 'n',
    baselineMean: 'قبل: المتوسط',
    baselineCi: (level) => `قبل: فاصل الثقة ${level}`,
    exitMean: 'بعد: المتوسط',
    exitCi: (level) => `بعد: فاصل الثقة ${level}`,
    change: 'متوسط التغيّر',
    changeCi: (level) => `التغيّر: فاصل الثقة ${level}`,
    dz: 'd_z',
    gav: 'g_av',
    pHolm: 'p (Holm)',
  },
  interval: (lower, upper) => `${lower} إلى ${upper}`,
  downloadCsv: 'تنزيل الجدول (CSV)',
  downloadPng: 'تنزيل المخطط (PNG، 1600×900)',
  feedback: 'آراء المشاركين في البرنامج',
  nps: 'صافي نقاط الترويج (NPS)',
  npsParts: (promoters, passives, detractors, n) =>
    `${promoters} مروّجون، ${passives} محايدون، ${detractors} منتقدون (n = ${n})`,
  npsDistribution: 'الإجابات عن «ما مدى احتمال أن توصي بالبرنامج؟» (0–10)',
  answer: 'الإجابة',
  count: 'العدد',
  satisfaction: 'الرضا',
  pairingQuality: 'جودة الثنائي',
  meanOf: (mean, max) => `${mean} من ${max}`,
  respondents: (n) => `n = ${n}`,
  valuableLearning: 'أثمن ما تعلّمته',
  improvement: 'ما الذي يمكن تحسينه',
  openTextWithheld: (k) =>
    `لا تُعرض الإجابات النصية المفتوحة إلا للمجموعات التي تضم ${k} أشخاص على الأقل.`,
  noOpenText: 'لا توجد إجابات نصية مفتوحة.',
  figureHidden: {
    below_threshold: (k) => `أقل من ${k} إجابات — مخفية لحماية إخفاء الهوية.`,
    complementary: () => 'مخفية لحماية إخفاء الهوية: إظهارها يكشف رقمًا مخفيًا.',
    homogeneous: () =>
      'مخفية لحماية إخفاء الهوية: أعطى الجميع، أو الجميع إلا شخصًا واحدًا، الإجابة نفسها، وهذا يكشف كل إجابة.',
  },
  additionalHeading: 'أسئلة البرنامج الخاصة',
  additionalCaption: (name, n) => `الإجابات عن «${name}» (أجاب ${n})`,
  participation: (matched, baseline, exit) =>
    `أجاب ${matched} من المشاركين عن الاستبيانين (${baseline} قبل، ${exit} بعد).`,
  generated: (date) => `أُعدّ التقرير في ${date}.`,
  fewerThan: (k) => `أقل من ${k}`,
  loading: 'جارٍ تحميل النتائج…',
  emptyTitle: 'لا توجد نتائج بعد',
  emptyBody: 'تظهر النتائج هنا عند توفر تقرير.',
  noResponses: 'لم تصل أي إجابات على الاستبيان بعد.',
  notEnoughTitle: 'لا توجد إجابات كافية بعد',
  notEnoughBody: (k, baseline, exit) =>
    `تظهر النتائج عندما يجيب ${k} مشاركين على الأقل عن الاستبيانين الأولي والختامي. حتى الآن: ${baseline} إجابات أولية و${exit} إجابات ختامية.`,
  errorTitle: 'تعذّر عرض النتائج',
  errorHttp: (status) => `أجاب الخادم بالحالة ${status}.`,
  errorNetwork: 'تعذّر تحميل التقرير (خطأ في الشبكة).',
  errorNotJson: 'لم يرسل الخادم تقريرًا بصيغة JSON.',
  errorInvalid: 'التقرير لا يطابق الصيغة المتوقعة:',
};

const catalogues: Record<string, Strings> = { en, de, fr, ar };

/** Locales with a full set of strings. */
export const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'ar'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Locales written right to left. */
const RTL = new Set<string>(['ar']);

/** The best supported locale for a tag (`de-AT` → `de`, `ar-EG` → `ar`), English otherwise. */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const base = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  return (SUPPORTED_LOCALES as readonly string[]).includes(base) ? (base as SupportedLocale) : 'en';
}

/** Writing direction of a locale's strings. */
export function direction(locale: string): 'ltr' | 'rtl' {
  return RTL.has(resolveLocale(locale)) ? 'rtl' : 'ltr';
}

export function strings(locale: string): Strings {
  return catalogues[resolveLocale(locale)] ?? en;
}
