import { expect, fixture, html } from '@open-wc/testing';
import '../../src/admin.js';
import { shadowOf, until } from './helpers.js';
import { scheduleFromForm, toLocalInput } from '../../src/admin/schedule-form.js';

// The console's programme screen against a stand-in collector (test/admin/server.mjs): live
// participation per wave and cohort with its loading, empty and error states, the wave schedule,
// and the accessibility checks of issue 12: axe-clean (contrast included) in light and dark, and a
// right-to-left layout that mirrors.

async function programmeScreen(
  options: { theme?: 'light' | 'dark'; dir?: 'ltr' | 'rtl'; mode?: string } = {},
): Promise<HTMLElement> {
  await fetch(`/admin-api/mode/${options.mode ?? 'data'}`);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang="en" dir=${options.dir ?? 'ltr'}>
      <genbridge-admin base="/admin-api" theme=${options.theme ?? 'light'}></genbridge-admin>
    </div>`,
  );
  const el = wrapper.querySelector('genbridge-admin') as HTMLElement;
  const manage = await until(
    () => shadowOf(el).querySelector<HTMLButtonElement>('button[aria-label="Manage Spring pilot"]'),
    'the programme list',
  );
  manage.click();
  await until(
    () =>
      shadowOf(el).querySelector('#live-heading') &&
      !shadowOf(el).querySelector('#live-heading ~ p[role="status"]'),
    'participation to load',
  );
  return el;
}

describe('<genbridge-admin> programme screen', () => {
  it('shows live participation per wave and cohort with hidden counts in words, axe-clean in light', async () => {
    const el = await programmeScreen();
    const table = shadowOf(el).querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('Live participation');
    const rows = [...table.querySelectorAll('tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent!.trim()),
    );
    expect(rows).to.deep.equal([
      ['Cohort', 'Baseline', 'Exit'],
      ['Spring', '11', 'withheld'],
      ['Autumn', 'fewer than 5', 'fewer than 5'],
      ['Not stated', '0', '0'],
      ['Everyone', '14', '7'],
    ]);
    // The schedule is shown in the person's local time, ready to edit.
    const opens = shadowOf(el).querySelector<HTMLInputElement>(
      'form input[name="baseline-opens"]',
    )!;
    expect(opens.value).to.equal(toLocalInput('2026-03-01T08:00:00.000Z'));
    expect(
      shadowOf(el).querySelector<HTMLInputElement>('form input[name="exit-closes"]')!.value,
    ).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('is axe-clean (WCAG 2.2 AA contrast included) in the dark theme', async () => {
    const el = await programmeScreen({ theme: 'dark' });
    // The dark palette is really in use, not the light one.
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(18, 20, 22)');
    await expect(el).to.be.accessible();
  });

  it('mirrors in a right-to-left page and stays axe-clean', async () => {
    const el = await programmeScreen({ dir: 'rtl' });
    const root = shadowOf(el);
    const header = [...root.querySelectorAll('table thead th')];
    expect(getComputedStyle(header[0]!).direction).to.equal('rtl');
    // The first column (cohort) sits on the right, the last wave on the left.
    const first = header[0]!.getBoundingClientRect();
    const last = header[header.length - 1]!.getBoundingClientRect();
    expect(first.left).to.be.greaterThan(last.left);
    // Labels start at the right edge of their form, as a right-to-left reader expects.
    const label = root.querySelector('fieldset.schedule label')!;
    const fieldset = root.querySelector('fieldset.schedule')!;
    expect(
      fieldset.getBoundingClientRect().right - label.getBoundingClientRect().right,
    ).to.be.lessThan(40);
    // Nothing spills out sideways.
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    await expect(el).to.be.accessible();
  });

  it('says when nobody has answered yet', async () => {
    const el = await programmeScreen({ mode: 'empty' });
    expect(shadowOf(el).textContent).to.contain('No answers counted yet.');
    expect(shadowOf(el).textContent).to.contain('Counts move in steps of 5 answers');
  });

  it("shows the manager's response count in steps of k", async () => {
    const text = shadowOf(await programmeScreen()).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('21 responses received (counted in steps of 5)');
  });

  it("says when the manager's response count is withheld, instead of a count of 0", async () => {
    const el = await programmeScreen({ mode: 'count-withheld' });
    const text = shadowOf(el).textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain(
      'Responses received: withheld while one survey wave has fewer than 5 answers',
    );
    expect(text).not.to.contain('0 responses received');
    await expect(el).to.be.accessible();
  });

  it('shows an error with a refresh that recovers', async () => {
    const el = await programmeScreen({ mode: 'error' });
    const alert = await until(
      () =>
        [...shadowOf(el).querySelectorAll('[role="alert"]')].find((a) =>
          a.textContent!.includes('the database is unavailable'),
        ),
      'the error',
    );
    await fetch('/admin-api/mode/data');
    [...alert.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Refresh')!.click();
    await until(() => shadowOf(el).querySelector('table caption'), 'the table after refresh');
    await expect(el).to.be.accessible();
  });
});

describe('scheduleFromForm', () => {
  it('reads local date-times as UTC instants and leaves empty fields out', () => {
    const data = new FormData();
    data.set('baseline-opens', '2026-03-01T09:00');
    data.set('baseline-closes', '');
    data.set('exit-closes', '2026-10-01T17:30');
    const read = scheduleFromForm(data);
    expect(read).to.deep.equal({
      ok: true,
      schedule: {
        baseline: { opens: new Date('2026-03-01T09:00').toISOString() },
        exit: { closes: new Date('2026-10-01T17:30').toISOString() },
      },
    });
    expect(toLocalInput(new Date('2026-03-01T09:00').toISOString())).to.equal('2026-03-01T09:00');
  });
  it('names a field it cannot read', () => {
    const data = new FormData();
    data.set('exit-opens', 'next week');
    expect(scheduleFromForm(data)).to.deep.equal({
      ok: false,
      errors: [{ path: 'schedule.exit.opens', message: 'must be a date and time' }],
    });
  });
});
