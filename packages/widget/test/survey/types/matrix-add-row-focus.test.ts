/**
 * "Add row" in a dynamic matrix, by keyboard: focus moves to the new row's first control, so a
 * keyboard user types on instead of tabbing back past the whole table (found by the corpus run on
 * SurveyJS's questiontype-matrixdynamic.json).
 */
import { expect } from '@open-wc/testing';
import { $$ } from '../helpers.js';
import { active, mountElements, press, tabTo, type } from './type-helpers.js';

beforeEach(() => localStorage.clear());

const matrix = {
  type: 'matrixdynamic',
  name: 'teachers',
  title: 'Your teachers',
  cellType: 'radiogroup',
  choices: [1, 0],
  columns: [
    { name: 'subject', title: 'Subject', cellType: 'text' },
    { name: 'clear', title: 'Explains clearly' },
  ],
  rowCount: 1,
};

describe('matrixdynamic: Add row by keyboard', () => {
  it('moves focus to the first control of the new row', async () => {
    const el = await mountElements([matrix]);
    await tabTo(el, (a) => a.getAttribute('part')?.includes('button-add-row') ?? false);
    await press(el, 'Enter');
    const rows = $$(el, '[data-question="teachers"] tbody > tr');
    expect(rows.length).to.equal(2);
    const focused = active(el);
    expect(focused?.tagName).to.equal('INPUT');
    expect(rows[1]!.contains(focused)).to.equal(true);
    await type(el, 'Maths');
    expect(el.model!.getValue('teachers')).to.deep.equal([{}, { subject: 'Maths' }]);
    await expect(el).to.be.accessible();
  });
});

describe('matrixdynamic: Remove row by keyboard', () => {
  it('keeps focus in the matrix: on the next row’s Remove, else on Add row', async () => {
    const el = await mountElements([{ ...matrix, rowCount: 3 }]);
    const removes = () => $$<HTMLButtonElement>(el, '[part~="button-remove-row"]');
    removes()[1]!.focus();
    await press(el, 'Enter');
    expect($$(el, '[data-question="teachers"] tbody > tr').length).to.equal(2);
    // The row that moved up into the removed one's place.
    expect(active(el)).to.equal(removes()[1]);
    await press(el, 'Enter');
    expect($$(el, '[data-question="teachers"] tbody > tr').length).to.equal(1);
    expect(active(el)?.getAttribute('part')).to.equal('button button-remove-row');
    await press(el, 'Enter');
    expect($$(el, '[data-question="teachers"] tbody > tr').length).to.equal(0);
    expect(active(el)?.getAttribute('part')).to.contain('button-add-row');
    await expect(el).to.be.accessible();
  });
});
