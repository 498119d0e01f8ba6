import { expect } from '@open-wc/testing';
import { $, clickButton, mountSurvey, settle } from '../helpers.js';

beforeEach(() => localStorage.clear());

/** Comment nodes anywhere in the shadow tree (Lit part markers included). */
function commentNodes(root: Node): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

describe('issue 10 regressions', () => {
  it('leaves no comment nodes behind when switching pages back and forth', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          pages: [
            {
              name: 'a',
              elements: [
                { type: 'text', name: 'a1' },
                { type: 'radiogroup', name: 'a2', choices: ['x', 'y'] },
              ],
            },
            {
              name: 'b',
              elements: [
                { type: 'comment', name: 'b1' },
                { type: 'dropdown', name: 'b2', choices: ['x', 'y'] },
              ],
            },
          ],
        },
      },
    });
    await clickButton(el, 'button-next');
    await clickButton(el, 'button-back');
    const before = commentNodes(el.shadowRoot!);
    for (let i = 0; i < 10; i++) {
      await clickButton(el, 'button-next');
      await clickButton(el, 'button-back');
    }
    expect(commentNodes(el.shadowRoot!)).to.equal(before);
  });

  it('renders every question type survey-core registers (no "Unsupported question type")', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          pages: [
            {
              name: 'all',
              elements: [
                { type: 'checkbox', name: 'checkbox', choices: ['a', 'b'] },
                { type: 'ranking', name: 'ranking', choices: ['a', 'b'] },
                { type: 'tagbox', name: 'tagbox', choices: ['a', 'b'] },
                {
                  type: 'imagepicker',
                  name: 'imagepicker',
                  choices: [
                    { value: 'a', imageLink: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' },
                  ],
                },
                {
                  type: 'image',
                  name: 'image',
                  imageLink: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
                  altText: 'A dot',
                },
                { type: 'multipletext', name: 'multipletext', items: [{ name: 'x' }] },
                {
                  type: 'matrixdropdown',
                  name: 'matrixdropdown',
                  columns: [{ name: 'c' }],
                  rows: ['r'],
                },
                {
                  type: 'matrixdynamic',
                  name: 'matrixdynamic',
                  columns: [{ name: 'c' }],
                  rowCount: 1,
                },
                {
                  type: 'paneldynamic',
                  name: 'paneldynamic',
                  templateElements: [{ type: 'text', name: 'x' }],
                  panelCount: 1,
                },
                { type: 'file', name: 'file' },
                { type: 'signaturepad', name: 'signaturepad' },
                { type: 'slider', name: 'slider' },
                {
                  type: 'panel',
                  name: 'panel',
                  title: 'A panel',
                  elements: [{ type: 'text', name: 'inner' }],
                },
              ],
            },
          ],
        },
      },
    });
    expect($(el, '.unsupported')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.not.match(/Unsupported question type/);
    for (const name of [
      'checkbox',
      'ranking',
      'tagbox',
      'imagepicker',
      'image',
      'multipletext',
      'matrixdropdown',
      'matrixdynamic',
      'paneldynamic',
      'file',
      'signaturepad',
      'slider',
      'panel',
    ]) {
      expect($(el, `[data-question="${name}"]`), name).to.not.equal(null);
    }
    expect($(el, '[data-question="panel"]')?.textContent).to.contain('A panel');
  });

  it('a required checkbox shows its error and can be answered (no dead end)', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          pages: [
            {
              name: 'p',
              elements: [{ type: 'checkbox', name: 'c', isRequired: true, choices: ['a', 'b'] }],
            },
          ],
        },
      },
    });
    await clickButton(el, 'button-complete');
    expect($(el, '[data-question="c"] .errors')?.textContent).to.match(/response required/i);
    $<HTMLInputElement>(el, '[data-question="c"] input[type="checkbox"]')!.click();
    await settle(el);
    expect(el.model!.getValue('c')).to.deep.equal(['a']);
  });

  it('dropdown "Other" shows a labelled text box and the survey can continue', async () => {
    const el = await mountSurvey({
      props: {
        surveyJson: {
          pages: [
            {
              name: 'p',
              elements: [
                {
                  type: 'dropdown',
                  name: 'd',
                  isRequired: true,
                  showOtherItem: true,
                  choices: ['a', 'b'],
                },
              ],
            },
            { name: 'q', elements: [{ type: 'text', name: 't' }] },
          ],
        },
      },
    });
    const select = $<HTMLSelectElement>(el, '[data-question="d"] select')!;
    const other = [...select.options].find((o) => /other/i.test(o.textContent ?? ''))!;
    expect(other, 'an Other option').to.not.equal(undefined);
    select.value = other.value;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const box = $<HTMLTextAreaElement | HTMLInputElement>(
      el,
      '[data-question="d"] .other-comment textarea, [data-question="d"] .other-comment input',
    );
    expect(box, 'Other text box').to.not.equal(null);
    expect(box!.labels?.[0]?.textContent ?? box!.getAttribute('aria-label')).to.match(/\w/);
    box!.value = 'My own';
    box!.dispatchEvent(new Event('input'));
    await settle(el);
    await clickButton(el, 'button-next');
    expect(el.model!.currentPageNo).to.equal(1);
    expect(el.model!.data).to.deep.include({ d: 'other', 'd-Comment': 'My own' });
  });
});
