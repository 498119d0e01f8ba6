import { css } from 'lit';

/**
 * The one token set of every Genbridge element. A host page passes its colours through the public
 * `--genbridge-*` custom properties; each element reads them through private `--_*` names whose
 * defaults come in a light and a dark variant, chosen with CSS `light-dark()` by the element's
 * `color-scheme`. `color-scheme` is inherited, so by default an element follows its page: light
 * unless the page opts into dark (`color-scheme: dark` or `light dark` on `:root`, or
 * `<meta name="color-scheme">`). `theme="auto"` follows the operating system, `theme="light"` /
 * `"dark"` force one.
 *
 * Colours are Okabe & Ito's (2008) palette, chosen to stay distinguishable in protanopia,
 * deuteranopia and tritanopia: blue (#0072b2) and vermillion (#d55e00) on light, sky blue
 * (#56b4e9) and orange (#e69f00) on dark, each ≥ 3:1 against the surface (WCAG 1.4.11); body
 * text ≥ 7:1, secondary text ≥ 4.5:1 (checked in test/results/contrast.test.ts).
 */
export const colorTokens = css`
  --_surface: var(--genbridge-color-surface, light-dark(#ffffff, #121416));
  --_text: var(--genbridge-color-text, light-dark(#1a1a1a, #f0f0f0));
  --_muted: var(--genbridge-color-muted, light-dark(#4a4a4a, #c4c4c4));
  --_border: var(--genbridge-color-border, light-dark(#767676, #8f8f8f));
  --_grid: var(--genbridge-color-grid, light-dark(#d0d0d0, #3a3d42));
  --_baseline: var(--genbridge-color-baseline, light-dark(#0072b2, #56b4e9));
  --_exit: var(--genbridge-color-exit, light-dark(#d55e00, #e69f00));
  --_warning-bg: var(--genbridge-color-warning-surface, light-dark(#fff4e0, #3a2a10));
  --_warning: var(--genbridge-color-warning, light-dark(#8a4600, #ffc46b));
  --_error: var(--genbridge-color-error, light-dark(#a4000f, #ff8a8a));
  --_focus: var(--genbridge-color-focus, light-dark(#0050a0, #8cc8ff));
  --_control: var(--genbridge-color-control, light-dark(#f2f2f2, #25282c));
`;

/** `:host` rules for the `theme` attribute; without one the page's `color-scheme` is inherited. */
export const themeRules = css`
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
    }
  }
`;

/**
 * The focus ring of every control: two rings (focus colour outside, surface inside) so it stays
 * visible on any background, including next to an error outline, whose colour it never takes.
 */
export const focusRing = css`
  outline: 3px solid var(--_focus);
  outline-offset: 2px;
  box-shadow: 0 0 0 2px var(--_surface);
`;

/**
 * Resolves a token to a concrete colour (`rgb(…)`) in the element's own colour scheme, for code
 * that draws outside CSS (canvas, exported SVG). `light-dark()` only resolves in a styled element.
 */
export function resolveColor(
  root: ShadowRoot | HTMLElement,
  token: string,
  fallback: string,
): string {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.setProperty('color', `var(${token}, ${fallback})`);
  root.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || fallback;
}
