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

const de: UiStrings = {
  loading: 'Die Umfrage wird geladen…',
  next: 'Weiter',
  back: 'Zurück',
  complete: 'Absenden',
  pageOf: (p, t) => `Seite ${p} von ${t}`,
  progressLabel: 'Fortschritt der Umfrage',
  requiredHint: 'Mit * markierte Fragen müssen beantwortet werden.',
  select: 'Bitte auswählen…',
  yes: 'Ja',
  no: 'Nein',
  sending: 'Ihre Antworten werden gesendet…',
  submitted: 'Ihre Antworten sind angekommen. Vielen Dank!',
  completedOffline: 'Vielen Dank! Ihre Antworten wurden an diese Seite übergeben.',
  queued: (s) =>
    `Ihre Antworten sind auf diesem Gerät gespeichert und werden automatisch gesendet${s > 0 ? ` (nächster Versuch in ${s} s)` : ''}. Sie können diese Seite schließen.`,
  rejected: (m) => `Der Server hat Ihre Antworten nicht angenommen: ${m}`,
  invalid: (m) => `Ihre Antworten konnten nicht zum Senden vorbereitet werden: ${m}`,
  reviewAnswers: 'Antworten überprüfen',
  sendNow: 'Jetzt erneut versuchen',
  code: {
    title: 'Ihr persönlicher Code',
    intro:
      'Damit Ihre Antworten vor und nach dem Programm ohne Ihren Namen verknüpft werden können, bilden wir einen Code aus vier Angaben, die nur Sie kennen. Bitte antworten Sie beim nächsten Mal genauso.',
    parentLetters: 'Die ersten zwei Buchstaben des Vornamens Ihrer Mutter (oder eines Elternteils)',
    parentLettersHint: 'Zum Beispiel „MA“ für Maria.',
    birthDay: 'Tag Ihres Geburtsdatums (1–31)',
    birthDayHint: 'Nur der Tag, nicht Monat oder Jahr.',
    placeLetters: 'Die ersten zwei Buchstaben Ihres Geburtsorts',
    placeLettersHint: 'Zum Beispiel „HA“ für Hamburg.',
    siblings: 'Anzahl Ihrer älteren Geschwister (0–9)',
    siblingsHint: 'Geben Sie 9 ein, wenn es neun oder mehr sind.',
    lettersError: 'Bitte geben Sie zwei Buchstaben ein.',
    dayError: 'Bitte geben Sie einen Tag von 1 bis 31 ein.',
    siblingsError: 'Bitte geben Sie eine Zahl von 0 bis 9 ein.',
    yourCode: (c) => `Ihr Code lautet ${c}.`,
    continue: 'Weiter zur Umfrage',
  },
};

const fr: UiStrings = {
  loading: 'Chargement du questionnaire…',
  next: 'Suivant',
  back: 'Précédent',
  complete: 'Envoyer',
  pageOf: (p, t) => `Page ${p} sur ${t}`,
  progressLabel: 'Progression du questionnaire',
  requiredHint: 'Les questions marquées * sont obligatoires.',
  select: 'Veuillez choisir…',
  yes: 'Oui',
  no: 'Non',
  sending: 'Envoi de vos réponses…',
  submitted: 'Vos réponses ont bien été reçues. Merci !',
  completedOffline: 'Merci ! Vos réponses ont été transmises à cette page.',
  queued: (s) =>
    `Vos réponses sont enregistrées sur cet appareil et seront envoyées automatiquement${s > 0 ? ` (prochain essai dans ${s} s)` : ''}. Vous pouvez fermer cette page.`,
  rejected: (m) => `Le serveur n'a pas accepté vos réponses : ${m}`,
  invalid: (m) => `Vos réponses n'ont pas pu être préparées pour l'envoi : ${m}`,
  reviewAnswers: 'Revoir mes réponses',
  sendNow: 'Réessayer maintenant',
  code: {
    title: 'Votre code personnel',
    intro:
      'Pour relier vos réponses avant et après le programme sans votre nom, nous formons un code à partir de quatre informations que vous seul·e connaissez. Répondez de la même façon la prochaine fois.',
    parentLetters: 'Les deux premières lettres du prénom de votre mère (ou d’un parent)',
    parentLettersHint: 'Par exemple « MA » pour Marie.',
    birthDay: 'Jour de votre naissance (1–31)',
    birthDayHint: 'Seulement le jour, sans le mois ni l’année.',
    placeLetters: 'Les deux premières lettres de votre ville de naissance',
    placeLettersHint: 'Par exemple « LY » pour Lyon.',
    siblings: 'Nombre de frères et sœurs plus âgés (0–9)',
    siblingsHint: 'Indiquez 9 si vous en avez neuf ou plus.',
    lettersError: 'Veuillez saisir deux lettres.',
    dayError: 'Veuillez saisir un jour de 1 à 31.',
    siblingsError: 'Veuillez saisir un nombre de 0 à 9.',
    yourCode: (c) => `Votre code est ${c}.`,
    continue: 'Continuer vers le questionnaire',
  },
};

const table: Record<string, UiStrings> = { en, de, fr };

/** Our locales; survey text may have more, in which case our strings fall back to English. */
export const UI_LOCALES = Object.keys(table);

/** `de-CH` → German, unknown → English. */
export function uiStrings(locale: string | undefined): UiStrings {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return table[lang] ?? en;
}
