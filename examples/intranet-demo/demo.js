// The demo intranet's only script (no inline script anywhere, so the pages run under a strict CSP).
// The demo programme takes part by invitation: the link `genbridge-collector demo` prints carries
// `?invite=<token>`. This script keeps the token in localStorage (so the baseline and the exit
// survey use the same invitation), takes it out of the address bar, and mounts the Genbridge
// elements with it. A real intranet would hand each employee their own link instead.
/* global document, localStorage, location, history, URLSearchParams */

const PROGRAMME = 'intranet-demo';
const INVITE_KEY = 'genbridge-demo:invitation';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The visitor's invitation token: from `?invite=` on arrival, then from localStorage. */
export function invitationToken() {
  const params = new URLSearchParams(location.search);
  const fromLink = params.get('invite');
  if (fromLink !== null) {
    if (TOKEN_PATTERN.test(fromLink)) localStorage.setItem(INVITE_KEY, fromLink);
    params.delete('invite');
    const query = params.toString();
    history.replaceState(
      null,
      '',
      `${location.pathname}${query ? `?${query}` : ''}${location.hash}`,
    );
  }
  const token = localStorage.getItem(INVITE_KEY);
  return token && TOKEN_PATTERN.test(token) ? token : null;
}

function showInvitation(token) {
  for (const el of document.querySelectorAll('[data-invitation-state]'))
    el.textContent = token ? 'received (this browser keeps it)' : 'none yet';
  for (const el of document.querySelectorAll('[data-invitation-help]')) el.hidden = Boolean(token);
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

/** Replaces each `[data-survey-slot]` with a `<genbridge-survey>` for this visitor's invitation. */
function mountSurveys(token) {
  for (const slot of document.querySelectorAll('[data-survey-slot]')) {
    if (!token) {
      slot.replaceChildren();
      const note = document.createElement('p');
      note.className = 'demo-note';
      note.textContent =
        'Demo only: this survey takes part by invitation. Open the invitation link that "npm start" printed in the terminal.';
      slot.append(note);
      continue;
    }
    const survey = document.createElement('genbridge-survey');
    survey.setAttribute('wave', slot.dataset.wave ?? 'baseline');
    survey.setAttribute('programme', PROGRAMME);
    survey.setAttribute('cohort', 'spring');
    survey.setAttribute('invitation', token);
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
      localStorage.removeItem(INVITE_KEY);
      document.location.reload();
    });
  }
}

const token = invitationToken();
showInvitation(token);
markCurrentPage();
wireReset();
mountSurveys(token);
