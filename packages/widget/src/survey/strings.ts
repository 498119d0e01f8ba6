/** "1 MB", "500 KB" in the reader's number format. */
function formatBytes(bytes: number, locale: string): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [bytes / 1024, 'kilobyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

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
  /** Shown instead of a question whose type no template knows (custom components without content). */
  unsupported: (type: string, name: string) => string;
  chooseAtMost: (n: number) => string;
  selected: string;
  remove: (what: string) => string;
  removeShort: string;
  noMatches: string;
  noAnswer: string;
  rankHint: string;
  rankSelectHint: string;
  rankMoved: (label: string, position: number, total: number) => string;
  rankRemoved: (label: string) => string;
  moveUp: (label: string, position: number) => string;
  moveDown: (label: string, position: number) => string;
  notRanked: string;
  addToRanking: (label: string) => string;
  rowN: (n: number) => string;
  itemN: (n: number) => string;
  from: string;
  to: string;
  fileLimit: (bytes: number) => string;
  fileTooLarge: (names: string, bytes: number) => string;
  signatureEmpty: string;
  signatureGiven: string;
  typeSignature: string;
  clearSignature: string;
  preview: string;
  edit: string;
  reviewBeforeSubmit: string;
  completed: string;
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
  unsupported: (t, n) =>
    `The question "${n}" (type "${t}") cannot be shown here. Please tell the survey's organisers.`,
  chooseAtMost: (n) => `Choose up to ${n}.`,
  selected: 'Selected',
  remove: (w) => `Remove ${w}`,
  removeShort: 'Remove',
  noMatches: 'No matches',
  noAnswer: 'No answer yet',
  rankHint: 'Use the arrow buttons (or Alt + ↑/↓) to change the order. 1 is the top rank.',
  rankSelectHint:
    'Add the items you want to rank, then order them with the arrow buttons (or Alt + ↑/↓).',
  rankMoved: (l, p, t) => `${l}: position ${p} of ${t}`,
  rankRemoved: (l) => `${l} removed from the ranking`,
  moveUp: (l, p) => `Move ${l} up (now ${p})`,
  moveDown: (l, p) => `Move ${l} down (now ${p})`,
  notRanked: 'Not ranked',
  addToRanking: (l) => `Add ${l} to the ranking`,
  rowN: (n) => `Row ${n}`,
  itemN: (n) => `Entry ${n}`,
  from: 'from',
  to: 'to',
  fileLimit: (b) => `Each file can be up to ${formatBytes(b, 'en')}.`,
  fileTooLarge: (f, b) => `Not added, larger than ${formatBytes(b, 'en')}: ${f}`,
  signatureEmpty: 'Signature area, empty',
  signatureGiven: 'Signature area, signed',
  typeSignature: 'Or type your full name to sign',
  clearSignature: 'Clear signature',
  preview: 'Review answers',
  edit: 'Edit answers',
  reviewBeforeSubmit: 'Please review your answers',
  completed: 'Survey completed',
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

const ar: UiStrings = {
  loading: 'جارٍ تحميل الاستبيان…',
  next: 'التالي',
  back: 'السابق',
  complete: 'إرسال',
  pageOf: (p, t) => `الصفحة ${p} من ${t}`,
  progressLabel: 'تقدّم الاستبيان',
  requiredHint: 'الأسئلة المعلّمة بـ * تحتاج إلى إجابة.',
  select: 'يرجى الاختيار…',
  yes: 'نعم',
  no: 'لا',
  sending: 'جارٍ إرسال إجاباتك…',
  submitted: 'وصلت إجاباتك. شكرًا لك!',
  completedOffline: 'شكرًا لك! سُلّمت إجاباتك إلى هذه الصفحة.',
  queued: (s) =>
    `إجاباتك محفوظة على هذا الجهاز وستُرسل تلقائيًا${s > 0 ? ` (المحاولة التالية بعد ${s} ث)` : ''}. يمكنك إغلاق هذه الصفحة.`,
  rejected: (m) => `لم يقبل الخادم إجاباتك: ${m}`,
  invalid: (m) => `تعذّر تجهيز إجاباتك للإرسال: ${m}`,
  reviewAnswers: 'مراجعة إجاباتي',
  sendNow: 'إعادة المحاولة الآن',
  unsupported: (t, n) =>
    `لا يمكن عرض السؤال "${n}" (النوع "${t}") هنا. يرجى إبلاغ منظّمي الاستبيان.`,
  chooseAtMost: (n) => `اختر ${n} كحدّ أقصى.`,
  selected: 'المحدَّد',
  remove: (w) => `إزالة ${w}`,
  removeShort: 'إزالة',
  noMatches: 'لا توجد نتائج',
  noAnswer: 'لا توجد إجابة بعد',
  rankHint: 'استخدم أزرار الأسهم (أو Alt + ↑/↓) لتغيير الترتيب. الرقم 1 هو المرتبة الأعلى.',
  rankSelectHint: 'أضف العناصر التي تريد ترتيبها، ثم رتّبها بأزرار الأسهم (أو Alt + ↑/↓).',
  rankMoved: (l, p, t) => `${l}: الموضع ${p} من ${t}`,
  rankRemoved: (l) => `أُزيل ${l} من الترتيب`,
  moveUp: (l, p) => `نقل ${l} إلى الأعلى (الآن ${p})`,
  moveDown: (l, p) => `نقل ${l} إلى الأسفل (الآن ${p})`,
  notRanked: 'غير مرتّب',
  addToRanking: (l) => `إضافة ${l} إلى الترتيب`,
  rowN: (n) => `الصف ${n}`,
  itemN: (n) => `الإدخال ${n}`,
  from: 'من',
  to: 'إلى',
  fileLimit: (b) => `الحد الأقصى لحجم كل ملف ${formatBytes(b, 'ar')}.`,
  fileTooLarge: (f, b) => `لم يُضَف، أكبر من ${formatBytes(b, 'ar')}: ${f}`,
  signatureEmpty: 'منطقة التوقيع، فارغة',
  signatureGiven: 'منطقة التوقيع، موقَّعة',
  typeSignature: 'أو اكتب اسمك الكامل للتوقيع',
  clearSignature: 'مسح التوقيع',
  preview: 'مراجعة الإجابات',
  edit: 'تعديل الإجابات',
  reviewBeforeSubmit: 'يرجى مراجعة إجاباتك',
  completed: 'اكتمل الاستبيان',
  code: {
    title: 'رمزك الشخصي',
    intro:
      'لكي نربط إجاباتك قبل البرنامج وبعده دون اسمك، نكوّن رمزًا من أربع معلومات لا يعرفها غيرك. يرجى الإجابة بالطريقة نفسها في المرة القادمة.',
    parentLetters: 'أول حرفين (بالحروف اللاتينية) من الاسم الأول لوالدتك (أو أحد الوالدين)',
    parentLettersHint: 'مثلًا "MA" لـ Maria.',
    birthDay: 'يوم الشهر الذي وُلدت فيه (1–31)',
    birthDayHint: 'اليوم فقط، دون الشهر أو السنة.',
    placeLetters: 'أول حرفين (بالحروف اللاتينية) من اسم المدينة التي وُلدت فيها',
    placeLettersHint: 'مثلًا "CA" لـ Cairo.',
    siblings: 'عدد إخوتك وأخواتك الأكبر سنًا (0–9)',
    siblingsHint: 'أدخل 9 إذا كان لديك تسعة أو أكثر.',
    lettersError: 'يرجى إدخال حرفين.',
    dayError: 'يرجى إدخال يوم من 1 إلى 31.',
    siblingsError: 'يرجى إدخال رقم من 0 إلى 9.',
    yourCode: (c) => `رمزك هو ${c}.`,
    continue: 'المتابعة إلى الاستبيان',
  },
};

const he: UiStrings = {
  loading: 'הסקר נטען…',
  next: 'הבא',
  back: 'הקודם',
  complete: 'שליחה',
  pageOf: (p, t) => `עמוד ${p} מתוך ${t}`,
  progressLabel: 'התקדמות בסקר',
  requiredHint: 'שאלות המסומנות ב-* דורשות תשובה.',
  select: 'נא לבחור…',
  yes: 'כן',
  no: 'לא',
  sending: 'התשובות שלך נשלחות…',
  submitted: 'התשובות שלך התקבלו. תודה!',
  completedOffline: 'תודה! התשובות שלך הועברו לדף זה.',
  queued: (s) =>
    `התשובות שלך שמורות במכשיר זה ויישלחו אוטומטית${s > 0 ? ` (ניסיון הבא בעוד ${s} שנ׳)` : ''}. אפשר לסגור את הדף.`,
  rejected: (m) => `השרת לא קיבל את התשובות שלך: ${m}`,
  invalid: (m) => `לא ניתן היה להכין את התשובות שלך לשליחה: ${m}`,
  reviewAnswers: 'עיון בתשובות שלי',
  sendNow: 'לנסות שוב עכשיו',
  unsupported: (t, n) => `לא ניתן להציג כאן את השאלה "${n}" (סוג "${t}"). נא ליידע את מארגני הסקר.`,
  chooseAtMost: (n) => `אפשר לבחור עד ${n}.`,
  selected: 'נבחרו',
  remove: (w) => `הסרת ${w}`,
  removeShort: 'הסרה',
  noMatches: 'אין תוצאות',
  noAnswer: 'עדיין אין תשובה',
  rankHint: 'אפשר לשנות את הסדר בלחצני החצים (או Alt + ↑/↓). 1 הוא הדירוג הגבוה ביותר.',
  rankSelectHint: 'הוסיפו את הפריטים לדירוג, ואז סדרו אותם בלחצני החצים (או Alt + ↑/↓).',
  rankMoved: (l, p, t) => `${l}: מקום ${p} מתוך ${t}`,
  rankRemoved: (l) => `${l} הוסר מהדירוג`,
  moveUp: (l, p) => `הזזת ${l} למעלה (כעת ${p})`,
  moveDown: (l, p) => `הזזת ${l} למטה (כעת ${p})`,
  notRanked: 'לא מדורגים',
  addToRanking: (l) => `הוספת ${l} לדירוג`,
  rowN: (n) => `שורה ${n}`,
  itemN: (n) => `רשומה ${n}`,
  from: 'מ-',
  to: 'עד',
  fileLimit: (b) => `גודל כל קובץ עד ${formatBytes(b, 'he')}.`,
  fileTooLarge: (f, b) => `לא נוסף, גדול מ-${formatBytes(b, 'he')}: ${f}`,
  signatureEmpty: 'אזור חתימה, ריק',
  signatureGiven: 'אזור חתימה, חתום',
  typeSignature: 'או הקלידו את שמכם המלא כדי לחתום',
  clearSignature: 'מחיקת החתימה',
  preview: 'עיון בתשובות',
  edit: 'עריכת התשובות',
  reviewBeforeSubmit: 'נא לעיין בתשובות שלך',
  completed: 'הסקר הושלם',
  code: {
    title: 'הקוד האישי שלך',
    intro:
      'כדי לקשר בין התשובות שלך לפני התוכנית ואחריה בלי שמך, אנו יוצרים קוד מארבעה פרטים שרק את/ה יודע/ת. נא לענות באותו אופן בפעם הבאה.',
    parentLetters: 'שתי האותיות הראשונות (באותיות לטיניות) של השם הפרטי של אמך (או של הורה)',
    parentLettersHint: 'למשל "MA" עבור Maria.',
    birthDay: 'היום בחודש שבו נולדת (1–31)',
    birthDayHint: 'היום בלבד, בלי חודש ושנה.',
    placeLetters: 'שתי האותיות הראשונות (באותיות לטיניות) של העיר שבה נולדת',
    placeLettersHint: 'למשל "HA" עבור Haifa.',
    siblings: 'מספר האחים והאחיות המבוגרים ממך (0–9)',
    siblingsHint: 'יש להזין 9 אם יש לך תשעה או יותר.',
    lettersError: 'נא להזין שתי אותיות.',
    dayError: 'נא להזין יום בין 1 ל-31.',
    siblingsError: 'נא להזין מספר בין 0 ל-9.',
    yourCode: (c) => `הקוד שלך הוא ${c}.`,
    continue: 'המשך לסקר',
  },
};

const table: Record<string, UiStrings> = { en, de, fr, ar, he };

/** Our locales; survey text may have more, in which case our strings fall back to English. */
export const UI_LOCALES = Object.keys(table);

/** `de-CH` → German, unknown → English. */
export function uiStrings(locale: string | undefined): UiStrings {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return table[lang] ?? en;
}

/** Languages written right to left (the element sets `dir="rtl"` for them). */
export function isRtl(locale: string | undefined): boolean {
  const lang = (locale ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return ['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'dv', 'ku', 'sd', 'ug'].includes(lang);
}
