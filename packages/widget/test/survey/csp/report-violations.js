/* global window, document */
// Runs first on the strict-CSP test page: records every CSP / Trusted Types violation and every
// uncaught error, for drive-survey.js to hand back to the test.
window.__cspReport = { violations: [], errors: [] };
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspReport.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim());
});
window.addEventListener('error', (e) => window.__cspReport.errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) =>
  window.__cspReport.errors.push(String(e.reason)),
);
