/* global window, document, customElements, setTimeout, parent */
// Drives the bundled <genbridge-survey> through the exit survey on the strict-CSP page, including
// a visibleIf reveal and the completion screen, then posts what happened to the parent test.
const report = window.__cspReport;
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

async function run() {
  await customElements.whenDefined('genbridge-survey');
  const el = document.querySelector('genbridge-survey');
  await el.surveyReady;
  const root = el.shadowRoot;
  const steps = [];
  let completed = false;
  let matrixShown = false;
  el.addEventListener('genbridge-complete', () => (completed = true));
  for (let page = 0; page < 12 && !completed; page++) {
    for (let round = 0; round < 3; round++) {
      const open = [...root.querySelectorAll('[role="radiogroup"]')].filter(
        (g) => !g.querySelector('input:checked'),
      );
      if (!open.length) break;
      for (const g of open) g.querySelector('input').click();
      await wait(0);
      await el.updateComplete;
    }
    if (root.querySelector('.matrix-row')) matrixShown = true;
    steps.push(root.querySelector('#page-title')?.textContent ?? '');
    const button = root.querySelector('[part~="button-complete"], [part~="button-next"]');
    button.click();
    await wait(0);
    await el.updateComplete;
  }
  // Completing builds the response in a chunk fetched once the survey is idle; a driver this fast
  // can get there first, so give the chunk time to arrive (generously: the machine may be loaded).
  const end = Date.now() + 20000;
  while (!completed && Date.now() < end) await wait(50);
  await wait(50);
  await el.updateComplete;
  parent.postMessage(
    {
      type: 'csp-report',
      violations: report.violations,
      errors: report.errors,
      completed,
      matrixShown,
      steps,
      completionText: root.querySelector('[part~="completion"]')?.textContent?.trim() ?? '',
      adoptedSheets: root.adoptedStyleSheets.length,
      defined: !!customElements.get('genbridge-survey'),
    },
    '*',
  );
}

run().catch((err) =>
  parent.postMessage(
    { type: 'csp-report', violations: report.violations, errors: [...report.errors, String(err)] },
    '*',
  ),
);
