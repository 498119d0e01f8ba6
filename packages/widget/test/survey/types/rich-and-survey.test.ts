import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, clickButton, mountSurvey, settle } from '../helpers.js';
import { mountElements } from './type-helpers.js';

beforeEach(() => {
  localStorage.clear();
  (window as unknown as { __xss: number }).__xss = 0;
});

const payload =
  '<img src="data:," onerror="window.__xss++"><script>window.__xss++</script><a href="javascript:window.__xss++">x</a>';
const xss = () => (window as unknown as { __xss: number }).__xss;

describe('author HTML, sanitised', () => {
  it('html question, survey and page descriptions, completedHtml: markup kept, <img onerror> inert', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          title: 'Pulse',
          description: `<b>Bold</b> intro ${payload}`,
          completedHtml: `<h3>Thanks!</h3>${payload}`,
          pages: [
            {
              name: 'p',
              description: `<em>Page</em> intro ${payload}`,
              elements: [
                { type: 'html', name: 'note', html: `<p>Read <strong>this</strong></p>${payload}` },
                { type: 'text', name: 't' },
              ],
            },
          ],
        },
      },
    });
    // Author HTML is filled in once the sanitiser chunk is there: wait for it, not for a time.
    await waitUntil(
      () =>
        $(el, '[part~="survey-description"] b') &&
        $(el, '[part~="page-description"] em') &&
        $(el, '[data-question="note"] strong'),
      'the author HTML was not filled in',
      { timeout: 10_000 },
    );
    expect($(el, '[part~="survey-description"] b')?.textContent).to.equal('Bold');
    expect($(el, '[part~="page-description"] em')?.textContent).to.equal('Page');
    expect($(el, '[data-question="note"] strong')?.textContent).to.equal('this');
    expect($$(el, 'script, [onerror], [href^="javascript"]').length).to.equal(0);
    await clickButton(el, 'button-complete');
    await waitUntil(() => $(el, '[part~="completion"] h3'), 'no completion page with its HTML', {
      timeout: 10_000,
    });
    expect($(el, '[part~="completion"] h3')?.textContent).to.equal('Thanks!');
    expect($$(el, 'script, [onerror], [href^="javascript"]').length).to.equal(0);
    expect(xss()).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('completedHtmlOnCondition picks the text for the answers given', async () => {
    const el = await mountElements(
      [{ type: 'radiogroup', name: 'nps', choices: ['low', 'high'] }],
      {
        completedHtml: '<p>Default</p>',
        completedHtmlOnCondition: [
          { expression: "{nps} = 'high'", html: '<p>Glad you liked it, <b>{nps}</b>!</p>' },
        ],
      },
    );
    $$<HTMLInputElement>(el, '[data-question="nps"] input')[1]!.click();
    await settle(el);
    await clickButton(el, 'button-complete');
    expect($(el, '[part~="completion"] p')?.textContent).to.equal('Glad you liked it, high!');
  });

  it('markdown through onTextMarkdown: the page converts, we sanitise', async () => {
    const el = document.createElement('genbridge-survey');
    el.setAttribute('programme', 'md-test');
    el.setAttribute('participant', 'TEST-0001');
    // A deliberately naive converter that lets raw HTML through, as many do.
    el.markdown = (md: string) => md.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
    el.surveyJson = {
      pages: [
        { name: 'p', elements: [{ type: 'text', name: 'q', title: `How **often** ${payload}` }] },
      ],
    };
    document.body.append(el);
    await el.surveyReady;
    await waitUntil(
      () => el.shadowRoot!.querySelector('[data-question="q"] label strong'),
      'the converted markdown was not shown',
      { timeout: 10_000 },
    );
    const title = el.shadowRoot!.querySelector('[data-question="q"] label')!;
    expect(title.querySelector('strong')?.textContent).to.equal('often');
    expect(
      el.shadowRoot!.querySelectorAll('script, [onerror], [href^="javascript"]').length,
    ).to.equal(0);
    expect(xss()).to.equal(0);
    el.remove();
  });
});

describe('survey chrome from the JSON', () => {
  it('title, description, logo, question numbers and the JSON button texts', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          title: 'Team pulse',
          logo: 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
          showQuestionNumbers: 'on',
          pageNextText: 'Onwards',
          completeText: 'Send it',
          pages: [
            {
              name: 'a',
              elements: [
                { type: 'text', name: 'x', title: 'First' },
                { type: 'text', name: 'y', title: 'Second' },
              ],
            },
            { name: 'b', elements: [{ type: 'text', name: 'z', title: 'Third' }] },
          ],
        },
      },
    });
    expect($(el, '[part~="survey-title"]')?.textContent).to.equal('Team pulse');
    expect($(el, '[part~="logo"]')).to.not.equal(null);
    expect($$(el, '[part~="question-number"]').map((n) => n.textContent?.trim())).to.deep.equal([
      '1.',
      '2.',
    ]);
    expect($(el, '[part~="button-next"]')?.textContent?.trim()).to.equal('Onwards');
    await clickButton(el, 'button-next');
    expect($(el, '[part~="button-complete"]')?.textContent?.trim()).to.equal('Send it');
    expect($(el, '[part~="question-number"]')?.textContent?.trim()).to.equal('3.');
    await expect(el).to.be.accessible();
  });

  it('progress variants: questions answered, and page buttons', async () => {
    const pages = [
      { name: 'a', title: 'About you', elements: [{ type: 'text', name: 'x' }] },
      { name: 'b', title: 'Your work', elements: [{ type: 'text', name: 'y' }] },
    ];
    const q = await mountSurvey({
      props: { surveyJson: { showProgressBar: 'top', progressBarType: 'questions', pages } },
    });
    expect($(q, '[part~="progress"]')?.textContent).to.match(/0.*2/);
    q.remove();
    localStorage.clear();
    const b = await mountSurvey({
      props: { surveyJson: { showProgressBar: 'top', progressBarType: 'buttons', pages } },
    });
    expect(
      $$(b, '[part~="progress"] li').map((l) => l.textContent?.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['1 About you', '2 Your work']);
    expect($(b, '[aria-current="step"]')?.textContent).to.contain('About you');
    await expect(b).to.be.accessible();
  });

  it('questionPerPage: one question at a time, Next walks through the page', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          questionsOnPageMode: 'questionPerPage',
          pages: [
            {
              name: 'a',
              elements: [
                { type: 'text', name: 'x' },
                { type: 'text', name: 'y' },
              ],
            },
          ],
        },
      },
    });
    expect($$(el, '[data-question]').map((q) => q.dataset.question)).to.deep.equal(['x']);
    await clickButton(el, 'button-next');
    expect($$(el, '[data-question]').map((q) => q.dataset.question)).to.deep.equal(['y']);
    expect($(el, '[part~="button-complete"]')).to.not.equal(null);
  });

  it('singlePage: every page at once, each as a titled panel', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          questionsOnPageMode: 'singlePage',
          pages: [
            { name: 'a', title: 'Part A', elements: [{ type: 'text', name: 'x' }] },
            { name: 'b', title: 'Part B', elements: [{ type: 'text', name: 'y' }] },
          ],
        },
      },
    });
    expect($$(el, '[data-question="x"], [data-question="y"]').length).to.equal(2);
    expect($$(el, '.panel-title').map((t) => t.textContent?.trim())).to.deep.equal([
      'Part A',
      'Part B',
    ]);
    expect($(el, '[part~="button-complete"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('preview before complete: review read-only, edit, then submit', async () => {
    const el = await mountElements([{ type: 'text', name: 'x', title: 'Name' }], {
      showPreviewBeforeComplete: 'showAllQuestions',
    });
    const input = $<HTMLInputElement>(el, 'input')!;
    input.value = 'Ana';
    input.dispatchEvent(new Event('input'));
    await settle(el);
    await clickButton(el, 'button-preview' as 'button-next');
    expect(el.model!.state).to.equal('preview');
    expect($(el, '#page-title')?.textContent).to.match(/review/i);
    expect($<HTMLInputElement>(el, 'input')?.readOnly).to.equal(true);
    await clickButton(el, 'button-edit' as 'button-next');
    expect(el.model!.state).to.equal('running');
    await clickButton(el, 'button-preview' as 'button-next');
    await clickButton(el, 'button-complete');
    expect(el.model!.state).to.equal('completed');
  });
});

describe('locales', () => {
  it('Arabic: our strings, survey-core Arabic strings (Other, validation), dir=rtl, axe-clean', async () => {
    const el = await mountElements(
      [{ type: 'checkbox', name: 'c', isRequired: true, choices: ['a'], showOtherItem: true }],
      {},
      'ar',
    );
    expect($(el, '.root')?.getAttribute('dir')).to.equal('rtl');
    expect($(el, '.root')?.getAttribute('lang')).to.equal('ar');
    expect($(el, '[part~="button-complete"]')?.textContent?.trim()).to.equal('إرسال');
    const otherLabel = $$(el, '.option-label').at(-1)!.textContent!;
    expect(otherLabel).to.not.match(/Other/);
    await clickButton(el, 'button-complete');
    expect($(el, '.errors')?.textContent).to.match(/[\u0600-\u06FF]/);
    await expect(el).to.be.accessible();
  });

  it('Hebrew: dir=rtl and Hebrew validation text; German keeps ltr', async () => {
    const he = await mountElements([{ type: 'text', name: 't', isRequired: true }], {}, 'he');
    expect($(he, '.root')?.getAttribute('dir')).to.equal('rtl');
    await clickButton(he, 'button-complete');
    expect($(he, '.errors')?.textContent).to.match(/[\u0590-\u05FF]/);
    he.remove();
    localStorage.clear();
    const de = await mountElements(
      [{ type: 'dropdown', name: 'd', choices: ['a'], showOtherItem: true }],
      {},
      'de',
    );
    expect($(de, '.root')?.hasAttribute('dir')).to.equal(false);
    const options = [...$<HTMLSelectElement>(de, 'select')!.options].map((o) => o.text);
    expect(options.at(-1)).to.match(/^Sonstige/);
  });
});
