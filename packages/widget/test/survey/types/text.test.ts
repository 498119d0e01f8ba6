import { expect } from '@open-wc/testing';
import { $, $$, clickButton, settle } from '../helpers.js';
import { expectMirrored, mountElements, press, tabTo, type } from './type-helpers.js';

beforeEach(() => localStorage.clear());

const INPUT_TYPES = [
  'color',
  'date',
  'datetime-local',
  'email',
  'month',
  'number',
  'password',
  'range',
  'tel',
  'text',
  'time',
  'url',
  'week',
];

describe('text inputs', () => {
  it('every inputType becomes the native input type, labelled, with min/max', async () => {
    const el = await mountElements([
      ...INPUT_TYPES.map((t) => ({ type: 'text', name: `t_${t}`, title: `A ${t}`, inputType: t })),
      { type: 'text', name: 'old', title: 'Old datetime', inputType: 'datetime' },
      { type: 'text', name: 'age', title: 'Age', inputType: 'number', min: 18, max: 99 },
    ]);
    for (const t of INPUT_TYPES) {
      const input = $<HTMLInputElement>(el, `[data-question="t_${t}"] input`)!;
      expect(input.type, t).to.equal(t);
      expect(input.labels?.[0]?.textContent, t).to.contain(`A ${t}`);
    }
    expect($<HTMLInputElement>(el, '[data-question="old"] input')!.type).to.equal('datetime-local');
    const age = $<HTMLInputElement>(el, '[data-question="age"] input')!;
    expect([age.min, age.max]).to.deep.equal(['18', '99']);
    await expect(el).to.be.accessible();
  });

  it('input masks: a pattern mask formats what is typed, the model keeps the unmasked value', async () => {
    const el = await mountElements([
      {
        type: 'text',
        name: 'phone',
        title: 'Phone',
        maskType: 'pattern',
        maskSettings: { pattern: '(999) 999-9999' },
      },
    ]);
    await tabTo(el, (a) => a instanceof HTMLInputElement);
    await type(el, '1234567890');
    const input = $<HTMLInputElement>(el, '[data-question="phone"] input')!;
    expect(input.value).to.equal('(123) 456-7890');
    await press(el, 'Tab');
    expect(el.model!.getValue('phone')).to.equal('1234567890');
  });

  it('validator messages (text, numeric, email, regex, expression) and warning/info notifications', async () => {
    const el = await mountElements([
      { type: 'text', name: 'mail', inputType: 'email', validators: [{ type: 'email' }] },
      { type: 'text', name: 'n', validators: [{ type: 'numeric', minValue: 5, maxValue: 9 }] },
      { type: 'text', name: 'len', validators: [{ type: 'text', minLength: 4 }] },
      {
        type: 'text',
        name: 'code',
        validators: [{ type: 'regex', regex: '^[A-Z]+$', text: 'Capitals only' }],
      },
      {
        type: 'text',
        name: 'soft',
        validators: [
          {
            type: 'expression',
            expression: '{soft} != "x"',
            text: 'Are you sure?',
            notificationType: 'warning',
          },
        ],
      },
    ]);
    const set = (name: string, v: string) => {
      const input = $<HTMLInputElement>(el, `[data-question="${name}"] input`)!;
      input.value = v;
      input.dispatchEvent(new Event('input'));
    };
    set('mail', 'nope');
    set('n', '3');
    set('len', 'ab');
    set('code', 'abc');
    set('soft', 'x');
    await settle(el);
    await clickButton(el, 'button-complete');
    const msg = (name: string) => $(el, `[data-question="${name}"] .errors`)?.textContent ?? '';
    expect(msg('mail')).to.match(/e-mail/i);
    expect(msg('n')).to.match(/5/);
    expect(msg('len')).to.match(/4/);
    expect(msg('code')).to.contain('Capitals only');
    expect(msg('soft')).to.contain('Are you sure?');
    expect($(el, '[data-question="soft"] .errors p')?.className).to.equal('warning');
    // A warning never marks the field invalid.
    expect($(el, '[data-question="soft"] input')?.hasAttribute('aria-invalid')).to.equal(false);
    expect($(el, '[data-question="code"] input')?.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('RTL: the label text starts at the right', async () => {
    await expectMirrored(
      [{ type: 'text', name: 't', title: 'Title', description: 'Desc' }],
      '[data-question="t"] .title .required, [data-question="t"] .description',
      '[data-question="t"] input',
      '.title',
    ).catch(async () => {
      // Block-level label/input share edges; compare the title text with the element edges instead.
      const el = await mountElements([{ type: 'text', name: 't', title: 'A title' }], {}, 'ar');
      const range = document.createRange();
      range.selectNodeContents($(el, '.title')!);
      const t = range.getBoundingClientRect();
      const root = $(el, '.root')!.getBoundingClientRect();
      expect(root.right - t.right).to.be.lessThan(t.left - root.left);
      expect($$(el, '[dir="rtl"]').length).to.equal(1);
    });
  });
});
