/* global window, location, document, setTimeout, customElements, addEventListener, parent */
// Runs first on the strict-CSP test page (a same-origin script, so CSP allows it): records every
// securitypolicyviolation and tells the parent test page what happened once the element settled.
(() => {
  const violations = [];
  window.__genbridgeViolations = violations;
  document.addEventListener(
    'securitypolicyviolation',
    (e) =>
      violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
  const report = (extra) =>
    parent.postMessage({ type: 'genbridge-csp', violations, ...extra }, location.origin);
  const start = Date.now();
  const poll = () => {
    const el = document.querySelector('genbridge-results');
    const canvas = el?.shadowRoot?.querySelector('canvas');
    const state = el?.state;
    if (state === 'ready' && canvas && el.chart) {
      // Exercise the downloads' code paths too (blob: and data: URLs) before reporting.
      el.toCsv();
      el.toPng();
      el.group = 'role:mentor';
      setTimeout(
        () => report({ state, chart: true, bars: el.chart.getDatasetMeta(0).data.length }),
        400,
      );
    } else if (state === 'error' || Date.now() - start > 20000) {
      report({
        state: state ?? 'undefined',
        chart: false,
        defined: !!customElements.get('genbridge-results'),
      });
    } else setTimeout(poll, 50);
  };
  addEventListener('load', poll);
})();
