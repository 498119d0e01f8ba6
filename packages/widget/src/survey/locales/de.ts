// German interface and state wording: a chunk of its own, loaded only for pages in German.
import { formatBytes } from '../format-bytes.js';
import type { StateStrings } from '../state-strings.js';
import { LOADING, type UiStrings } from '../strings.js';

export const ui: UiStrings = {
  loading: LOADING.de!,
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
  unsupported: (t, n) =>
    `Die Frage „${n}“ (Typ „${t}“) kann hier nicht angezeigt werden. Bitte informieren Sie die Organisatoren.`,
  chooseAtMost: (n) => `Wählen Sie höchstens ${n}.`,
  selected: 'Ausgewählt',
  remove: (w) => `${w} entfernen`,
  removeShort: 'Entfernen',
  noMatches: 'Keine Treffer',
  noAnswer: 'Noch keine Antwort',
  rankHint:
    'Ändern Sie die Reihenfolge mit den Pfeiltasten-Schaltflächen (oder Alt + ↑/↓). 1 ist der höchste Rang.',
  rankSelectHint:
    'Fügen Sie die Einträge hinzu, die Sie bewerten möchten, und ordnen Sie sie mit den Pfeil-Schaltflächen (oder Alt + ↑/↓).',
  rankMoved: (l, p, t) => `${l}: Position ${p} von ${t}`,
  rankRemoved: (l) => `${l} aus der Rangfolge entfernt`,
  moveUp: (l, p) => `${l} nach oben (jetzt ${p})`,
  moveDown: (l, p) => `${l} nach unten (jetzt ${p})`,
  notRanked: 'Nicht eingeordnet',
  addToRanking: (l) => `${l} zur Rangfolge hinzufügen`,
  rowN: (n) => `Zeile ${n}`,
  itemN: (n) => `Eintrag ${n}`,
  from: 'von',
  to: 'bis',
  fileLimit: (b) => `Jede Datei darf höchstens ${formatBytes(b, 'de')} groß sein.`,
  fileTooLarge: (f, b) => `Nicht hinzugefügt, größer als ${formatBytes(b, 'de')}: ${f}`,
  signatureEmpty: 'Unterschriftsfeld, leer',
  signatureGiven: 'Unterschriftsfeld, unterschrieben',
  typeSignature: 'Oder unterschreiben Sie, indem Sie Ihren vollständigen Namen eingeben',
  clearSignature: 'Unterschrift löschen',
  preview: 'Antworten prüfen',
  edit: 'Antworten bearbeiten',
  reviewBeforeSubmit: 'Bitte prüfen Sie Ihre Antworten',
  completed: 'Umfrage abgeschlossen',
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

export const state: StateStrings = {
  completedOn: (d) => `Sie haben diese Umfrage bereits am ${d} ausgefüllt.`,
  completedIntro: 'Vielen Dank. Hier ist nichts weiter zu tun.',
  answerAgain: 'Meine Antworten ändern',
  notSentTitle: 'Ihre Antworten sind noch nicht gesendet',
  queued: (s) =>
    `Sie sind nur auf diesem Gerät gespeichert und werden automatisch gesendet, sobald die Verbindung steht${s > 0 ? ` (nächster Versuch in ${s} s)` : ''}. Öffnen Sie diese Seite später erneut, wenn Sie sie jetzt schließen.`,
  stillOffline:
    'Noch keine Verbindung. Ihre Antworten bleiben auf diesem Gerät; wir versuchen es erneut.',
  contactTeam:
    'Ihre Antworten konnten mehrmals nicht zugestellt werden. Sie bleiben auf diesem Gerät. Bitte sagen Sie dem Programmteam, dass die Umfrage ihren Server nicht erreicht.',
  invitationProblem:
    'Ihr Einladungslink gilt für diese Umfrage nicht mehr. Bitte bitten Sie das Programmteam um einen neuen.',
  refused:
    'Einige Antworten konnten nicht angenommen werden. Bitte prüfen Sie sie und senden Sie erneut.',
  notReady:
    'Einige Antworten fehlen oder sind ungültig. Bitte prüfen Sie die rot markierten Fragen.',
};
