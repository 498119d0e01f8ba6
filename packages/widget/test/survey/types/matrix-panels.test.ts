import { expect } from '@open-wc/testing';
import { $, $$, clickButton, settle } from '../helpers.js';
import { active, expectMirrored, mountElements, press, tabTo, type } from './type-helpers.js';

beforeEach(() => localStorage.clear());

const matrixDropdown = {
  type: 'matrixdropdown',
  name: 'skills',
  title: 'Your skills',
  columns: [
    { name: 'level', title: 'Level', cellType: 'dropdown', choices: ['low', 'high'] },
    { name: 'note', title: 'Note', cellType: 'text' },
    { name: 'used', title: 'Used', cellType: 'checkbox', choices: ['yes'] },
  ],
  rows: ['Excel', 'Teams'],
};
const matrixDynamic = {
  type: 'matrixdynamic',
  name: 'contacts',
  title: 'Contacts',
  columns: [{ name: 'who', title: 'Who', cellType: 'text' }],
  rowCount: 1,
  minRowCount: 1,
};

describe('matrixdropdown and matrixdynamic', () => {
  it('a real table: cell controls per cell type, labelled, answerable', async () => {
    const el = await mountElements([matrixDropdown]);
    const table = $(el, '[data-question="skills"] table')!;
    expect([...table.querySelectorAll('thead th')].map((t) => t.textContent?.trim())).to.deep.equal(
      ['Level', 'Note', 'Used'],
    );
    expect(
      [...table.querySelectorAll('tbody th[scope="row"]')].map((t) => t.textContent?.trim()),
    ).to.deep.equal(['Excel', 'Teams']);
    const select = table.querySelector<HTMLSelectElement>('tbody tr select')!;
    expect(select.labels?.[0]?.textContent).to.match(/Level/);
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    const text = table.querySelector<HTMLInputElement>('tbody tr input[type="text"]')!;
    text.value = 'daily';
    text.dispatchEvent(new Event('input'));
    table.querySelector<HTMLInputElement>('tbody tr input[type="checkbox"]')!.click();
    await settle(el);
    expect(el.model!.getValue('skills')).to.deep.equal({
      Excel: { level: 'high', note: 'daily', used: ['yes'] },
    });
    await expect(el).to.be.accessible();
  });

  it('matrixdynamic: add and remove rows by keyboard', async () => {
    const el = await mountElements([matrixDynamic]);
    expect($$(el, '[data-question="contacts"] tbody tr').length).to.equal(1);
    await tabTo(el, (a) => a.getAttribute('part')?.includes('button-add-row') ?? false);
    await press(el, 'Enter');
    expect($$(el, '[data-question="contacts"] tbody tr').length).to.equal(2);
    const input = $$<HTMLInputElement>(el, '[data-question="contacts"] tbody input')[1]!;
    input.focus();
    await type(el, 'Ana');
    expect((el.model!.getValue('contacts') as { who?: string }[])[1]).to.deep.equal({ who: 'Ana' });
    const remove = $$<HTMLButtonElement>(el, '[part~="button-remove-row"]');
    expect(remove.length).to.equal(2);
    expect(remove[1]!.getAttribute('aria-label')).to.match(/Remove: Row 2/);
    remove[0]!.focus();
    await press(el, 'Enter');
    await settle(el);
    expect($$(el, '[data-question="contacts"] tbody tr').length).to.equal(1);
    // minRowCount: the last row cannot be removed.
    expect($$(el, '[part~="button-remove-row"]').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('RTL: columns run right to left', async () => {
    await expectMirrored(
      [matrixDropdown],
      '[data-question="skills"] thead th:nth-child(2)',
      '[data-question="skills"] thead th:nth-child(3)',
    );
  });
});

const panel = {
  type: 'panel',
  name: 'contact',
  title: 'Contact',
  description: 'How we reach you',
  state: 'collapsed',
  elements: [
    { type: 'text', name: 'phone', title: 'Phone number' },
    {
      type: 'panel',
      name: 'inner',
      title: 'Second contact',
      elements: [{ type: 'text', name: 'phone2', title: 'Phone number' }],
    },
  ],
};

describe('panel and paneldynamic', () => {
  it('panel: heading, description, collapsible by keyboard (aria-expanded), nested panels keep their headings', async () => {
    const el = await mountElements([panel]);
    const group = $(el, '[data-question="contact"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect($(el, `#${group.getAttribute('aria-labelledby')}`)?.textContent).to.contain('Contact');
    expect(group.querySelector('.description')?.textContent).to.equal('How we reach you');
    const toggle = await tabTo(el, (a) => a.classList.contains('disclosure'));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[data-question="phone"]')).to.equal(null);
    await press(el, 'Enter');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[data-question="phone"]')).to.not.equal(null);
    expect($(el, '[data-question="inner"] .panel-title')?.textContent).to.contain('Second contact');
    await press(el, 'Tab');
    await type(el, '123');
    expect(el.model!.getValue('phone')).to.equal('123');
    await expect(el).to.be.accessible();
  });

  it('paneldynamic list: add and remove entries, each titled; tabs: arrow keys switch', async () => {
    const json = {
      type: 'paneldynamic',
      name: 'mentors',
      title: 'Mentors',
      templateTitle: 'Mentor {panelIndex}',
      templateElements: [{ type: 'text', name: 'name', title: 'Name' }],
      panelCount: 1,
    };
    const el = await mountElements([json]);
    await tabTo(el, (a) => a.getAttribute('part')?.includes('button-add-panel') ?? false);
    await press(el, 'Enter');
    expect($$(el, '.dynamic-panel .panel-title').map((t) => t.textContent?.trim())).to.deep.equal([
      'Mentor 1',
      'Mentor 2',
    ]);
    const remove = $$<HTMLButtonElement>(el, '[part~="button-remove-panel"]');
    expect(remove[0]!.getAttribute('aria-label')).to.match(/Mentor 1/);
    remove[0]!.click();
    await settle(el);
    expect($$(el, '.dynamic-panel').length).to.equal(1);
    await expect(el).to.be.accessible();
    el.remove();

    localStorage.clear(); // the first survey's draft would restore its one entry
    const tabs = await mountElements([{ ...json, displayMode: 'tab', panelCount: 3 }]);
    const tab = await tabTo(tabs, (a) => a.getAttribute('role') === 'tab');
    expect(tab.getAttribute('aria-selected')).to.equal('true');
    await press(tabs, 'ArrowRight');
    expect(active(tabs)?.textContent?.trim()).to.equal('Mentor 2');
    expect(active(tabs)?.getAttribute('aria-selected')).to.equal('true');
    expect($$(tabs, '[role="tabpanel"]').length).to.equal(1);
    await expect(tabs).to.be.accessible();
  });

  it('a required question inside a collapsed panel is reachable: the error shows after Submit', async () => {
    const el = await mountElements([
      { ...panel, elements: [{ type: 'text', name: 'must', isRequired: true }] },
    ]);
    await clickButton(el, 'button-complete');
    // survey-core expands a panel whose question failed validation.
    expect($(el, '[data-question="must"] .errors')?.textContent).to.match(/response required/i);
  });

  it('RTL: panel accent border on the right side', async () => {
    const boxes = async (locale: string) => {
      const el = await mountElements([{ ...panel, state: 'expanded' }], {}, locale);
      const p = $(el, '[data-question="contact"]')!;
      const style = getComputedStyle(p);
      const r = [style.borderLeftWidth, style.borderRightWidth];
      el.remove();
      return r;
    };
    expect(await boxes('en')).to.deep.equal(['4px', '1px']);
    expect(await boxes('ar')).to.deep.equal(['1px', '4px']);
  });
});
