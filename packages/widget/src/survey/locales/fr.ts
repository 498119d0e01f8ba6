// French interface and state wording: a chunk of its own, loaded only for pages in French.
import { formatBytes } from '../format-bytes.js';
import type { StateStrings } from '../state-strings.js';
import { LOADING, type UiStrings } from '../strings.js';

export const ui: UiStrings = {
  loading: LOADING.fr!,
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
  unsupported: (t, n) =>
    `La question « ${n} » (type « ${t} ») ne peut pas être affichée ici. Merci de prévenir les organisateurs.`,
  chooseAtMost: (n) => `Choisissez-en ${n} au maximum.`,
  selected: 'Sélection',
  remove: (w) => `Retirer ${w}`,
  removeShort: 'Retirer',
  noMatches: 'Aucun résultat',
  noAnswer: 'Pas encore de réponse',
  rankHint: 'Modifiez l’ordre avec les boutons fléchés (ou Alt + ↑/↓). 1 est le premier rang.',
  rankSelectHint:
    'Ajoutez les éléments à classer, puis ordonnez-les avec les boutons fléchés (ou Alt + ↑/↓).',
  rankMoved: (l, p, t) => `${l} : position ${p} sur ${t}`,
  rankRemoved: (l) => `${l} retiré du classement`,
  moveUp: (l, p) => `Monter ${l} (actuellement ${p})`,
  moveDown: (l, p) => `Descendre ${l} (actuellement ${p})`,
  notRanked: 'Non classés',
  addToRanking: (l) => `Ajouter ${l} au classement`,
  rowN: (n) => `Ligne ${n}`,
  itemN: (n) => `Entrée ${n}`,
  from: 'de',
  to: 'à',
  fileLimit: (b) => `Chaque fichier peut faire jusqu’à ${formatBytes(b, 'fr')}.`,
  fileTooLarge: (f, b) => `Non ajouté, plus de ${formatBytes(b, 'fr')} : ${f}`,
  signatureEmpty: 'Zone de signature, vide',
  signatureGiven: 'Zone de signature, signée',
  typeSignature: 'Ou saisissez votre nom complet pour signer',
  clearSignature: 'Effacer la signature',
  preview: 'Relire mes réponses',
  edit: 'Modifier mes réponses',
  reviewBeforeSubmit: 'Veuillez relire vos réponses',
  completed: 'Questionnaire terminé',
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

export const state: StateStrings = {
  completedOn: (d) => `Vous avez déjà répondu à ce questionnaire le ${d}.`,
  completedIntro: 'Merci. Il n’y a plus rien à faire ici.',
  answerAgain: 'Modifier mes réponses',
  notSentTitle: 'Vos réponses ne sont pas encore envoyées',
  queued: (s) =>
    `Elles sont gardées uniquement sur cet appareil et seront envoyées automatiquement dès que la connexion fonctionnera${s > 0 ? ` (prochain essai dans ${s} s)` : ''}. Si vous fermez cette page, rouvrez-la plus tard.`,
  stillOffline:
    'Toujours pas de connexion. Vos réponses restent sur cet appareil ; nous réessaierons.',
  contactTeam:
    'Vos réponses n’ont pas pu être transmises après plusieurs essais. Elles restent sur cet appareil. Merci de signaler à l’équipe du programme que le questionnaire n’atteint pas son serveur.',
  invitationProblem:
    'Votre lien d’invitation n’est plus valable pour ce questionnaire. Demandez-en un nouveau à l’équipe du programme.',
  refused: 'Certaines réponses n’ont pas pu être acceptées. Vérifiez-les et envoyez à nouveau.',
  notReady:
    'Certaines réponses manquent ou ne sont pas valides. Vérifiez les questions signalées en rouge.',
};
