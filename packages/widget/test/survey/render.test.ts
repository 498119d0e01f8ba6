import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, answerPage, clickButton, mountSurvey, settle } from './helpers.js';

beforeEach(() => localStorage.clear());

describe('<genbridge-survey> rendering', () => {
  it('renders the default baseline: consent, role, generation on page 1, each a labelled control', async () => {
    const el = await mountSurvey({ wave: 'baseline' });
    const groups = $$(el, 'fieldset[role="radiogroup"]');
    expect(groups.map((g) => g.dataset.question)).to.deep.equal(['consent', 'role']);
    for (const g of groups) {
      const title = $(el, `#${g.getAttribute('aria-labelledby')}`);
      expect(title?.textContent?.trim()).to.not.equal('');
    }
    const select = $<HTMLSelectElement>(el, 'select');
    expect(select?.labels?.[0]?.textContent).to.match(/\w/);
    expect($(el, '[part~="progress"]')?.textContent).to.contain('Page 1 of 6');
    await expect(el).to.be.accessible();
  });

  it('renders the default exit survey: Likert items as radio groups with 5 labelled points', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    const groups = $$(el, 'fieldset[role="radiogroup"]');
    expect(groups.length).to.equal(7);
    expect(groups[0]!.dataset.question).to.equal('dc_1');
    const labels = [...groups[0]!.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels).to.deep.equal([
      'Strongly disagree',
      'Disagree',
      'Neither agree nor disagree',
      'Agree',
      'Strongly agree',
    ]);
    await expect(el).to.be.accessible();
  });

  it('starts every page unanswered: no radio looks checked that the model has not recorded', async () => {
    // Regression: Lit reused page 1's radios for page 2 and the browser kept them checked, so a
    // person saw answers that were never recorded (and clicking the same option did nothing).
    // Answer a whole page and press Next before the element re-renders, as a fast person or a
    // script does: Lit's last committed `.checked` is then still false while the DOM shows true.
    const el = await mountSurvey({ wave: 'exit' });
    for (const g of $$(el, 'fieldset[role="radiogroup"]'))
      g.querySelectorAll<HTMLInputElement>('input')[3]!.click();
    $<HTMLButtonElement>(el, '[part~="button-next"]')!.click();
    await settle(el);
    const groups = $$(el, 'fieldset[role="radiogroup"]');
    expect(groups.length).to.be.greaterThan(0);
    expect(groups[0]!.dataset.question).to.equal('iu_1');
    expect($$(el, 'input:checked').length).to.equal(0);
    for (const g of groups) expect(el.model!.getValue(g.dataset.question!)).to.equal(undefined);
    const radios = [...groups[0]!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios[3]!.click();
    await settle(el);
    expect(el.model!.getValue('iu_1')).to.equal(4);
    expect(radios[3]!.checked).to.equal(true);
  });

  it('shows the matrix only after opting in (visibleIf) and labels every matrix row as a radio group', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    el.model!.currentPage = el.model!.getPageByName('looking_back');
    await settle(el);
    expect($(el, '[data-question="retrospective"]')).to.equal(null);
    $<HTMLInputElement>(el, '[data-question="retrospective_opt_in"] input')!.click();
    await settle(el);
    const rows = $$(el, '.matrix-row[role="radiogroup"]');
    expect(rows.length).to.be.greaterThan(1);
    for (const row of rows) {
      expect($(el, `#${row.getAttribute('aria-labelledby')}`)?.textContent?.trim()).to.match(/\w/);
      const radio = row.querySelector('input')!;
      expect(radio.labels?.[0]?.textContent?.trim()).to.equal('Strongly disagree');
    }
    await expect(el).to.be.accessible();
  });

  it('renders the feedback page (0–10 scale, radiogroup, comments) and the completion screen accessibly', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    el.model!.currentPage = el.model!.getPageByName('feedback');
    await settle(el);
    const recommend = $(el, '[data-question="recommend"]')!;
    expect(recommend.querySelectorAll('input[type="radio"]').length).to.equal(11);
    expect($$(el, 'textarea').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('flags required answers: aria-invalid, aria-describedby to the message, focus on the first error', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    await clickButton(el, 'button-next');
    const first = $(el, '[data-question="dc_1"]')!;
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    const described = first.getAttribute('aria-describedby')!;
    expect($(el, `#${described}`)?.textContent).to.match(/response required/i);
    expect(el.shadowRoot!.activeElement).to.equal(first.querySelector('input'));
    expect(el.model!.currentPageNo).to.equal(0);
    // Answer only the first item: focus now goes to the next unanswered one.
    first.querySelector<HTMLInputElement>('input')!.click();
    await settle(el);
    expect(first.hasAttribute('aria-invalid')).to.equal(false);
    await clickButton(el, 'button-next');
    expect(el.shadowRoot!.activeElement?.closest('fieldset')?.dataset.question).to.equal('dc_2');
    await expect(el).to.be.accessible();
    await answerPage(el, 2);
    await clickButton(el, 'button-next');
    expect(el.model!.currentPageNo).to.equal(1);
    expect(el.shadowRoot!.activeElement?.id).to.equal('page-title');
  });

  it('renders survey text as text: an XSS payload in a title and a choice stays inert', async () => {
    (window as unknown as { __xss: number }).__xss = 0;
    const payload = '<img src=x onerror="window.__xss++"><script>window.__xss++</script>';
    const el = await mountSurvey({
      props: {
        surveyJson: {
          pages: [
            {
              name: 'p',
              elements: [
                {
                  type: 'radiogroup',
                  name: 'role',
                  title: `Role ${payload}`,
                  choices: [{ value: 'mentor', text: `Mentor ${payload}` }, 'mentee'],
                },
                { type: 'html', name: 'note', html: `<p>Read me</p>${payload}` },
              ],
            },
          ],
          completedHtml: `<h3>Done</h3>${payload}`,
        },
      },
    });
    // The html element is filled in once the sanitiser chunk is there: wait for it, not for a time.
    await waitUntil(() => $(el, '[data-question="note"] p'), 'the html element was not filled in', {
      timeout: 10_000,
    });
    // Titles and choices are text; the html element is the author's HTML, sanitised (inert img).
    expect($$(el, 'script, [onerror]').length).to.equal(0);
    expect($(el, '[data-question="role"] legend')?.textContent).to.contain('<img src=x onerror=');
    expect($(el, '[data-question="role"] label')?.textContent).to.contain('<script>');
    expect($(el, '[data-question="note"] p')?.textContent).to.equal('Read me');
    // The completion screen shows completedHtml as text too.
    $<HTMLInputElement>(el, '[data-question="role"] input')!.click();
    await settle(el);
    await clickButton(el, 'button-complete');
    await waitUntil(() => $(el, '[part~="completion"] h3'), 'no completion page with its HTML', {
      timeout: 10_000,
    });
    expect($(el, '[part~="completion"] h3')?.textContent).to.equal('Done');
    expect($$(el, 'script, [onerror]').length).to.equal(0);
    expect((window as unknown as { __xss: number }).__xss).to.equal(0);
  });

  it('switches survey text and its own strings when the locale attribute changes at run time', async () => {
    const el = await mountSurvey({ wave: 'exit', locale: 'en' });
    expect($(el, '[part~="button-next"]')?.textContent?.trim()).to.equal('Next');
    const enTitle = $(el, '[data-question="dc_1"] legend')!.textContent;
    el.setAttribute('locale', 'de');
    await el.surveyReady;
    await settle(el);
    expect($(el, '[part~="button-next"]')?.textContent?.trim()).to.equal('Weiter');
    expect($(el, '[data-question="dc_1"] legend')!.textContent).to.not.equal(enTitle);
    expect($(el, '[data-question="dc_1"] label')!.textContent?.trim()).to.equal(
      'Stimme überhaupt nicht zu',
    );
    expect($(el, '.root')!.getAttribute('lang')).to.equal('de');
    await clickButton(el, 'button-next');
    expect($(el, '.errors')!.textContent).to.match(/beantworten/i);
    el.setAttribute('locale', 'fr-CH');
    await el.surveyReady;
    await settle(el);
    expect($(el, '[part~="button-next"]')?.textContent?.trim()).to.equal('Suivant');
    await expect(el).to.be.accessible();
  });
});
