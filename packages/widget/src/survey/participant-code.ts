/**
 * Self-generated participant code: four facts only the person knows and that do not change between
 * baseline and exit, combined into a code such as `MA07-HA1`. See README ("Self-generated code")
 * for the recipe and its collision rate.
 */
export interface CodeFacts {
  /** First two letters of the mother's (or a parent's) first name. */
  parentLetters: string;
  /** Day of the month of birth, 1–31. */
  birthDay: string;
  /** First two letters of the place of birth. */
  placeLetters: string;
  /** Number of older siblings, 0–9 (9 = nine or more). */
  olderSiblings: string;
}

export type CodeFactErrors = Partial<Record<keyof CodeFacts, 'letters' | 'day' | 'siblings'>>;

/**
 * Upper-case A–Z only, diacritics folded ("Émile" → "EM", "Ölbach" → "OL"), "ß" → "SS", so people
 * typing on different keyboards, or forgetting an accent, still get the same code.
 */
export function foldLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'SS')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

function twoLetters(text: string): string | undefined {
  const folded = foldLetters(text);
  return folded.length >= 2 ? folded.slice(0, 2) : undefined;
}

function intIn(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!/^\d{1,2}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

/** Field-by-field check; an empty object means the facts make a code. */
export function checkCodeFacts(facts: CodeFacts): CodeFactErrors {
  const errors: CodeFactErrors = {};
  if (!twoLetters(facts.parentLetters)) errors.parentLetters = 'letters';
  if (intIn(facts.birthDay, 1, 31) === undefined) errors.birthDay = 'day';
  if (!twoLetters(facts.placeLetters)) errors.placeLetters = 'letters';
  if (intIn(facts.olderSiblings, 0, 9) === undefined) errors.olderSiblings = 'siblings';
  return errors;
}

/** The code, or undefined when a fact is missing or malformed (see `checkCodeFacts`). */
export function selfGeneratedCode(facts: CodeFacts): string | undefined {
  const p = twoLetters(facts.parentLetters);
  const d = intIn(facts.birthDay, 1, 31);
  const c = twoLetters(facts.placeLetters);
  const s = intIn(facts.olderSiblings, 0, 9);
  if (!p || d === undefined || !c || s === undefined) return undefined;
  return `${p}${String(d).padStart(2, '0')}-${c}${s}`;
}
