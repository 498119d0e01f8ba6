import { expect } from '@open-wc/testing';
import { $, $$, clickButton } from '../helpers.js';
import {
  active,
  chord,
  expectMirrored,
  mountElements,
  press,
  tabTo,
  type,
} from './type-helpers.js';

beforeEach(() => localStorage.clear());

const ranking = {
  type: 'ranking',
  name: 'helped',
  title: 'What helped most?',
  choices: ['Sessions', 'Shadowing', 'Reading', 'Tools'],
};

describe('ranking', () => {
  it('keyboard: move buttons and Alt+arrows reorder, the new position is announced, focus follows the item', async () => {
    const el = await mountElements([ranking]);
    const down = await tabTo(el, (a) => a.classList.contains('move-down'));
    expect(down.getAttribute('aria-label')).to.match(/Sessions down/);
    await press(el, 'Enter');
    expect(el.model!.getValue('helped')).to.deep.equal([
      'Shadowing',
      'Sessions',
      'Reading',
      'Tools',
    ]);
    expect($(el, '[data-question="helped"] [role="status"]')?.textContent).to.equal(
      'Sessions: position 2 of 4',
    );
    expect(active(el)?.closest('li')?.querySelector('.rank-label')?.textContent).to.equal(
      'Sessions',
    );
    await chord(el, 'Alt', 'ArrowDown');
    expect(el.model!.getValue('helped')).to.deep.equal([
      'Shadowing',
      'Reading',
      'Sessions',
      'Tools',
    ]);
    expect($(el, '[data-question="helped"] [role="status"]')?.textContent).to.equal(
      'Sessions: position 3 of 4',
    );
    await chord(el, 'Alt', 'ArrowUp');
    await chord(el, 'Alt', 'ArrowUp');
    expect((el.model!.getValue('helped') as string[])[0]).to.equal('Sessions');
    expect($$(el, '.rank-item .rank-label').map((n) => n.textContent)).to.deep.equal([
      'Sessions',
      'Shadowing',
      'Reading',
      'Tools',
    ]);
    await expect(el).to.be.accessible();
  });

  it('selectToRankEnabled: add to and remove from the ranking by keyboard', async () => {
    const el = await mountElements([{ ...ranking, selectToRankEnabled: true, isRequired: true }]);
    expect($$(el, '.rank-list .rank-item').length).to.equal(0);
    await tabTo(el, (a) => /Add Reading/.test(a.getAttribute('aria-label') ?? ''));
    await press(el, 'Enter');
    expect(el.model!.getValue('helped')).to.deep.equal(['Reading']);
    await tabTo(el, (a) => /Add Tools/.test(a.getAttribute('aria-label') ?? ''), 60);
    await press(el, 'Enter');
    expect(el.model!.getValue('helped')).to.deep.equal(['Reading', 'Tools']);
    expect($(el, '[data-question="helped"] [role="status"]')?.textContent).to.equal(
      'Tools: position 2 of 2',
    );
    await expect(el).to.be.accessible();
    await clickButton(el, 'button-complete');
    expect(el.model!.state).to.equal('completed');
  });

  it('RTL: rank number on the right of the label', async () => {
    await expectMirrored([ranking], '.rank-item .rank-no', '.rank-item .rank-label');
  });
});

const tagbox = {
  type: 'tagbox',
  name: 'langs',
  title: 'Languages',
  choices: ['English', 'German', 'French', 'Arabic'],
};

describe('tagbox', () => {
  it('ARIA 1.2 combobox: type to filter, arrows, Enter toggles, Escape closes, Backspace removes', async () => {
    const el = await mountElements([tagbox]);
    const input = await tabTo(el, (a) => a.getAttribute('role') === 'combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    const list = $(el, `#${input.getAttribute('aria-controls')}`)!;
    expect(list.getAttribute('role')).to.equal('listbox');
    expect(list.getAttribute('aria-multiselectable')).to.equal('true');
    await type(el, 'ger');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(
      [...list.querySelectorAll('[role="option"]')].map((o) => o.textContent?.trim()),
    ).to.deep.equal(['German']);
    expect(input.getAttribute('aria-activedescendant')).to.equal(
      list.querySelector('[role="option"]')!.id,
    );
    await press(el, 'Enter');
    expect(el.model!.getValue('langs')).to.deep.equal(['German']);
    for (let i = 0; i < 3; i++) await press(el, 'Backspace');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.model!.getValue('langs')).to.deep.equal(['German', 'English']);
    expect($(el, '[aria-selected="true"]')).to.not.equal(null);
    await press(el, 'Escape');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'Backspace');
    expect(el.model!.getValue('langs')).to.deep.equal(['German']);
    const remove = $<HTMLButtonElement>(el, '.tag-remove')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove German');
    await expect(el).to.be.accessible();
  });

  it('RTL: tags and box laid out right to left', async () => {
    const el = await mountElements([{ ...tagbox, defaultValue: ['English', 'German'] }]);
    expect($$(el, '.tag').length).to.equal(2);
    el.remove();
    await expectMirrored(
      [{ ...tagbox, defaultValue: ['English', 'German'] }],
      '.tag:first-child',
      '.tag:last-child',
    );
  });
});
