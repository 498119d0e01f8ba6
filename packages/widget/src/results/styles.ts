import { css } from 'lit';
import { colorTokens, focusRing, themeRules } from '../internal/tokens.js';

/** Styles of `<genbridge-results>`; colours come from the shared token set (internal/tokens.ts). */
export const resultsStyles = css`
  :host {
    ${colorTokens}
    display: block;
    container-type: inline-size;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--genbridge-font-family, system-ui, sans-serif);
    font-size: var(--genbridge-font-size, 1rem);
    line-height: 1.5;
    padding: var(--genbridge-spacing, 1rem);
    border-radius: var(--genbridge-radius, 0.5rem);
  }
  ${themeRules}
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
  /* Long group names (German, "(hidden)") must not push the page sideways on a phone. */
  select {
    max-width: 100%;
    min-width: 0;
  }
  .controls label {
    flex: none;
  }
  /* Every focus stop, in every state: the ring is the focus colour, never the error colour. */
  :is(select, button, summary, .table-wrap):focus-visible {
    ${focusRing}
  }
  .table-wrap:focus-visible {
    outline-offset: -3px;
  }
  .main {
    display: grid;
    gap: 1rem;
  }
  /* Bars and the change view side by side on wide screens; the text runs full width below. */
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
  .forest h3 {
    margin-top: 0;
    font-size: 1em;
  }
  .plot {
    display: grid;
    gap: 0.375rem;
  }
  .forest-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(6rem, 3fr) auto;
    gap: 0.5rem;
    align-items: center;
  }
  .forest-row .name {
    overflow-wrap: anywhere;
    hyphens: auto;
    font-size: 0.9em;
  }
  .forest-row .value {
    font-variant-numeric: tabular-nums;
    font-size: 0.9em;
    min-width: 3.5em;
    text-align: end;
  }
  /* The numeric axis runs left to right in every language, like the bar chart's. */
  .track {
    position: relative;
    direction: ltr;
    height: 1.5rem;
  }
  .track .zero {
    position: absolute;
    top: 0;
    bottom: 0;
    left: calc(var(--zero) * 1%);
    width: 0;
    border-left: 1px dashed var(--_muted);
  }
  .track .ci {
    position: absolute;
    top: calc(50% - 1.5px);
    height: 3px;
    left: calc(var(--lo) * 1%);
    width: calc((var(--hi) - var(--lo)) * 1%);
    background: var(--_text);
  }
  .track .point {
    position: absolute;
    top: calc(50% - 0.4rem);
    left: calc(var(--at) * 1% - 0.4rem);
    width: 0.8rem;
    height: 0.8rem;
    border-radius: 50%;
    background: var(--_exit);
    border: 1px solid var(--_text);
    box-sizing: border-box;
  }
  .forest-axis {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(6rem, 3fr) auto;
    gap: 0.5rem;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .forest-axis span:first-child {
    grid-column: 2;
    justify-self: start;
    direction: ltr;
  }
  .forest-axis span:nth-child(2) {
    grid-column: 2;
    grid-row: 1;
    justify-self: center;
  }
  .forest-axis span:last-child {
    grid-column: 2;
    grid-row: 1;
    justify-self: end;
    direction: ltr;
  }
  .verdict {
    font-weight: 500;
  }
  .mde {
    margin-top: 0.75rem;
    color: var(--_muted);
    font-size: 0.9em;
  }
  details {
    margin-top: 1rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    border-radius: 0.25rem;
    padding: 0.25rem 0;
    min-height: 1.5rem;
  }
  .panel {
    margin-top: 1.5rem;
  }
  .panel h3 {
    margin-top: 0;
  }
  .glossary dt {
    font-weight: 600;
    margin-top: 0.5rem;
  }
  .glossary dd {
    margin: 0;
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
  .retry {
    margin-top: 0.5rem;
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
  /* Eleven answer columns (0–10) must fit a 288 px card: fixed layout, small type. */
  .distribution {
    table-layout: fixed;
    width: 100%;
    font-size: 0.8em;
  }
  .distribution :is(td, th) {
    text-align: center;
    vertical-align: bottom;
    padding: 0.125rem 0;
    overflow-wrap: anywhere;
  }
  .distribution th[scope='row'] {
    width: 4.5em;
    text-align: start;
    hyphens: auto;
  }
  .bar {
    display: block;
    margin: 0 auto 0.125rem;
    width: 0.75rem;
    height: calc(var(--share, 0) * 3rem);
    background: var(--_exit);
  }
  .answers {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  .answers caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  .answers :is(td, th) {
    text-align: start;
    padding: 0.125rem 0.25rem;
    overflow-wrap: anywhere;
  }
  .answers td {
    white-space: nowrap;
  }
  .hbar {
    display: inline-block;
    vertical-align: middle;
    margin-inline-end: 0.25rem;
    width: calc(var(--share, 0) * 5rem);
    height: 0.6rem;
    background: var(--_exit);
  }
  h5 {
    margin: 0 0 0.25rem;
    font-size: 1em;
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
  /* Print: light colours (themeRules), no controls; chart, change view and table kept together. */
  @media print {
    :host {
      padding: 0;
      font-size: 10pt;
    }
    .controls,
    .downloads,
    .spinner,
    .retry,
    details {
      display: none;
    }
    .main {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    figure {
      break-inside: avoid;
    }
    .table-wrap {
      break-inside: avoid;
      overflow: visible;
    }
    .chart-box {
      height: 7cm;
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
    /* Panel tables print whole (no scroller), so they take the page width and wrap their cells. */
    .panel-table {
      width: 100%;
      table-layout: fixed;
    }
    .panel-table th,
    .panel-table td {
      overflow-wrap: anywhere;
    }
  }
  /* A narrow print (a phone's "save as PDF"): one column, as on a narrow screen. */
  @media print and (max-width: 30rem) {
    .main {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
