import { expect } from '@open-wc/testing';
import { sameOriginChoices } from '../../../src/survey/choices-by-url.js';
import { $, $$, clickButton, settle } from '../helpers.js';
import { active, expectMirrored, mountElements, press, tabTo, type } from './type-helpers.js';

beforeEach(() => localStorage.clear());

const checkbox = {
  type: 'checkbox',
  name: 'tools',
  title: 'Which tools do you use?',
  isRequired: true,
  choices: ['Chat', 'Wiki', 'Video', 'Tickets'],
  showOtherItem: true,
  showNoneItem: true,
  showSelectAllItem: true,
  colCount: 2,
};

describe('checkbox', () => {
  it('Select all, None, colCount and the labelled group', async () => {
    const el = await mountElements([checkbox]);
    const group = $(el, '[data-question="tools"]')!;
    expect(group.querySelector('legend')?.textContent).to.contain('Which tools');
    expect(group.querySelector('.options')?.classList.contains('cols-2')).to.equal(true);
    const boxes = () => [...group.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const labels = boxes().map((b) => b.labels![0]!.textContent!.trim());
    expect(labels[0]).to.match(/select all/i);
    expect(labels).to.include('None');
    boxes()[0]!.click();
    await settle(el);
    expect(el.model!.getValue('tools')).to.have.members(['Chat', 'Wiki', 'Video', 'Tickets']);
    boxes()
      .find((b) => b.labels![0]!.textContent!.trim() === 'None')!
      .click();
    await settle(el);
    expect(el.model!.getValue('tools')).to.deep.equal(['none']);
    expect(
      boxes()
        .filter((b) => b.checked)
        .map((b) => b.labels![0]!.textContent!.trim()),
    ).to.deep.equal(['None']);
    await expect(el).to.be.accessible();
  });

  it('keyboard: Space checks Other, focus moves into its text box, typing fills the comment', async () => {
    const el = await mountElements([checkbox]);
    const other = await tabTo(el, (a) =>
      /other/i.test((a as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    expect(other).to.be.instanceOf(HTMLInputElement);
    await press(el, 'Space');
    await settle(el);
    const box = active(el) as HTMLTextAreaElement;
    expect(box.tagName).to.equal('TEXTAREA');
    expect(box.labels![0]!.textContent).to.match(/other/i);
    await type(el, 'Whiteboard');
    expect(el.model!.getValue('tools')).to.deep.equal(['other']);
    expect(el.model!.getComment('tools')).to.equal('Whiteboard');
    await expect(el).to.be.accessible();
  });

  it('maxSelectedChoices disables the rest and says so', async () => {
    const el = await mountElements([
      { type: 'checkbox', name: 'two', choices: ['a', 'b', 'c'], maxSelectedChoices: 2 },
    ]);
    const boxes = $$<HTMLInputElement>(el, '[data-question="two"] input[type="checkbox"]');
    boxes[0]!.click();
    boxes[1]!.click();
    await settle(el);
    expect(boxes[2]!.disabled).to.equal(true);
    expect($(el, '[data-question="two"] .hint')?.textContent).to.match(/up to 2/);
    const described = $(el, '[data-question="two"]')!.getAttribute('aria-describedby')!;
    expect(described).to.contain($(el, '[data-question="two"] .hint')!.id);
  });

  it('answercount validator message is shown and blocks', async () => {
    const el = await mountElements([
      {
        type: 'checkbox',
        name: 'n',
        choices: ['a', 'b', 'c'],
        validators: [{ type: 'answercount', minCount: 2 }],
      },
    ]);
    $<HTMLInputElement>(el, '[data-question="n"] input')!.click();
    await settle(el);
    await clickButton(el, 'button-complete');
    expect($(el, '[data-question="n"] .errors')?.textContent).to.match(/at least 2/i);
    expect($(el, '[data-question="n"]')!.getAttribute('aria-invalid')).to.equal('true');
  });

  it('RTL: options mirrored (box right of its label) and title on the right', async () => {
    await expectMirrored(
      [checkbox],
      '[data-question="tools"] .option input',
      '[data-question="tools"] .option .option-label',
    );
  });
});

describe('radiogroup and dropdown Other', () => {
  it('radiogroup Other: focus moves into the text box; keyboard-only answer', async () => {
    const el = await mountElements([
      { type: 'radiogroup', name: 'r', choices: ['a', 'b'], showOtherItem: true, isRequired: true },
    ]);
    await tabTo(el, (a) => a instanceof HTMLInputElement && a.type === 'radio');
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    expect(el.model!.getValue('r')).to.equal('other');
    expect(active(el)?.tagName).to.equal('TEXTAREA');
    await type(el, 'Mine');
    expect(el.model!.getComment('r')).to.equal('Mine');
    await expect(el).to.be.accessible();
  });

  it('dropdown Other: keyboard selects Other, the box is labelled and required', async () => {
    const el = await mountElements([
      { type: 'dropdown', name: 'd', choices: ['a', 'b'], showOtherItem: true, isRequired: true },
    ]);
    const select = $<HTMLSelectElement>(el, 'select')!;
    select.focus();
    select.value = String([...select.options].findIndex((o) => /other/i.test(o.text)) - 1);
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(active(el)?.tagName).to.equal('TEXTAREA');
    await clickButton(el, 'button-complete');
    expect($(el, '[data-question="d"] .errors')?.textContent).to.match(/\w/);
    await expect(el).to.be.accessible();
  });
});

describe('choicesByUrl and carry-forward', () => {
  it('loads choices from the same origin; refuses another origin', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...a: unknown[]) => warnings.push(a.map(String).join(' '));
    try {
      const el = await mountElements([
        {
          type: 'dropdown',
          name: 'country',
          choicesByUrl: {
            url: '/test/survey/types/fixtures/countries.json',
            valueName: 'value',
            titleName: 'text',
          },
        },
        {
          type: 'dropdown',
          name: 'elsewhere',
          choicesByUrl: { url: 'http://127.0.0.1:9/countries.json' },
        },
      ]);
      // Choices arrive over HTTP: poll for them (10 s, generous for a loaded machine).
      const end = Date.now() + 10_000;
      while ($$(el, '[data-question="country"] option').length < 3 && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 50));
        await settle(el);
      }
      const options = $$(el, '[data-question="country"] option').map((o) => o.textContent?.trim());
      expect(options.slice(1)).to.deep.equal(['Germany', 'France']);
      expect($$(el, '[data-question="elsewhere"] option').length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });

  it('the choicesByUrl transport refuses other origins', async () => {
    const res = await new Promise<{ status: number }>((resolve) =>
      sameOriginChoices.sendRequest({ url: 'http://127.0.0.1:9/countries.json' }, resolve),
    );
    expect(res.status).to.equal(403);
    const ok = await new Promise<{ status: number; response?: unknown }>((resolve) =>
      sameOriginChoices.sendRequest({ url: '/test/survey/types/fixtures/countries.json' }, resolve),
    );
    expect(ok.status).to.equal(200);
    expect(JSON.parse(String(ok.response))[0]).to.deep.equal({ value: 'de', text: 'Germany' });
  });

  it('carry-forward: choices follow the answers of another question', async () => {
    const el = await mountElements([
      { type: 'checkbox', name: 'used', choices: ['Chat', 'Wiki', 'Video'] },
      {
        type: 'radiogroup',
        name: 'best',
        choicesFromQuestion: 'used',
        choicesFromQuestionMode: 'selected',
      },
    ]);
    const boxes = $$<HTMLInputElement>(el, '[data-question="used"] input');
    boxes[0]!.click();
    boxes[2]!.click();
    await settle(el);
    expect($$(el, '[data-question="best"] .option-label').map((l) => l.textContent)).to.deep.equal([
      'Chat',
      'Video',
    ]);
    await expect(el).to.be.accessible();
  });
});
