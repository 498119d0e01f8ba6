// The demo intranet's only script (no inline script anywhere, so the pages run under a strict CSP).
// It gives the visitor a pseudonymous participant code, kept in localStorage so that the baseline
// and the exit survey pair up, and mounts the Genbridge elements with it.
/* global document, localStorage, crypto */

const PROGRAMME = 'intranet-demo';
const CODE_KEY = 'genbridge-demo:participant';
const CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,14}[A-Z0-9]$/;
// No 0/O, 1/I: the code is meant to be read aloud or copied by hand.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function newCode() {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `NEW-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`;
}

/** The visitor's participant code: created on the first visit, then reused on every page. */
export function participantCode() {
  let code = localStorage.getItem(CODE_KEY);
  if (!code || !CODE_PATTERN.test(code)) {
    code = newCode();
    localStorage.setItem(CODE_KEY, code);
  }
  return code;
}

function showCode(code) {
  for (const el of document.querySelectorAll('[data-participant-code]')) el.textContent = code;
}

function markCurrentPage() {
  const page = document.body.dataset.page;
  for (const link of document.querySelectorAll('.site-nav a')) {
    if (link.dataset.page === page) link.setAttribute('aria-current', 'page');
  }
}

function setStatus(text, kind) {
  const status = document.querySelector('[data-survey-status]');
  if (!status) return;
  status.textContent = text;
  status.dataset.kind = kind;
}

/** Replaces each `[data-survey-slot]` with a `<genbridge-survey>` for this visitor. */
function mountSurveys(code) {
  for (const slot of document.querySelectorAll('[data-survey-slot]')) {
    const survey = document.createElement('genbridge-survey');
    survey.setAttribute('wave', slot.dataset.wave ?? 'baseline');
    survey.setAttribute('programme', PROGRAMME);
    survey.setAttribute('cohort', 'spring');
    survey.setAttribute('participant', code);
    survey.setAttribute('endpoint', `/api/programmes/${PROGRAMME}/responses`);
    survey.setAttribute('locale', document.documentElement.lang || 'en');
    survey.addEventListener('genbridge-submitted', () => {
      const next = slot.dataset.next;
      setStatus(
        next ? `Thank you, your answers are saved. ${next}` : 'Thank you, your answers are saved.',
        'ok',
      );
    });
    survey.addEventListener('genbridge-submit-error', (event) => {
      const detail = event.detail ?? {};
      setStatus(
        detail.willRetry
          ? 'Saved on this device; sending again shortly.'
          : `Not accepted: ${detail.message ?? 'unknown error'}`,
        detail.willRetry ? 'pending' : 'error',
      );
    });
    slot.replaceWith(survey);
  }
}

function wireReset() {
  for (const button of document.querySelectorAll('[data-new-code]')) {
    button.addEventListener('click', () => {
      localStorage.setItem(CODE_KEY, newCode());
      document.location.reload();
    });
  }
}

const code = participantCode();
showCode(code);
markCurrentPage();
wireReset();
mountSurveys(code);
