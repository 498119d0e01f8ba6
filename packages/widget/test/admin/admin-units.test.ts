import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultInstrument } from '@genbridge/schema';
import '../../src/admin.js';
import { adminLocale, adminStrings } from '../../src/admin/i18n.js';
import { readInstrument } from '../../src/admin/instrument-file.js';
import { invitationsCsv } from '../../src/admin/invitations-csv.js';

describe('invitationsCsv', () => {
  it('puts each token only inside its personal link, never in a bare cell', () => {
    const csv = invitationsCsv('https://intranet.example/survey?lang=de', [
      { id: 'a1', token: '-=cmd|evil' },
      { id: 'b2', token: 'abc_DEF-123' },
    ]);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).to.equal('invitation,link,arm,pair_id');
    expect(rows[1]).to.equal('a1,https://intranet.example/survey?lang=de&invite=-%3Dcmd%7Cevil,,');
    expect(rows[2]).to.equal('b2,https://intranet.example/survey?lang=de&invite=abc_DEF-123,,');
  });

  it('carries the arm and pair each invitation assigns, for the mail merge', () => {
    const csv = invitationsCsv('https://intranet.example/survey', [
      { id: 'c1', token: 'tok1', arm: 'comparison' },
      { id: 'm1', token: 'tok2', pairId: 'pair-01' },
    ]);
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[1]).to.equal('c1,https://intranet.example/survey?invite=tok1,comparison,');
    expect(rows[2]).to.equal('m1,https://intranet.example/survey?invite=tok2,,pair-01');
  });
});

describe('readInstrument', () => {
  it('accepts the default instrument', () => {
    expect(readInstrument(JSON.stringify(defaultInstrument)).ok).to.equal(true);
  });
  it('names the path of each problem', () => {
    const broken = structuredClone(defaultInstrument) as unknown as { constructs: unknown };
    broken.constructs = 'none';
    const read = readInstrument(JSON.stringify(broken));
    expect(read.ok).to.equal(false);
    if (read.ok) return;
    expect(read.errors.map((e) => e.path)).to.include('constructs');
  });
  it('reports a file that is not JSON', () => {
    const read = readInstrument('{ nope');
    expect(read.ok).to.equal(false);
    if (!read.ok) expect(read.errors[0]!.path).to.equal('(file)');
  });
});

describe('admin strings', () => {
  it('has every string in German and French, and picks them by language tag', () => {
    for (const locale of ['de', 'fr']) {
      const t = adminStrings(locale) as unknown as Record<string, unknown>;
      const en = adminStrings('en') as unknown as Record<string, unknown>;
      for (const key of Object.keys(en)) {
        if (
          key === 'name' ||
          key === 'programmes' ||
          key === 'invitations' ||
          key === 'participation' ||
          key === 'nav' ||
          key === 'auditProgramme' ||
          key === 'instrument' ||
          key === 'noValue'
        )
          continue;
        if (typeof en[key] === 'string') expect(t[key], `${locale}.${key}`).not.to.equal(en[key]);
      }
    }
    expect(adminLocale('fr-CA')).to.equal('fr');
    expect(adminLocale('pt')).to.equal('en');
  });
});

describe('<genbridge-admin> without a collector', () => {
  it('shows an error with a retry button, not an endless spinner, and is accessible', async () => {
    const el = await fixture<HTMLElement>(
      html`<genbridge-admin base="http://127.0.0.1:9"></genbridge-admin>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown', {
      timeout: 10_000,
    });
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Something went wrong');
    expect(alert.querySelector('button')!.textContent!.trim()).to.equal('Try again');
    await expect(el).to.be.accessible();
  });
});
