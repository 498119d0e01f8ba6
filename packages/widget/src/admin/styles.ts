import { css } from 'lit';

/**
 * The console's look, from the same `--genbridge-*` tokens as the other elements. Text colours
 * keep ≥ 4.5:1 against the surface in both schemes (WCAG 2.2 AA); focus is always visible.
 */
export const adminStyles = css`
  :host {
    --_surface: var(--genbridge-color-surface, #ffffff);
    --_text: var(--genbridge-color-text, #1a1a1a);
    --_muted: var(--genbridge-color-muted, #4a4a4a);
    --_border: var(--genbridge-color-border, #767676);
    --_control: var(--genbridge-color-control, #f2f2f2);
    --_accent: var(--genbridge-color-accent, #0050a0);
    --_on-accent: #ffffff;
    --_error: var(--genbridge-color-error, #a4000f);
    --_warning-bg: var(--genbridge-color-warning-surface, #fff4e0);
    --_warning: var(--genbridge-color-warning, #7a3e00);
    --_focus: var(--genbridge-color-focus, #0050a0);
    display: block;
    color-scheme: light;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--genbridge-font-family, system-ui, sans-serif);
    font-size: var(--genbridge-font-size, 1rem);
    line-height: 1.5;
    padding: var(--genbridge-spacing, 1rem);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_surface: var(--genbridge-color-surface, #121416);
      --_text: var(--genbridge-color-text, #f0f0f0);
      --_muted: var(--genbridge-color-muted, #c4c4c4);
      --_border: var(--genbridge-color-border, #8f8f8f);
      --_control: var(--genbridge-color-control, #25282c);
      --_accent: var(--genbridge-color-accent, #8cc8ff);
      --_on-accent: #0b1a2a;
      --_error: var(--genbridge-color-error, #ff8a8a);
      --_warning-bg: var(--genbridge-color-warning-surface, #3a2a10);
      --_warning: var(--genbridge-color-warning, #ffc46b);
      --_focus: var(--genbridge-color-focus, #8cc8ff);
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    --_surface: var(--genbridge-color-surface, #121416);
    --_text: var(--genbridge-color-text, #f0f0f0);
    --_muted: var(--genbridge-color-muted, #c4c4c4);
    --_border: var(--genbridge-color-border, #8f8f8f);
    --_control: var(--genbridge-color-control, #25282c);
    --_accent: var(--genbridge-color-accent, #8cc8ff);
    --_on-accent: #0b1a2a;
    --_error: var(--genbridge-color-error, #ff8a8a);
    --_warning-bg: var(--genbridge-color-warning-surface, #3a2a10);
    --_warning: var(--genbridge-color-warning, #ffc46b);
    --_focus: var(--genbridge-color-focus, #8cc8ff);
    color-scheme: dark;
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.2rem;
    margin: 1.25rem 0 0.5rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    justify-content: space-between;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    padding: 0;
    margin: 0.5rem 0 1rem;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--_control);
    border: 1px solid var(--_border);
    border-radius: var(--genbridge-radius, 0.375rem);
    padding: 0.375rem 0.75rem;
    cursor: pointer;
    min-height: 2.25rem;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button[aria-current='page'] {
    font-weight: 700;
    border-width: 2px;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  :is(button, input, select, textarea, a, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  input,
  select,
  textarea {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.375rem;
  }
  form,
  .field {
    display: grid;
    gap: 0.75rem;
    max-width: 40rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
  }
  fieldset label {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
  }
  .muted {
    color: var(--_muted);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  [role='alert'],
  .error {
    color: var(--_error);
  }
  .panel {
    border: 1px solid var(--_border);
    border-radius: var(--genbridge-radius, 0.375rem);
    padding: 0.75rem 1rem;
    margin: 0.75rem 0;
  }
  .demo {
    background: var(--_warning-bg);
    color: var(--_warning);
    border-color: var(--_warning);
  }
  .status {
    min-height: 1.5rem;
  }
  progress {
    inline-size: 10rem;
  }
  /* A field that belongs to the choice above it (the count, the list file) sits under its radio. */
  .indented {
    margin-inline-start: 1.75rem;
  }
  .hint {
    margin-block: 0;
    font-size: 0.9rem;
  }
  .list-errors ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
