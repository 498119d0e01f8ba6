import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/admin.js';
import { shadowOf, until } from './helpers.js';

// Arms and mentoring pairs in the console (issue 11): a batch in the comparison arm, and an
// uploaded list of pairs (the CLI's `--pairs` format, one parser) that creates one invitation per
// row with its arm and pair, or nothing at all with every bad row named by line and column. The
// issued invitations show arm and pair. Keyboard only, axe-clean, German and right-to-left too.
// Against the stand-in collector of test/admin/server.mjs, which records every batch it receives.

async function invitationsScreen(
  options: { lang?: string; dir?: 'ltr' | 'rtl' } = {},
): Promise<{ el: HTMLElement; root: ShadowRoot; form: HTMLFormElement }> {
  await fetch('/admin-api/mode/data'); // also forgets earlier invitations and batches
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${options.lang ?? 'en'} dir=${options.dir ?? 'ltr'}>
      <genbridge-admin base="/admin-api" theme="light"></genbridge-admin>
    </div>`,
  );
  const el = wrapper.querySelector('genbridge-admin') as HTMLElement;
  const root = shadowOf(el);
  const manage = await until(
    () => root.querySelector<HTMLButtonElement>('.programmes button'),
    'the programme list',
  );
  manage.click();
  const form = await until(
    () => root.querySelector('#invitations-heading ~ form') as HTMLFormElement | null,
    'the invitations form',
  );
  // The console is ready once the programme has loaded (its buttons are enabled while idle).
  await until(
    () => !form.querySelector<HTMLButtonElement>('button[type="submit"]')!.disabled,
    'the programme to load',
  );
  return { el, root, form };
}

const batches = async () =>
  ((await (await fetch('/admin-api/batches')).json()) as { batches: unknown[] }).batches;

/** Puts a file into the form's file input, as choosing it in the file picker does. */
function chooseFile(form: HTMLFormElement, text: string, name = 'pairs.csv') {
  const input = form.querySelector<HTMLInputElement>('input[name="list"]')!;
  const dt = new DataTransfer();
  dt.items.add(new File([text], name, { type: 'text/csv' }));
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const tableRows = (root: ShadowRoot) =>
  [...root.querySelectorAll('table.invitations tr')].map((tr) =>
    [...tr.children].map((c) => c.textContent!.trim()),
  );

describe('<genbridge-admin> invitations with arms and pairs', () => {
  it('creates a comparison batch with the keyboard only and lists its arm', async () => {
    const { el, root, form } = await invitationsScreen();
    // Every control of the form has a name a screen reader announces.
    for (const input of form.querySelectorAll('input'))
      expect(input.closest('label'), input.name).to.not.equal(null);
    form.querySelector<HTMLInputElement>('input[name="arm"][value="programme"]')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // radio group: the arrow key moves the choice
    expect(form.querySelector<HTMLInputElement>('input[value="comparison"]')!.checked).to.equal(
      true,
    );
    form.querySelector<HTMLInputElement>('input[name="count"]')!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: '3' });
    await sendKeys({ press: 'Enter' });
    await until(() => root.textContent!.includes('3 invitations created'), 'the batch');
    expect(await batches()).to.deep.equal([{ arm: 'comparison', count: 3 }]);
    const rows = tableRows(root);
    expect(rows[0]).to.deep.equal(['#', 'Invitations', 'Group', 'Pair', 'Revoke']);
    expect(rows.slice(1).map((r) => [r[2], r[3]])).to.deep.equal([
      ['Comparison', '—'],
      ['Comparison', '—'],
      ['Comparison', '—'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('an uploaded list of pairs creates one invitation per row with arm and pair', async () => {
    const { el, root, form } = await invitationsScreen();
    form.querySelector<HTMLInputElement>('input[name="source"][value="list"]')!.click();
    chooseFile(form, 'pair_id,arm\r\npair-01,\r\npair-01,programme\r\n\r\n,comparison\r\n');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(() => root.textContent!.includes('3 invitations created'), 'the batch');
    expect(await batches()).to.deep.equal([
      {
        arm: 'programme',
        invitations: [
          { arm: 'programme', pairId: 'pair-01' },
          { arm: 'programme', pairId: 'pair-01' },
          { arm: 'comparison' },
        ],
      },
    ]);
    expect(
      tableRows(root)
        .slice(1)
        .map((r) => [r[2], r[3]]),
    ).to.deep.equal([
      ['Programme', 'pair-01'],
      ['Programme', 'pair-01'],
      ['Comparison', '—'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('a list with bad rows creates nothing and names each line and column', async () => {
    const { el, root, form } = await invitationsScreen();
    form.querySelector<HTMLInputElement>('input[name="source"][value="list"]')!.click();
    chooseFile(form, 'pair_id,arm\npair-01,programme\nPair 2,programme\npair-03,control\n');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = await until(() => root.querySelector('.list-errors'), 'the row errors');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('No invitation was created: the list has 2 problems');
    const items = [...alert.querySelectorAll('li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'Line 3, pair_id: "Pair 2" is not a pair id: use lower-case letters, digits or "-" (at most 64), e.g. pair-01',
      'Line 4, arm: "control" is not a group: write programme or comparison, or leave it empty',
    ]);
    expect(await batches()).to.deep.equal([]);
    expect(root.textContent).to.contain('No invitations yet.');
    await expect(el).to.be.accessible();

    // A pair in the comparison arm, and no file at all, are refused the same way.
    form.querySelector<HTMLInputElement>('input[name="arm"][value="comparison"]')!.click();
    chooseFile(form, 'pair-01\n');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(
      () => root.querySelector('.list-errors')?.textContent?.includes('Line 1, pair_id'),
      'the comparison error',
    );
    expect(root.querySelector('.list-errors')!.textContent).to.contain(
      'must be empty in the comparison group',
    );
    form.querySelector<HTMLInputElement>('input[name="list"]')!.value = '';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await until(
      () => root.querySelector('.list-errors')?.textContent?.includes('Choose a file'),
      'the missing-file error',
    );
    expect(await batches()).to.deep.equal([]);
  });

  it('speaks German and mirrors right to left, axe-clean', async () => {
    const { el, root, form } = await invitationsScreen({ lang: 'de', dir: 'rtl' });
    expect(form.querySelector('fieldset legend')!.textContent).to.contain('Für wen');
    form.querySelector<HTMLInputElement>('input[name="source"][value="list"]')!.click();
    chooseFile(form, 'pair_id\nPaar 1\n');
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    const alert = await until(() => root.querySelector('.list-errors'), 'the row errors');
    expect(alert.textContent).to.contain('Zeile 2, pair_id');
    expect(alert.textContent).to.contain('„Paar 1“ ist keine Paarkennung');
    // The indented count and file fields step in from the right edge.
    const fieldset = form.querySelectorAll('fieldset')[1]!.getBoundingClientRect();
    const count = form.querySelector('label.indented')!.getBoundingClientRect();
    expect(fieldset.right - count.right).to.be.greaterThan(20);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
    await expect(el).to.be.accessible();
  });
});
