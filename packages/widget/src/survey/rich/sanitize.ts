import DOMPurify from 'dompurify';

/** DOMPurify's result type: TrustedHTML where the browser has Trusted Types. */
export type SafeHtml = ReturnType<typeof DOMPurify.sanitize>;

/**
 * The one Trusted Types policy `<genbridge-survey>` creates. Pages with
 * `require-trusted-types-for 'script'` must list it: `trusted-types lit-html genbridge-html`.
 * Its `createHTML` is handed only to DOMPurify (to parse input and to sign DOMPurify's own output),
 * so nothing unsanitised can leave this module as TrustedHTML.
 */
export const HTML_POLICY_NAME = 'genbridge-html';

interface PolicyLike {
  createHTML(s: string): string;
  createScriptURL(s: string): string;
}

let policy: PolicyLike | null | undefined;
function trustedTypesPolicy(): PolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (
    globalThis as { trustedTypes?: { createPolicy(name: string, rules: PolicyLike): PolicyLike } }
  ).trustedTypes;
  const identity = (s: string) => s;
  try {
    policy = tt
      ? tt.createPolicy(HTML_POLICY_NAME, { createHTML: identity, createScriptURL: identity })
      : null;
  } catch (err) {
    // The page's CSP does not list our policy: author HTML will be shown as text (see richHtml).
    console.warn(
      `<genbridge-survey>: Trusted Types policy "${HTML_POLICY_NAME}" refused by the page's CSP; survey HTML is shown as text.`,
      err,
    );
    policy = null;
  }
  return policy;
}

let purifier: ReturnType<typeof DOMPurify> | undefined;
function purify(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // Links open outside the survey and never get the opener.
  purifier.addHook('afterSanitizeAttributes', (node) => {
    // An author image without alt text would fail axe; unnamed, it is treated as decorative.
    if (node.tagName === 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purifier;
}

/*
 * Survey HTML sits inside our form and shadow root: no form controls (they would submit or be
 * focusable without a label), no <style> (it would restyle the whole element), no ids (they would
 * collide with ours and break aria references).
 */
const CONFIG = {
  FORBID_TAGS: [
    'style',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'object',
    'embed',
    'dialog',
  ],
  FORBID_ATTR: ['id', 'style', 'tabindex', 'autofocus', 'name', 'form', 'formaction'],
  ALLOW_DATA_ATTR: false,
  RETURN_TRUSTED_TYPE: true,
};

const cache = new Map<string, SafeHtml>();

/**
 * Sanitised survey HTML, as TrustedHTML from the `genbridge-html` policy where the browser has
 * Trusted Types, else as a string. Results are cached (a page re-renders on every keystroke).
 */
export function sanitizeHtml(dirty: string): SafeHtml {
  const hit = cache.get(dirty);
  if (hit !== undefined) return hit;
  const p = trustedTypesPolicy();
  type Config = NonNullable<Parameters<typeof DOMPurify.sanitize>[1]>;
  const config: Config = p
    ? { ...CONFIG, TRUSTED_TYPES_POLICY: p as unknown as Config['TRUSTED_TYPES_POLICY'] }
    : { ...CONFIG, RETURN_TRUSTED_TYPE: false };
  const clean: SafeHtml = purify().sanitize(dirty, config);
  if (cache.size > 200) cache.delete(cache.keys().next().value as string);
  cache.set(dirty, clean);
  return clean;
}
