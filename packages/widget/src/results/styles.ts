import { css } from 'lit';

/**
 * Colours are Okabe & Ito's (2008) palette, chosen to stay distinguishable in protanopia,
 * deuteranopia and tritanopia: blue (#0072b2) and vermillion (#d55e00) on light, sky blue
 * (#56b4e9) and orange (#e69f00) on dark, each ≥ 3:1 against the surface (WCAG 1.4.11); body
 * text ≥ 7:1, secondary text ≥ 4.5:1 (checked in test/results/contrast.test.ts). Bars are
 * also told apart by position, the legend and the table, never by colour alone. Everything is
 * overridable through `--genbridge-*` custom properties.
 */
const light = css`
  --_surface: var(--genbridge-color-surface, #ffffff);
  --_text: var(--genbridge-color-text, #1a1a1a);
  --_muted: var(--genbridge-color-muted, #4a4a4a);
  --_border: var(--genbridge-color-border, #767676);
  --_grid: var(--genbridge-color-grid, #d0d0d0);
  --_baseline: var(--genbridge-color-baseline, #0072b2);
  --_exit: var(--genbridge-color-exit, #d55e00);
  --_warning-bg: var(--genbridge-color-warning-surface, #fff4e0);
  --_warning: var(--genbridge-color-warning, #8a4600);
  --_error: var(--genbridge-color-error, #a4000f);
  --_focus: var(--genbridge-color-focus, #0050a0);
  --_control: var(--genbridge-color-control, #f2f2f2);
`;

const dark = css`
  --_surface: var(--genbridge-color-surface, #121416);
  --_text: var(--genbridge-color-text, #f0f0f0);
  --_muted: var(--genbridge-color-muted, #c4c4c4);
  --_border: var(--genbridge-color-border, #8f8f8f);
  --_grid: var(--genbridge-color-grid, #3a3d42);
  --_baseline: var(--genbridge-color-baseline, #56b4e9);
  --_exit: var(--genbridge-color-exit, #e69f00);
  --_warning-bg: var(--genbridge-color-warning-surface, #3a2a10);
  --_warning: var(--genbridge-color-warning, #ffc46b);
  --_error: var(--genbridge-color-error, #ff8a8a);
  --_focus: var(--genbridge-color-focus, #8cc8ff);
  --_control: var(--genbridge-color-control, #25282c);
`;

export const resultsStyles = css`
  :host {
    ${light}
    display: block;
    container-type: inline-size;
    color-scheme: light;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--genbridge-font-family, system-ui, sans-serif);
    font-size: var(--genbridge-font-size, 1rem);
    line-height: 1.5;
    padding: var(--genbridge-spacing, 1rem);
    border-radius: var(--genbridge-radius, 0.5rem);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.375em;
  }
  h3 {
    font-size: 1.125em;
    margin-top: 1.5rem;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0.75rem 0;
  }
  select,
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_control);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.375rem 0.75rem;
    min-height: 2.75rem;
  }
  button {
    cursor: pointer;
  }
  :is(select, button):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .main {
    display: grid;
    gap: 1rem;
  }
  @container (min-width: 52rem) {
    .main {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    padding: 0;
    margin: 0 0 0.5rem;
  }
  .swatch {
    display: inline-block;
    width: 0.875rem;
    height: 0.875rem;
    margin-inline-end: 0.375rem;
    vertical-align: -0.1em;
    border: 1px solid var(--_text);
  }
  .swatch.baseline {
    background: var(--_baseline);
  }
  .swatch.exit {
    background: var(--_exit);
  }
  /* The canvas sits alone in a relatively positioned box: chart.js sizes itself to this box. */
  .chart-box {
    position: relative;
    width: 100%;
    height: var(--genbridge-chart-height, 20rem);
  }
  figcaption,
  .note {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary {
    display: grid;
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .construct {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 0.75rem;
  }
  .construct.headline {
    border-inline-start-color: var(--_baseline);
  }
  .construct p {
    margin: 0;
  }
  .badge {
    font-size: 0.75em;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 1em;
    padding: 0 0.5em;
    margin-inline-start: 0.5em;
    vertical-align: 0.1em;
  }
  .warning {
    background: var(--_warning-bg);
    color: var(--_text);
    border-inline-start: 4px solid var(--_warning);
    padding: 0.25rem 0.5rem;
    margin-top: 0.25rem !important;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 1rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--_grid);
    padding: 0.25rem 0.5rem;
    text-align: end;
    vertical-align: top;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  th {
    hyphens: auto;
  }
  thead th {
    border-bottom: 2px solid var(--_border);
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .state,
  .suppressed {
    border: 1px dashed var(--_border);
    border-radius: 0.5rem;
    padding: 1.5rem 1rem;
    text-align: center;
  }
  .state.error {
    border: 2px solid var(--_error);
    text-align: start;
  }
  .state.error h2 {
    color: var(--_error);
  }
  .issues {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
    text-align: start;
    overflow-wrap: anywhere;
  }
  .spinner {
    display: inline-block;
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--_grid);
    border-top-color: var(--_baseline);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    margin-bottom: 0.5rem;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .feedback {
    margin-top: 1.5rem;
  }
  .feedback-grid {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
  .figure-value {
    font-size: 1.75em;
    font-weight: 700;
    margin: 0;
  }
  .distribution td {
    text-align: center;
    vertical-align: bottom;
  }
  .distribution th {
    text-align: center;
  }
  .bar {
    display: block;
    margin: 0 auto 0.125rem;
    width: 0.75rem;
    height: calc(var(--share, 0) * 3rem);
    background: var(--_exit);
  }
  .open-text {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .open-text li {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* Print: light colours, no controls, the chart and the table kept together on one page. */
  @media print {
    :host {
      ${light}
      color-scheme: light;
      padding: 0;
      font-size: 10pt;
    }
    .controls,
    .downloads,
    .spinner {
      display: none;
    }
    /* Chart, then table, then the text: the two views of the numbers share the first page. */
    .print-unit {
      display: flex;
      flex-direction: column;
    }
    .main {
      display: contents;
    }
    figure {
      order: 1;
      break-inside: avoid;
      break-after: avoid;
    }
    .table-wrap {
      order: 2;
      break-inside: avoid;
      overflow: visible;
    }
    .change {
      order: 3;
    }
    .chart-box {
      height: 7cm;
    }
    canvas {
      max-width: 100% !important;
      height: auto !important;
    }
    table {
      font-size: 7.5pt;
    }
    th,
    td {
      padding: 0.1rem 0.2rem;
    }
    th[scope='row'] {
      overflow-wrap: anywhere;
    }
    .feedback {
      break-before: page;
    }
  }
`;
