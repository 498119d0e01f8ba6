import { html, nothing, type TemplateResult } from 'lit';
import type { StateStrings } from './state-strings.js';

/** States the completion screen does not cover: told plainly, with the one action that helps. */
export type SurveyState =
  | { kind: 'completed-before'; date: string; canAnswerAgain: boolean }
  | { kind: 'refused' }
  | { kind: 'not-ready' }
  | { kind: 'contact-team' }
  | { kind: 'invitation-problem' };

export interface SurveyStateHandlers {
  review(): void;
  answerAgain(): void;
}

export function surveyStateTemplate(
  state: SurveyState,
  st: StateStrings,
  reviewLabel: string,
  on: SurveyStateHandlers,
): TemplateResult {
  if (state.kind === 'completed-before') {
    return html`<section class="completion" part="completion" aria-labelledby="completion-title">
      <h2 id="completion-title" tabindex="-1" part="completion-title">
        ${st.completedOn(state.date)}
      </h2>
      <p part="status" role="status">${st.completedIntro}</p>
      ${
        state.canAnswerAgain
          ? html`<button
              type="button"
              class="secondary"
              part="button button-answer-again"
              @click=${on.answerAgain}
            >
              ${st.answerAgain}
            </button>`
          : nothing
      }
    </section>`;
  }
  const message = {
    refused: st.refused,
    'not-ready': st.notReady,
    'contact-team': st.contactTeam,
    'invitation-problem': st.invitationProblem,
  }[state.kind];
  const canReview = state.kind === 'refused' || state.kind === 'not-ready';
  return html`<section class="completion" part="completion" aria-labelledby="completion-title">
    <h2 id="completion-title" tabindex="-1" part="completion-title">${st.notSentTitle}</h2>
    <p class="status rejected" part="status error" role="alert">${message}</p>
    ${
      canReview
        ? html`<button
            type="button"
            class="primary"
            part="button button-review"
            @click=${on.review}
          >
            ${reviewLabel}
          </button>`
        : nothing
    }
  </section>`;
}
