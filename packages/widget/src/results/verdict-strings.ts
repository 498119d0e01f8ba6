import type { Magnitude } from './i18n.js';
import type { Verdict } from './verdict.js';

/** The words of the plain-language verdicts in English, German, French and Arabic. */

export interface SentenceParts {
  name: string;
  verdict: Verdict;
  mean: string;
  lower: string;
  upper: string;
  level: string;
  min: string;
  max: string;
  outcomes: string;
  /** The reliable-change clause, or null when no pair could be classified. */
  reliable: string | null;
}

export interface VerdictStrings {
  notAvailable: string;
  insufficient: (name: string) => string;
  /** The figures are hidden to protect anonymity (e.g. everyone gave the same answers). */
  hidden: (name: string) => string;
  /** Improved / declined shares; null for "none". */
  reliable: (improved: string | null, declined: string | null) => string;
  sentence: (p: SentenceParts) => string;
}

type Words = {
  verb: (name: string, v: Verdict) => string;
  size: Record<Magnitude, string>;
  scale: (mean: string, min: string, max: string, level: string, lo: string, hi: string) => string;
  chance: (outcomes: string) => string;
};

function compose(w: Words, p: SentenceParts, colon: string, semicolon: string): string {
  const v = p.verdict;
  const size = v.size && v.direction !== 'unclear' ? `${w.size[v.size]}` : '';
  const head = `${w.verb(p.name, v)}${size}`;
  const chance = v.certainty === 'tentative' ? w.chance(p.outcomes) : '';
  const body = `${w.scale(p.mean, p.min, p.max, p.level, p.lower, p.upper)}${chance}`;
  return `${head}${colon}${body}${p.reliable ? `${semicolon}${p.reliable}` : ''}.`;
}

const en: VerdictStrings = {
  notAvailable: 'n/a',
  insufficient: (name) => `${name}: too few matched pairs to say whether it changed.`,
  hidden: (name) =>
    `${name}: hidden to protect anonymity (showing it would reveal individual answers).`,
  reliable: (up, down) =>
    up === null && down === null
      ? 'no participant changed reliably'
      : up === null
        ? `no participant improved reliably, ${down} declined reliably`
        : `${up} of participants improved reliably, ${down === null ? 'none declined' : `${down} declined reliably`}`,
  sentence: (p) =>
    compose(
      {
        verb: (name, v) =>
          v.direction === 'unclear'
            ? `${name} showed no clear change`
            : `${name} ${v.certainty === 'clear' ? `${v.direction} clearly` : `probably ${v.direction}`}`,
        size: {
          large: ', a large change',
          medium: ', a moderate change',
          small: ', a small change',
          negligible: ', a very small change',
        },
        scale: (mean, min, max, level, lo, hi) =>
          `${mean} on the ${min}–${max} scale (${level} CI ${lo} to ${hi})`,
        chance: (m) => `, but with ${m} outcomes measured this could still be chance`,
      },
      p,
      ': ',
      '; ',
    ),
};

const de: VerdictStrings = {
  notAvailable: 'k. A.',
  insufficient: (name) =>
    `${name}: zu wenige gepaarte Antworten, um eine Veränderung zu beurteilen.`,
  hidden: (name) =>
    `${name}: zum Schutz der Anonymität ausgeblendet (die Zahlen würden einzelne Antworten verraten).`,
  reliable: (up, down) =>
    up === null && down === null
      ? 'niemand hat sich verlässlich verändert'
      : up === null
        ? `niemand hat sich verlässlich verbessert, ${down} haben sich verlässlich verschlechtert`
        : `${up} der Teilnehmenden haben sich verlässlich verbessert, ${down === null ? 'niemand hat sich verschlechtert' : `${down} verlässlich verschlechtert`}`,
  sentence: (p) =>
    compose(
      {
        verb: (name, v) =>
          v.direction === 'unclear'
            ? `${name} hat sich nicht erkennbar verändert`
            : `${name} ist ${v.certainty === 'clear' ? 'deutlich' : 'wahrscheinlich'} ${v.direction === 'rose' ? 'gestiegen' : 'gesunken'}`,
        size: {
          large: ', eine große Veränderung',
          medium: ', eine mittlere Veränderung',
          small: ', eine kleine Veränderung',
          negligible: ', eine sehr kleine Veränderung',
        },
        scale: (mean, min, max, level, lo, hi) =>
          `${mean} auf der Skala ${min}–${max} (${level}-KI ${lo} bis ${hi})`,
        chance: (m) => `, doch bei ${m} gemessenen Zielgrößen kann das noch Zufall sein`,
      },
      p,
      ': ',
      '; ',
    ),
};

const fr: VerdictStrings = {
  notAvailable: 'n.d.',
  insufficient: (name) => `${name}\u202f: trop peu de paires appariées pour conclure.`,
  hidden: (name) =>
    `${name}\u202f: masqué pour protéger l’anonymat (les chiffres révéleraient des réponses individuelles).`,
  reliable: (up, down) =>
    up === null && down === null
      ? 'personne n’a changé de façon fiable'
      : up === null
        ? `personne ne s’est amélioré de façon fiable, ${down} ont régressé de façon fiable`
        : `${up} des personnes se sont améliorées de façon fiable, ${down === null ? 'aucune n’a régressé' : `${down} ont régressé de façon fiable`}`,
  sentence: (p) =>
    compose(
      {
        verb: (name, v) =>
          v.direction === 'unclear'
            ? `${name} n’a pas changé de façon nette`
            : `${name} a ${v.certainty === 'clear' ? 'nettement' : 'probablement'} ${v.direction === 'rose' ? 'augmenté' : 'diminué'}`,
        size: {
          large: ', un changement important',
          medium: ', un changement modéré',
          small: ', un changement faible',
          negligible: ', un changement très faible',
        },
        scale: (mean, min, max, level, lo, hi) =>
          `${mean} sur l’échelle de ${min} à ${max} (IC à ${level}\u202f: ${lo} à ${hi})`,
        chance: (m) => `, mais avec ${m} indicateurs mesurés, cela peut encore relever du hasard`,
      },
      p,
      '\u202f: ',
      '\u202f; ',
    ),
};

const ar: VerdictStrings = {
  notAvailable: 'غير متاح',
  insufficient: (name) => `«${name}»: عدد الأزواج المتطابقة أقل من أن يسمح بالحكم على التغيّر.`,
  hidden: (name) => `«${name}»: مخفي لحماية إخفاء الهوية (الأرقام ستكشف إجابات فردية).`,
  reliable: (up, down) =>
    up === null && down === null
      ? 'لم يتغيّر أحد بشكل موثوق'
      : up === null
        ? `لم يتحسّن أحد بشكل موثوق، وتراجع ${down} بشكل موثوق`
        : `تحسّن ${up} من المشاركين بشكل موثوق، ${down === null ? 'ولم يتراجع أحد' : `وتراجع ${down} بشكل موثوق`}`,
  sentence: (p) =>
    compose(
      {
        verb: (name, v) =>
          v.direction === 'unclear'
            ? `لم يتغيّر «${name}» بشكل واضح`
            : `${v.direction === 'rose' ? 'ارتفع' : 'انخفض'} «${name}» ${v.certainty === 'clear' ? 'بوضوح' : 'على الأرجح'}`,
        size: {
          large: '، وهو تغيّر كبير',
          medium: '، وهو تغيّر متوسط',
          small: '، وهو تغيّر صغير',
          negligible: '، وهو تغيّر ضئيل جدًا',
        },
        scale: (mean, min, max, level, lo, hi) =>
          `${mean} على مقياس ${min}–${max} (فاصل الثقة ${level}: ${lo} إلى ${hi})`,
        chance: (m) => `، لكن مع قياس ${m} مؤشرات قد يكون ذلك مصادفة`,
      },
      p,
      ': ',
      '؛ ',
    ),
};

const catalogues: Record<string, VerdictStrings> = { en, de, fr, ar };

/** Verdict words for a locale tag (`fr-CH` → `fr`), English otherwise. */
export function verdictStrings(locale: string): VerdictStrings {
  return catalogues[(locale || 'en').toLowerCase().split('-')[0]!] ?? en;
}
