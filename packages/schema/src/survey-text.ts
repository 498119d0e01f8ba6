import type { LocalizedText } from './localized-text.js';
import type { SurveyPrivacy } from './survey-privacy.js';

/*
 * The words around the instrument's items: titles, the consent, role and generation questions and
 * the exit feedback. English, German and French; an instrument in another locale falls back to
 * English for these (its own items and scale are always in its own locales).
 */

const t = (en: string, de: string, fr: string): LocalizedText => ({ en, de, fr });

/** Built-in survey text, keyed by purpose. */
export const SURVEY_TEXT = {
  baselineTitle: t(
    'Reverse mentoring: before the programme',
    'Reverse Mentoring: vor dem Programm',
    'Mentorat inversé : avant le programme',
  ),
  exitTitle: t(
    'Reverse mentoring: after the programme',
    'Reverse Mentoring: nach dem Programm',
    'Mentorat inversé : après le programme',
  ),
  description: t(
    'This takes about ten minutes. Your answers are stored under a code, never with your name, and results are only shown for groups large enough that no one can be singled out.',
    'Das dauert etwa zehn Minuten. Ihre Antworten werden unter einem Code gespeichert, nie mit Ihrem Namen, und Ergebnisse werden nur für Gruppen gezeigt, die so groß sind, dass niemand erkennbar ist.',
    'Cela prend environ dix minutes. Vos réponses sont enregistrées sous un code, jamais avec votre nom, et les résultats ne sont montrés que pour des groupes assez grands pour que personne ne puisse être identifié.',
  ),
  completedHtml: t(
    '<h3>Thank you!</h3><p>Your answers have been recorded.</p>',
    '<h3>Vielen Dank!</h3><p>Ihre Antworten wurden gespeichert.</p>',
    '<h3>Merci !</h3><p>Vos réponses ont été enregistrées.</p>',
  ),
  aboutYouTitle: t('About you', 'Zu Ihrer Person', 'À propos de vous'),
  consentTitle: t(
    'I agree to take part and for my answers to be used, under a code, to evaluate the programme.',
    'Ich bin einverstanden, teilzunehmen, und damit, dass meine Antworten unter einem Code zur Auswertung des Programms verwendet werden.',
    'J’accepte de participer et que mes réponses soient utilisées, sous un code, pour évaluer le programme.',
  ),
  consentRequired: t(
    'You can only continue if you agree to take part.',
    'Sie können nur fortfahren, wenn Sie der Teilnahme zustimmen.',
    'Vous ne pouvez continuer que si vous acceptez de participer.',
  ),
  yes: t('Yes', 'Ja', 'Oui'),
  no: t('No', 'Nein', 'Non'),
  roleTitle: t(
    'What is your role in the programme?',
    'Welche Rolle haben Sie im Programm?',
    'Quel est votre rôle dans le programme ?',
  ),
  roleMentor: t(
    'Mentor: I share my digital know-how with a more senior colleague',
    'Mentor/in: Ich gebe mein digitales Wissen an eine erfahrenere Kollegin oder einen erfahreneren Kollegen weiter',
    'Mentor·e : je partage mes compétences numériques avec un·e collègue plus expérimenté·e',
  ),
  roleMentee: t(
    'Mentee: I learn from a younger colleague',
    'Mentee: Ich lerne von einer jüngeren Kollegin oder einem jüngeren Kollegen',
    'Mentoré·e : j’apprends d’un·e collègue plus jeune',
  ),
  generationTitle: t(
    'Which generation do you belong to? (optional)',
    'Welcher Generation gehören Sie an? (freiwillig)',
    'À quelle génération appartenez-vous ? (facultatif)',
  ),
  gen_z: t(
    'Generation Z (born 1997 or later)',
    'Generation Z (geboren 1997 oder später)',
    'Génération Z (né·e en 1997 ou après)',
  ),
  millennial: t(
    'Millennials (born 1981–1996)',
    'Millennials (geboren 1981–1996)',
    'Milléniaux (né·e entre 1981 et 1996)',
  ),
  gen_x: t(
    'Generation X (born 1965–1980)',
    'Generation X (geboren 1965–1980)',
    'Génération X (né·e entre 1965 et 1980)',
  ),
  baby_boomer: t(
    'Baby boomers (born 1964 or earlier)',
    'Babyboomer (geboren 1964 oder früher)',
    'Baby-boomers (né·e en 1964 ou avant)',
  ),
  prefer_not_to_say: t('Prefer not to say', 'Keine Angabe', 'Je préfère ne pas répondre'),
  itemInstruction: t(
    'How much do you agree with each statement?',
    'Inwieweit stimmen Sie den folgenden Aussagen zu?',
    'Dans quelle mesure êtes-vous d’accord avec chaque affirmation ?',
  ),
  retrospectiveTitle: t('Looking back', 'Rückblick', 'Regard en arrière'),
  retrospectiveOptIn: t(
    'Would you also rate, for some of the statements, how you saw things before the programme? (optional, about two minutes)',
    'Möchten Sie für einige der Aussagen zusätzlich einschätzen, wie Sie es vor dem Programm gesehen haben? (freiwillig, etwa zwei Minuten)',
    'Souhaitez-vous aussi indiquer, pour certaines affirmations, comment vous voyiez les choses avant le programme ? (facultatif, environ deux minutes)',
  ),
  retrospectiveMatrix: t(
    'Thinking back to before the programme started, how much did you agree with each statement then?',
    'Wenn Sie an die Zeit vor Beginn des Programms zurückdenken: Inwieweit hätten Sie den Aussagen damals zugestimmt?',
    'En repensant à la période avant le début du programme, dans quelle mesure étiez-vous alors d’accord avec chaque affirmation ?',
  ),
  feedbackTitle: t(
    'Your view of the programme',
    'Ihre Sicht auf das Programm',
    'Votre avis sur le programme',
  ),
  satisfactionTitle: t(
    'Overall, how satisfied are you with the programme?',
    'Wie zufrieden sind Sie insgesamt mit dem Programm?',
    'Dans l’ensemble, quelle est votre satisfaction à l’égard du programme ?',
  ),
  satisfaction1: t('Very dissatisfied', 'Sehr unzufrieden', 'Très insatisfait·e'),
  satisfaction2: t('Dissatisfied', 'Unzufrieden', 'Insatisfait·e'),
  satisfaction3: t(
    'Neither satisfied nor dissatisfied',
    'Weder zufrieden noch unzufrieden',
    'Ni satisfait·e ni insatisfait·e',
  ),
  satisfaction4: t('Satisfied', 'Zufrieden', 'Satisfait·e'),
  satisfaction5: t('Very satisfied', 'Sehr zufrieden', 'Très satisfait·e'),
  recommendTitle: t(
    'How likely are you to recommend the programme to a colleague?',
    'Wie wahrscheinlich ist es, dass Sie das Programm einer Kollegin oder einem Kollegen empfehlen?',
    'Quelle est la probabilité que vous recommandiez le programme à un·e collègue ?',
  ),
  recommendMin: t('0 = not at all likely', '0 = sehr unwahrscheinlich', '0 = pas du tout probable'),
  recommendMax: t(
    '10 = extremely likely',
    '10 = äußerst wahrscheinlich',
    '10 = extrêmement probable',
  ),
  pairingTitle: t(
    'How well did the pairing with your partner work?',
    'Wie gut hat die Zusammenarbeit in Ihrem Tandem funktioniert?',
    'Dans quelle mesure le binôme avec votre partenaire a-t-il bien fonctionné ?',
  ),
  pairing1: t('Very poorly', 'Sehr schlecht', 'Très mal'),
  pairing2: t('Poorly', 'Schlecht', 'Mal'),
  pairing3: t('Neither well nor poorly', 'Weder gut noch schlecht', 'Ni bien ni mal'),
  pairing4: t('Well', 'Gut', 'Bien'),
  pairing5: t('Very well', 'Sehr gut', 'Très bien'),
  meetingTitle: t(
    'How often did you and your partner meet?',
    'Wie oft haben Sie sich in Ihrem Tandem getroffen?',
    'À quelle fréquence votre partenaire et vous vous êtes-vous rencontré·es ?',
  ),
  weekly: t('About once a week', 'Etwa einmal pro Woche', 'Environ une fois par semaine'),
  fortnightly: t(
    'About every two weeks',
    'Etwa alle zwei Wochen',
    'Environ toutes les deux semaines',
  ),
  monthly: t('About once a month', 'Etwa einmal im Monat', 'Environ une fois par mois'),
  less_than_monthly: t(
    'Less than once a month',
    'Seltener als einmal im Monat',
    'Moins d’une fois par mois',
  ),
  never: t(
    'We did not meet',
    'Wir haben uns nicht getroffen',
    'Nous ne nous sommes pas rencontré·es',
  ),
  valuableLearningTitle: t(
    'What was the most valuable thing you learned? (optional)',
    'Was war das Wertvollste, das Sie gelernt haben? (freiwillig)',
    'Quelle est la chose la plus précieuse que vous ayez apprise ? (facultatif)',
  ),
  improvementTitle: t(
    'What one thing should the programme improve? (optional)',
    'Was sollte das Programm vor allem verbessern? (freiwillig)',
    'Quelle chose le programme devrait-il améliorer en priorité ? (facultatif)',
  ),
  // Said when the programme's settings are unknown (no collector, offline): nothing it cannot know.
  openTextHint: t(
    'Please do not mention names. Answers may be quoted word for word in the programme’s results, but only for groups large enough that no one can be singled out.',
    'Bitte nennen Sie keine Namen. Antworten können wörtlich in den Ergebnissen des Programms erscheinen, aber nur für Gruppen, die so groß sind, dass niemand erkennbar ist.',
    'Merci de ne citer aucun nom. Les réponses peuvent être citées telles quelles dans les résultats du programme, mais uniquement pour des groupes assez grands pour que personne ne puisse être identifié.',
  ),
} satisfies Record<string, LocalizedText>;

/** A key of {@link SURVEY_TEXT}. */
export type SurveyTextKey = keyof typeof SURVEY_TEXT;

/**
 * The smallest group whose open answers a report quotes: a group must be shown (k) and large
 * enough for open text, so the larger of the two thresholds.
 */
export function openTextMinGroup(privacy: SurveyPrivacy): number {
  return Math.max(privacy.anonymityThreshold, privacy.openTextThreshold);
}

/**
 * The promise under each open question, from the programme's settings: who reads the results that
 * quote open answers (anyone, or people granted access), from which group size, or that results
 * never quote them. Without settings, {@link SURVEY_TEXT}'s `openTextHint`, which promises nothing
 * a programme might break.
 */
export function openTextHint(privacy: SurveyPrivacy | undefined): LocalizedText {
  if (!privacy) return SURVEY_TEXT.openTextHint;
  if (!privacy.openTextInReports) {
    return t(
      'Please do not mention names. Answers are not shown in the programme’s results; only the people who run the programme can read them, stored under your code.',
      'Bitte nennen Sie keine Namen. Antworten erscheinen nicht in den Ergebnissen des Programms; nur die Verantwortlichen des Programms können sie lesen, gespeichert unter Ihrem Code.',
      'Merci de ne citer aucun nom. Les réponses n’apparaissent pas dans les résultats du programme ; seules les personnes qui gèrent le programme peuvent les lire, enregistrées sous votre code.',
    );
  }
  const n = openTextMinGroup(privacy);
  return privacy.reportAudience === 'public'
    ? t(
        `Please do not mention names. Answers are quoted word for word, in random order, in the programme’s published results, which anyone with the link can read, but only for groups of at least ${n} people.`,
        `Bitte nennen Sie keine Namen. Antworten werden wörtlich und in zufälliger Reihenfolge in den veröffentlichten Ergebnissen des Programms zitiert, die alle mit dem Link lesen können, aber nur für Gruppen von mindestens ${n} Personen.`,
        `Merci de ne citer aucun nom. Les réponses sont citées telles quelles, dans un ordre aléatoire, dans les résultats publiés du programme, que toute personne disposant du lien peut lire, mais uniquement pour des groupes d’au moins ${n} personnes.`,
      )
    : t(
        `Please do not mention names. Answers are quoted word for word, in random order, in the programme’s results, which only people given access can read, and only for groups of at least ${n} people.`,
        `Bitte nennen Sie keine Namen. Antworten werden wörtlich und in zufälliger Reihenfolge in den Ergebnissen des Programms zitiert, die nur Personen mit Zugriff lesen können, und nur für Gruppen von mindestens ${n} Personen.`,
        `Merci de ne citer aucun nom. Les réponses sont citées telles quelles, dans un ordre aléatoire, dans les résultats du programme, que seules les personnes autorisées peuvent lire, et uniquement pour des groupes d’au moins ${n} personnes.`,
      );
}
