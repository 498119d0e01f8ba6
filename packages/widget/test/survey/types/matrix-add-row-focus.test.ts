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
