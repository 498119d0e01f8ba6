import { css } from 'lit';

/**
 * Rules for the question types beyond Likert scales, and for author HTML. Logical properties
 * (`inline-start`, `inline-end`) only, so `dir="rtl"` mirrors every layout without extra rules.
 */
export const questionTypeStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    background: transparent;
    color: var(--_accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.55;
  }
  button.compact,
  .rank-actions button,
  .tag-remove {
    padding: 0.1em 0.55em;
    border-width: 1px;
    min-width: 2.25em;
    min-height: 2.25em;
  }
  .number {
    color: var(--_muted);
  }
  /* colCount */
  .options.cols-flow {
    flex-flow: row wrap;
  }
  .options.cols-2,
  .options.cols-3,
  .options.cols-4,
  .options.cols-5 {
    display: grid;
  }
  .options.cols-2 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .options.cols-3 {
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .options.cols-4 {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  .options.cols-5 {
    grid-template-columns: repeat(5, minmax(0, 1fr));
  }
  @container (max-width: 34rem) {
    .options.cols-3,
    .options.cols-4,
    .options.cols-5 {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  .option:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_muted);
  }
  .other-comment,
  .comment-area {
    margin-top: 0.5em;
  }
  .comment-label {
    display: block;
    margin-bottom: 0.25em;
  }
  /* Notifications: warnings and info notes from validators never block. */
  .errors p.warning,
  .errors p.info {
    color: var(--_text);
    font-weight: 400;
    border-inline-start: 4px solid var(--_muted);
    padding-inline-start: 0.5em;
  }
  .errors p.warning {
    border-inline-start-color: var(--_error);
  }
  /* Panels */
  .panel {
    margin: 0 0 calc(var(--_gap) * 1.5);
    padding: var(--_gap);
    border: 1px solid var(--_surface);
    border-inline-start: 4px solid var(--_border);
    border-radius: var(--_radius);
  }
  .panel .panel {
    padding-block: calc(var(--_gap) * 0.5);
  }
  .panel-title {
    font-size: 1.05em;
    margin: 0 0 0.5em;
  }
  .disclosure {
    border: 0;
    padding: 0.25em 0;
    font-weight: 600;
    color: var(--_text);
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    text-align: start;
  }
  .disclosure::before {
    content: '▸';
    color: var(--_accent);
  }
  :host(:dir(rtl)) .disclosure::before,
  [dir='rtl'] .disclosure::before {
    content: '◂';
  }
  .disclosure[aria-expanded='true']::before {
    content: '▾';
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_border);
    margin-bottom: 0.75em;
  }
  [role='tab'] {
    border-width: 1px;
    border-radius: var(--_radius) var(--_radius) 0 0;
    padding: 0.35em 0.9em;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .empty {
    color: var(--_muted);
    font-style: italic;
  }
  /* Tagbox */
  .combo {
    position: relative;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    list-style: none;
    margin: 0 0 0.4em;
    padding: 0;
  }
  .tag {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-inline-start: 0.5em;
  }
  .listbox {
    position: absolute;
    inset-inline: 0;
    z-index: 2;
    max-height: 14em;
    overflow: auto;
    margin: 0.2em 0 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .listbox [role='option'] {
    padding: 0.35em 0.75em;
    cursor: pointer;
  }
  .listbox [role='option'][aria-selected='true']::before {
    content: '✓ ';
  }
  .listbox [role='option'].active {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .listbox [aria-disabled='true'] {
    color: var(--_muted);
  }
  /* Ranking */
  .rank-list,
  .rank-pool {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }
  .rank-pool {
    margin-top: 0.75em;
  }
  .rank-item {
    display: flex;
    align-items: center;
    gap: 0.6em;
    padding: 0.35em 0.5em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .rank-no {
    font-weight: 700;
    min-width: 1.5em;
    text-align: center;
  }
  .rank-label {
    flex: 1;
  }
  .rank-actions {
    display: inline-flex;
    gap: 0.25em;
  }
  /* Images */
  .image-options {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  .image-option {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.35em;
    padding: 0.4em;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .image-option:has(input:checked) {
    border-color: var(--_accent);
  }
  .image-option img,
  .image-option video {
    width: 10rem;
    max-width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  figure.image {
    margin-inline: 0;
  }
  figure.image img,
  figure.image video {
    max-width: 100%;
    height: auto;
  }
  /* Multiple text */
  .multipletext .items {
    display: grid;
    gap: 0.6em;
  }
  .multipletext label {
    display: block;
    margin-bottom: 0.2em;
  }
  /* Dropdown / dynamic matrices */
  .table-scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    padding: 0.35em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_surface);
  }
  thead th {
    color: var(--_muted);
    font-size: 0.9em;
  }
  td.cell .question {
    margin: 0;
  }
  td.cell .title,
  td.cell .question-title {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .matrixdropdown > button,
  .paneldynamic > button,
  .dynamic-panel > button,
  .row-actions button {
    padding: 0.3em 0.9em;
  }
  /* Slider */
  .slider-row {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }
  .slider-row input[type='range'] {
    flex: 1;
    accent-color: var(--_accent);
  }
  .slider-end {
    color: var(--_muted);
    font-size: 0.9em;
  }
  output {
    min-width: 3ch;
    font-weight: 600;
  }
  /* File */
  .files {
    list-style: none;
    padding: 0;
    margin: 0.5em 0 0;
    display: grid;
    gap: 0.35em;
  }
  .files li {
    display: flex;
    align-items: center;
    gap: 0.6em;
  }
  .files img {
    width: 3rem;
    height: 3rem;
    object-fit: cover;
  }
  /* Signature pad */
  canvas {
    display: block;
    max-width: 100%;
    height: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    touch-action: none;
    background: #ffffff;
  }
  .typed-signature {
    margin: 0.5em 0;
  }
  .typed-signature label {
    display: block;
    margin-bottom: 0.2em;
  }
  /* Survey header, author HTML */
  .survey-header {
    display: flex;
    align-items: center;
    gap: var(--_gap);
    margin-bottom: var(--_gap);
  }
  .survey-header.logo-end {
    flex-direction: row-reverse;
    justify-content: space-between;
  }
  .logo {
    max-width: 12rem;
    height: auto;
  }
  .rich img {
    max-width: 100%;
    height: auto;
  }
  .rich a {
    color: var(--_accent);
  }
  .rich > :first-child {
    margin-top: 0;
  }
  .completed-html:focus {
    outline: none;
  }
  .progress-buttons ol {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .progress-buttons [aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
  }
  .step-no {
    display: inline-grid;
    place-items: center;
    width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 1px solid var(--_border);
  }
`;
