/* global document, location, window */
// Page A of the outbox test: one plain survey posting to the test endpoint named in `?endpoint=`.
const endpoint = new URL(location.href).searchParams.get('endpoint');
const survey = document.createElement('genbridge-survey');
survey.setAttribute('wave', 'exit');
survey.setAttribute('programme', 'outbox-test');
survey.setAttribute('participant', 'OUTB-0001');
survey.setAttribute('endpoint', endpoint);
survey.surveyJson = {
  pages: [{ name: 'p1', elements: [{ type: 'comment', name: 'note', title: 'A note' }] }],
};
window.submitErrors = [];
survey.addEventListener('genbridge-submit-error', (e) => window.submitErrors.push(e.detail));
document.querySelector('main').append(survey);
