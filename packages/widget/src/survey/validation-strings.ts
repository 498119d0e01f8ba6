import { setupLocale } from 'survey-core';

/*
 * survey-core's full translation files weigh ~7 KB each (3 KB gzip) but we render our own buttons,
 * progress and completion text; the only survey-core strings a person sees are validation messages.
 * These are survey-core's own German and French wordings of exactly those messages.
 */
setupLocale({
  localeCode: 'de',
  nativeName: 'Deutsch',
  englishName: 'German',
  strings: {
    requiredError: 'Bitte beantworten Sie diese Frage.',
    requiredErrorInPanel: 'Bitte beantworten Sie mindestens eine Frage.',
    requiredInAllRowsError: 'Bitte beantworten Sie alle Fragen.',
    numericError: 'Der Wert muss eine Zahl sein.',
    minError: 'Der Wert sollte nicht kleiner als {0} sein',
    maxError: 'Der Wert sollte nicht größer als {0} sein',
    textMinLength: 'Bitte geben Sie mindestens {0} Zeichen ein.',
    textMaxLength: 'Bitte geben Sie nicht mehr als {0} Zeichen ein.',
    invalidEmail: 'Bitte geben Sie eine gültige E-Mail-Adresse ein.',
    booleanCheckedLabel: 'Ja',
    booleanUncheckedLabel: 'Nein',
    completingSurvey: 'Vielen Dank, dass Sie die Umfrage abgeschlossen haben!',
  },
});

setupLocale({
  localeCode: 'fr',
  nativeName: 'français',
  englishName: 'French',
  strings: {
    requiredError: 'La réponse à cette question est obligatoire.',
    requiredErrorInPanel: 'Merci de répondre au moins à une question.',
    requiredInAllRowsError: 'Toutes les lignes sont obligatoires',
    numericError: 'La réponse doit être un nombre.',
    minError: 'La valeur ne doit pas être inférieure à {0}',
    maxError: 'La valeur ne doit pas être supérieure à {0}',
    textMinLength: 'Merci de saisir au moins {0} caractères.',
    textMaxLength: 'Merci de saisir moins de {0} caractères.',
    invalidEmail: "Merci d'entrer une adresse mail valide.",
    booleanCheckedLabel: 'Oui',
    booleanUncheckedLabel: 'Non',
    completingSurvey: 'Merci d’avoir répondu à ce questionnaire !',
  },
});
