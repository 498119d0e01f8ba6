/**
 * Wording of the survey's states around delivery: already completed, queued on this device,
 * unreachable server, refused answers. Plain sentences for participants: no field names, no HTTP.
 * (Kept apart from `strings.ts`, which the question renderer owns; same locale resolution.)
 */
export interface StateStrings {
  completedOn: (date: string) => string;
  completedIntro: string;
  answerAgain: string;
  /** Heading while the answers are only on this device: never "received" or "recorded". */
  notSentTitle: string;
  queued: (seconds: number) => string;
  stillOffline: string;
  contactTeam: string;
  invitationProblem: string;
  refused: string;
  notReady: string;
}

const en: StateStrings = {
  completedOn: (d) => `You already completed this survey on ${d}.`,
  completedIntro: 'Thank you. There is nothing more to do here.',
  answerAgain: 'Change my answers',
  notSentTitle: 'Your answers are not sent yet',
  queued: (s) =>
    `They are kept only on this device and will be sent automatically when the connection works${s > 0 ? ` (next try in ${s} s)` : ''}. Please open this page again later if you close it now.`,
  stillOffline: 'Still no connection. Your answers stay on this device; we will try again.',
  contactTeam:
    'We could not deliver your answers several times. They are kept on this device. Please tell the programme team that the survey cannot reach its server.',
  invitationProblem:
    'Your invitation link is not valid for this survey any more. Please ask the programme team for a new one.',
  refused: 'Some answers could not be accepted. Please check them and submit again.',
  notReady: 'Some answers are missing or not valid. Please check the questions marked in red.',
};

const de: StateStrings = {
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

const fr: StateStrings = {
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

const ar: StateStrings = {
  completedOn: (d) => `لقد أكملت هذا الاستبيان بالفعل في ${d}.`,
  completedIntro: 'شكرًا لك. لا يوجد ما تفعله هنا بعد الآن.',
  answerAgain: 'تعديل إجاباتي',
  notSentTitle: 'لم تُرسَل إجاباتك بعد',
  queued: (s) =>
    `إنها محفوظة على هذا الجهاز فقط، وستُرسَل تلقائيًا عندما يعمل الاتصال${s > 0 ? ` (المحاولة التالية بعد ${s} ث)` : ''}. إذا أغلقت هذه الصفحة الآن، فيُرجى فتحها مرة أخرى لاحقًا.`,
  stillOffline: 'لا يوجد اتصال حتى الآن. تبقى إجاباتك على هذا الجهاز، وسنحاول مرة أخرى.',
  contactTeam:
    'تعذّر إيصال إجاباتك عدة مرات. إنها محفوظة على هذا الجهاز. يُرجى إبلاغ فريق البرنامج بأن الاستبيان لا يستطيع الوصول إلى خادمه.',
  invitationProblem: 'رابط دعوتك لم يعد صالحًا لهذا الاستبيان. يُرجى طلب رابط جديد من فريق البرنامج.',
  refused: 'تعذّر قبول بعض الإجابات. يُرجى مراجعتها وإرسالها مرة أخرى.',
  notReady: 'بعض الإجابات ناقصة أو غير صالحة. يُرجى مراجعة الأسئلة المميّزة باللون الأحمر.',
};

const he: StateStrings = {
  completedOn: (d) => `כבר מילאת את הסקר הזה ב-${d}.`,
  completedIntro: 'תודה. אין כאן עוד מה לעשות.',
  answerAgain: 'שינוי התשובות שלי',
  notSentTitle: 'התשובות שלך עדיין לא נשלחו',
  queued: (s) =>
    `הן שמורות רק במכשיר הזה ויישלחו אוטומטית כשהחיבור יעבוד${s > 0 ? ` (הניסיון הבא בעוד ${s} שנ׳)` : ''}. אם תסגרו את הדף עכשיו, נא לפתוח אותו שוב מאוחר יותר.`,
  stillOffline: 'עדיין אין חיבור. התשובות שלך נשארות במכשיר הזה; ננסה שוב.',
  contactTeam:
    'לא הצלחנו למסור את התשובות שלך כמה פעמים. הן שמורות במכשיר הזה. נא לספר לצוות התוכנית שהסקר אינו מגיע לשרת שלו.',
  invitationProblem: 'קישור ההזמנה שלך כבר אינו תקף לסקר הזה. נא לבקש קישור חדש מצוות התוכנית.',
  refused: 'חלק מהתשובות לא התקבלו. נא לבדוק אותן ולשלוח שוב.',
  notReady: 'חלק מהתשובות חסרות או אינן תקינות. נא לבדוק את השאלות המסומנות באדום.',
};

const TABLE: Record<string, StateStrings> = { en, de, fr, ar, he };

export function stateStrings(locale: string | undefined): StateStrings {
  const lang = (locale ?? 'en').split(/[-_]/)[0]!.toLowerCase();
  return TABLE[lang] ?? en;
}

/** A date as the participant's locale writes it ("30 November 2026"). */
export function formatDay(iso: string, locale: string | undefined): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
