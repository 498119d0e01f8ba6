import { html, nothing, type TemplateResult } from 'lit';
import type { CodeFactErrors, CodeFacts } from '../participant-code.js';
import type { UiStrings } from '../strings.js';

export interface CodeStepHandlers {
  input(field: keyof CodeFacts, value: string): void;
  submit(): void;
  accept(): void;
}

/**
 * The self-generated code step, shown when the page gives no participant code. Plain form fields,
 * each with a visible label, a hint and a linked error.
 */
export function codeStepTemplate(
  facts: CodeFacts,
  errors: CodeFactErrors,
  code: string | undefined,
  strings: UiStrings,
  on: CodeStepHandlers,
): TemplateResult {
  const s = strings.code;
  const message = { letters: s.lettersError, day: s.dayError, siblings: s.siblingsError };
  const field = (
    name: keyof CodeFacts,
    label: string,
    hint: string,
    mode: 'text' | 'numeric',
    max: number,
  ) => {
    const err = errors[name];
    return html`<div class="question text" part="question">
      <label class="title" part="question-title" for="code-${name}">${label}</label>
      <p class="description" part="question-description" id="code-${name}-hint">${hint}</p>
      <input
        id="code-${name}"
        part="input"
        type="text"
        inputmode=${mode}
        autocomplete="off"
        spellcheck="false"
        maxlength=${max}
        required
        aria-describedby="code-${name}-hint${err ? ` code-${name}-err` : ''}"
        aria-invalid=${err ? 'true' : nothing}
        .value=${facts[name]}
        @input=${(e: Event) => on.input(name, (e.target as HTMLInputElement).value)}
      />
      ${err ? html`<div class="errors" part="error" id="code-${name}-err"><p>${message[err]}</p></div>` : nothing}
    </div>`;
  };
  if (code) {
    return html`<section class="code-step" part="code-step" aria-labelledby="code-title">
      <h2 id="code-title" tabindex="-1" part="page-title">${s.title}</h2>
      <p class="code" part="code" role="status">${s.yourCode(code)}</p>
      <div class="nav" part="navigation">
        <button type="button" class="primary" part="button button-next" @click=${on.accept}>
          ${s.continue}
        </button>
      </div>
    </section>`;
  }
  return html`<form
    class="code-step page"
    part="code-step"
    novalidate
    aria-labelledby="code-title"
    @submit=${(e: Event) => {
      e.preventDefault();
      on.submit();
    }}
  >
    <h2 id="code-title" tabindex="-1" part="page-title">${s.title}</h2>
    <p class="description" part="page-description">${s.intro}</p>
    ${field('parentLetters', s.parentLetters, s.parentLettersHint, 'text', 40)}
    ${field('birthDay', s.birthDay, s.birthDayHint, 'numeric', 2)}
    ${field('placeLetters', s.placeLetters, s.placeLettersHint, 'text', 40)}
    ${field('olderSiblings', s.siblings, s.siblingsHint, 'numeric', 1)}
    <div class="nav" part="navigation">
      <button type="submit" class="primary" part="button button-next">${strings.next}</button>
    </div>
  </form>`;
}
