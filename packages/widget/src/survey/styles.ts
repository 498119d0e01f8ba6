import { css } from 'lit';
import { questionTypeStyles } from './styles/question-types.js';

/**
 * All styling of <genbridge-survey>: constructable stylesheets (no inline styles, so strict CSP
 * `style-src 'self'` pages work). Every public knob is a `--genbridge-*` custom property read
 * through a private `--_*` alias, so dark-mode defaults can change without overriding the page's
 * own values. Default colours meet WCAG 2.2 AA: text ≥ 4.5:1, controls and focus ring ≥ 3:1.
 */
const baseStyles = css`
  :host {
    --_font: var(
      --genbridge-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_size: var(--genbridge-font-size, 1rem);
    --_text: var(--genbridge-text-color, #1f2328);
    --_muted: var(--genbridge-muted-color, #57606a);
    --_bg: var(--genbridge-background, #ffffff);
    --_surface: var(--genbridge-surface, #f6f8fa);
    --_border: var(--genbridge-border-color, #6e7781);
    --_accent: var(--genbridge-accent-color, #0b5cad);
    --_on-accent: var(--genbridge-accent-text-color, #ffffff);
    --_error: var(--genbridge-error-color, #b3261e);
    --_focus: var(--genbridge-focus-color, #0b5cad);
    --_radius: var(--genbridge-radius, 6px);
    --_gap: var(--genbridge-spacing, 1rem);
    --_max: var(--genbridge-max-width, 48rem);
    --_motion: 150ms;

    display: block;
    box-sizing: border-box;
    max-width: var(--_max);
    color: var(--_text);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.5;
    container-type: inline-size;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--genbridge-text-color, #e6edf3);
      --_muted: var(--genbridge-muted-color, #9da7b3);
      --_bg: var(--genbridge-background, #0d1117);
      --_surface: var(--genbridge-surface, #161b22);
      --_border: var(--genbridge-border-color, #8b949e);
      --_accent: var(--genbridge-accent-color, #58a6ff);
      --_on-accent: var(--genbridge-accent-text-color, #0d1117);
      --_error: var(--genbridge-error-color, #ff7b72);
      --_focus: var(--genbridge-focus-color, #58a6ff);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0s;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    padding: var(--_gap);
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_gap) * 0.75);
    line-height: 1.25;
  }
  .survey-title {
    font-size: 1.5em;
  }
  .page-title {
    font-size: 1.2em;
  }
  h2:focus,
  h3:focus {
    outline: none;
  }
  .hint,
  .description {
    color: var(--_muted);
    margin: 0 0 calc(var(--_gap) * 0.5);
    font-size: 0.95em;
  }
  .progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_gap) * 0.75);
    margin-bottom: var(--_gap);
    color: var(--_muted);
    font-size: 0.9em;
  }
  progress {
    flex: 1;
    height: 0.5rem;
    accent-color: var(--_accent);
  }
  .question {
    margin: 0 0 calc(var(--_gap) * 1.5);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .title {
    display: block;
    font-weight: 600;
    margin: 0 0 0.4em;
    padding: 0;
  }
  .required {
    color: var(--_error);
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .scale .options {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    cursor: pointer;
    padding: 0.35em 0.5em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    transition:
      background-color var(--_motion),
      border-color var(--_motion);
  }
  .scale .option {
    flex-direction: column;
    text-align: center;
    justify-content: flex-start;
    background: var(--_surface);
    font-size: 0.9em;
  }
  .option:hover {
    border-color: var(--_border);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
  }
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--_accent);
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    flex: none;
  }
  .extremes {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.85em;
  }
  input:not([type='radio']):not([type='checkbox']):not([type='range']):not([type='file']):not(
      [type='color']
    ),
  textarea,
  select {
    display: block;
    width: 100%;
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.6em;
  }
  textarea {
    resize: vertical;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [aria-invalid='true'] input[type='radio'],
  input[aria-invalid='true'],
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    outline: 2px solid var(--_error);
    outline-offset: 1px;
  }
  .errors {
    color: var(--_error);
    font-weight: 600;
    margin-top: 0.4em;
  }
  .errors p {
    margin: 0;
  }
  .matrix-head,
  .matrix-row {
    display: grid;
    grid-template-columns: minmax(8rem, 2fr);
    grid-auto-flow: column;
    grid-auto-columns: minmax(0, 1fr);
    align-items: center;
    gap: 0.25em;
    padding: 0.35em 0;
    border-bottom: 1px solid var(--_surface);
  }
  .matrix-head {
    color: var(--_muted);
    font-size: 0.85em;
    text-align: center;
  }
  .matrix-row[aria-invalid='true'] .row-label {
    color: var(--_error);
  }
  .matrix-row .option {
    justify-content: center;
  }
  .cell-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Narrow containers: scales and matrix rows stack, and every option shows its own label. */
  @container (max-width: 34rem) {
    .scale .options {
      grid-auto-flow: row;
    }
    .scale .option {
      flex-direction: row;
      text-align: start;
    }
    .matrix-head {
      display: none;
    }
    .matrix-row {
      grid-template-columns: 1fr;
      grid-auto-flow: row;
    }
    .matrix-row .option {
      justify-content: flex-start;
    }
    .cell-label {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
    }
  }
  .nav {
    display: flex;
    gap: calc(var(--_gap) * 0.75);
    justify-content: flex-end;
    margin-top: var(--_gap);
  }
  button {
    font: inherit;
    font-weight: 600;
    border-radius: var(--_radius);
    padding: 0.55em 1.4em;
    cursor: pointer;
    border: 2px solid var(--_accent);
    transition: filter var(--_motion);
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:hover {
    filter: brightness(1.1);
  }
  .completion .status {
    margin: 0 0 var(--_gap);
  }
  .completion .status.rejected,
  .completion .status.invalid {
    color: var(--_error);
    font-weight: 600;
  }
  .code {
    font-size: 1.2em;
    font-weight: 600;
  }
  .unsupported {
    color: var(--_error);
  }
`;

/** Base styles, then the per-type rules (panels, matrices, ranking, …) from `styles/`. */
export const surveyStyles = [baseStyles, questionTypeStyles];
