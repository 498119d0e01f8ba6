// The in-page probe, identical for both renderers; only the adapter (where the survey's DOM and
// model live, how its questions and buttons are marked) differs. Runs as a classic <script> in
// <head>, before either renderer loads, so timings count from navigation start.

export const adapters = {
  ours: {
    root: "document.querySelector('genbridge-survey')?.shadowRoot",
    model: "document.querySelector('genbridge-survey')?.model",
    question: (name) => `[data-question="${name}"]`,
    next: '[part~="button-next"]',
    back: '[part~="button-back"]',
  },
  peer: {
    root: "document.getElementById('root')",
    model: 'window.survey',
    question: (name) => `[data-name="${name}"]`,
    next: '.sd-navigation__next-btn',
    back: '.sd-navigation__prev-btn',
  },
};

/**
 * Page-switch plan: forward to the last page (at most page 21), back to the first, repeated until
 * `switches` switches. On a 40-page survey that is 20 forward and 20 back, ending on page 1.
 */
function plan(pageCount, switches) {
  const top = Math.min(pageCount, 21) - 1;
  const steps = [];
  let page = 0;
  let dir = 1;
  while (steps.length < switches && top > 0) {
    if (page + dir > top || page + dir < 0) dir = -dir;
    page += dir;
    steps.push(dir);
  }
  return steps;
}

/** The probe script for one renderer and survey (`first`: the question whose first radio is clicked). */
export function probeScript(renderer, first, switches) {
  const a = adapters[renderer];
  return `(() => {
  const root = () => ${a.root};
  const model = () => ${a.model};
  const q = (name) => root()?.querySelector(${JSON.stringify(a.question('@@'))}.replace('@@', name));
  // Every node in <body>, shadow roots included: elements, text and comments. The whole body, not
  // only the survey's root, because popups (dropdown lists) may mount outside it.
  const count = () => {
    const c = { nodes: 0, elements: 0, comments: 0 };
    const walk = (r) => {
      const w = document.createTreeWalker(r, NodeFilter.SHOW_ALL);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        c.nodes++;
        if (n.nodeType === 1) { c.elements++; if (n.shadowRoot) walk(n.shadowRoot); }
        else if (n.nodeType === 8) c.comments++;
      }
    };
    walk(document.body);
    return c;
  };
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // Resolves (synchronously checked first, then on every DOM mutation) once found() holds.
  const until = (found) => new Promise((resolve) => {
    if (found()) return resolve();
    const mo = new MutationObserver(() => { if (found()) { mo.disconnect(); resolve(); } });
    mo.observe(root(), { childList: true, subtree: true });
  });
  const plan = ${plan.toString()};
  window.__bench = { done: false };
  (function poll() {
    const input = q(${JSON.stringify(first)})?.querySelector('input[type=radio]');
    if (!input) return requestAnimationFrame(poll);
    const firstQuestion = performance.now();
    window.__bench.firstQuestion = firstQuestion;
    input.click();
    (function check() {
      if (model()?.getValue(${JSON.stringify(first)}) === undefined) return requestAnimationFrame(check);
      const interactive = performance.now();
      sweep(firstQuestion, interactive).catch((e) => { window.__bench = { done: true, error: String(e && e.stack || e) }; });
    })();
  })();
  async function sweep(firstQuestion, interactive) {
    await frame();
    const m = model();
    // Page switches without answering every page: validation is not what is measured.
    m.checkErrorsMode = 'onComplete';
    const initial = count();
    const seen = { [m.currentPageNo]: initial };
    const times = [];
    for (const dir of plan(m.visiblePages.length, ${switches})) {
      const target = m.visiblePages[m.currentPageNo + dir];
      const name = target.questions.find((x) => x.isVisible)?.name;
      const button = root().querySelector(dir > 0 ? ${JSON.stringify(a.next)} : ${JSON.stringify(a.back)});
      if (!button) throw new Error('no ' + (dir > 0 ? 'next' : 'back') + ' button on page ' + (m.currentPageNo + 1));
      const t0 = performance.now();
      button.click();
      await until(() => q(name));
      void document.body.offsetHeight; // style and layout of the new page included
      times.push(performance.now() - t0);
      await frame();
      if (!(m.currentPageNo in seen)) seen[m.currentPageNo] = count();
    }
    const end = count();
    window.__bench = {
      done: true, firstQuestion, interactive, initial, end,
      switches: times.length, endPage: m.currentPageNo + 1,
      growth: end.nodes - seen[m.currentPageNo].nodes,
      times,
    };
  }
})();`;
}
