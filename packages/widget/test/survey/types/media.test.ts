import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, settle, type SurveyEl } from '../helpers.js';
import { active, expectMirrored, mountElements, press, tabTo, type } from './type-helpers.js';

beforeEach(() => localStorage.clear());

const dot = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
const picker = {
  type: 'imagepicker',
  name: 'pet',
  title: 'Pick one',
  choices: [
    { value: 'cat', text: 'Cat', imageLink: dot },
    { value: 'dog', text: 'Dog', imageLink: dot },
  ],
};

describe('imagepicker, image, multipletext', () => {
  it('imagepicker: radios named by the picture text; arrow keys choose; multiSelect uses checkboxes', async () => {
    const el = await mountElements([picker, { ...picker, name: 'pets', multiSelect: true }]);
    expect($$(el, '[data-question="pet"] img').map((i) => i.getAttribute('alt'))).to.deep.equal([
      'Cat',
      'Dog',
    ]);
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'radio');
    await press(el, 'ArrowRight');
    expect(el.model!.getValue('pet')).to.equal('dog');
    await press(el, 'Tab');
    await press(el, 'Space');
    expect(el.model!.getValue('pets')).to.deep.equal(['cat']);
    await expect(el).to.be.accessible();
  });

  it('image has its alt text; multipletext items are labelled fields', async () => {
    const el = await mountElements([
      { type: 'image', name: 'logo', imageLink: dot, altText: 'Company logo' },
      {
        type: 'multipletext',
        name: 'who',
        title: 'Your mentor',
        items: [
          { name: 'first', title: 'First name' },
          { name: 'last', title: 'Last name' },
        ],
      },
    ]);
    expect($(el, '[data-question="logo"] img')?.getAttribute('alt')).to.equal('Company logo');
    const first = await tabTo(el, (a) => a instanceof HTMLInputElement);
    expect((first as HTMLInputElement).labels?.[0]?.textContent).to.contain('First name');
    await type(el, 'Ana');
    await press(el, 'Tab');
    await type(el, 'Lee');
    expect(el.model!.getValue('who')).to.deep.equal({ first: 'Ana', last: 'Lee' });
    await expect(el).to.be.accessible();
  });

  it('RTL: image choices run right to left', async () => {
    await expectMirrored(
      [picker],
      '[data-question="pet"] .image-option:first-child',
      '[data-question="pet"] .image-option:last-child',
    );
  });
});

describe('slider', () => {
  it('single and range sliders by keyboard, labelled', async () => {
    const el = await mountElements([
      { type: 'slider', name: 'hours', title: 'Hours per week', min: 0, max: 10, step: 1 },
      {
        type: 'slider',
        name: 'span',
        title: 'Age span',
        sliderType: 'range',
        min: 20,
        max: 70,
        step: 5,
      },
    ]);
    const single = await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'range');
    expect((single as HTMLInputElement).labels?.[0]?.textContent).to.contain('Hours per week');
    await press(el, 'ArrowRight');
    await press(el, 'ArrowRight');
    expect(el.model!.getValue('hours')).to.equal(2);
    await press(el, 'Tab');
    expect(active(el)?.getAttribute('aria-label')).to.match(/Age span: from/);
    await press(el, 'ArrowRight');
    expect(el.model!.getValue('span')).to.deep.equal([25, 70]);
    await press(el, 'Tab');
    await press(el, 'ArrowLeft');
    expect(el.model!.getValue('span')).to.deep.equal([25, 65]);
    await expect(el).to.be.accessible();
  });

  it('RTL: the minimum sits on the right', async () => {
    await expectMirrored(
      [{ type: 'slider', name: 's', title: 'S', min: 0, max: 10 }],
      '.slider-end:first-child',
      'input[type="range"]',
    );
  });
});

describe('file', () => {
  const file = (name: string, bytes: number, mime = 'text/plain') =>
    new File([new Uint8Array(bytes).fill(65)], name, { type: mime });
  const drop = async (el: SurveyEl, input: HTMLInputElement, files: File[]) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(f);
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    // FileReader is asynchronous: wait until the model holds what was read.
    await waitUntil(() => el.model!.getValue('cv') !== undefined, 'the file was not read', {
      timeout: 10_000,
    });
  };

  it('keeps files under the page limit as data URLs; refuses larger ones with a message above the picker', async () => {
    const el = await mountElements([
      { type: 'file', name: 'cv', title: 'Your CV', allowMultiple: true },
    ]);
    el.setAttribute('max-file-size', '1024');
    await settle(el);
    expect($(el, '[data-question="cv"] .hint')?.textContent).to.match(/up to 1 kB/i);
    const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
    expect(input.labels?.[0]?.textContent).to.contain('Your CV');
    await drop(el, input, [file('small.txt', 10), file('big.txt', 5000)]);
    await settle(el);
    expect(el.model!.getValue('cv')).to.deep.equal([
      {
        name: 'small.txt',
        type: 'text/plain',
        content: `data:text/plain;base64,${btoa('A'.repeat(10))}`,
      },
    ]);
    const alert = $(el, '[data-question="cv"] [role="alert"]')!;
    expect(alert.textContent).to.contain('big.txt');
    expect(input.getAttribute('aria-describedby')).to.contain(alert.id);
    const remove = await tabTo(
      el,
      (a) => a.getAttribute('part')?.includes('button-remove-file') ?? false,
    );
    expect(remove.getAttribute('aria-label')).to.equal('Remove small.txt');
    await press(el, 'Enter');
    expect(el.model!.getValue('cv')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});

describe('signaturepad', () => {
  it('a keyboard user signs by typing their name; the answer is an image', async () => {
    const el = await mountElements([
      { type: 'signaturepad', name: 'sig', title: 'Sign here', isRequired: true },
    ]);
    expect($(el, 'canvas')?.getAttribute('role')).to.equal('img');
    const typed = await tabTo(el, (a) => a instanceof HTMLInputElement);
    expect((typed as HTMLInputElement).labels?.[0]?.textContent).to.match(/type your full name/i);
    await type(el, 'Ana Lee');
    expect(String(el.model!.getValue('sig'))).to.match(/^data:image\/png;base64,/);
    expect($(el, 'canvas')?.getAttribute('aria-label')).to.match(/signed/);
    const clear = await tabTo(
      el,
      (a) => a.getAttribute('part')?.includes('button-clear-signature') ?? false,
    );
    expect(clear.textContent).to.match(/clear/i);
    await press(el, 'Enter');
    expect(el.model!.getValue('sig')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('drawing with a pointer stores the image', async () => {
    const el = await mountElements([{ type: 'signaturepad', name: 'sig' }]);
    const canvas = $<HTMLCanvasElement>(el, 'canvas')!;
    const r = canvas.getBoundingClientRect();
    const at = (type: string, x: number, y: number) =>
      canvas.dispatchEvent(
        new PointerEvent(type, {
          clientX: r.left + x,
          clientY: r.top + y,
          pointerId: 1,
          bubbles: true,
        }),
      );
    at('pointerdown', 10, 10);
    at('pointermove', 50, 40);
    at('pointerup', 50, 40);
    await settle(el);
    expect(String(el.model!.getValue('sig'))).to.match(/^data:image\/png/);
  });
});
