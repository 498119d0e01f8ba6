/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate callbacks below run in the browser.)
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, {
  type Browser,
  type BrowserContext,
  type ElementHandle,
  type Page,
} from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validResponses } from './helpers/fixtures.js';
import { freePort, startOidcProvider } from './helpers/oidc-provider.js';
import {
  adminFetch,
  removeDir,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './helpers/server-process.js';

// The console end to end in Debian's Chromium against a real collector process and a real OpenID
// provider: a manager signs in, creates a programme and invitations, the first invited person
// answers the baseline in the real <genbridge-survey> with the keyboard only (the others by API),
// the manager sees live participation, closes the wave (which releases the report) and views it;
// a viewer then reads the release and is refused the raw export; a steward reads the audit log.

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const BUNDLES = fileURLToPath(new URL('../../widget/bundle/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PROGRAMME = 'e2e-mentoring';

let server: ServerProcess;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let browser: Browser;
let base: string;
const problems: string[] = [];

async function newSession(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('console', (m) => {
    // Only the console's own pages count (the provider's login page loads web fonts); the
    // viewer's refused export is an expected 403.
    const where = m.location().url ?? '';
    if (m.type() !== 'error' || !where.startsWith(base) || /favicon|export\.csv/.test(where))
      return;
    problems.push(`console: ${m.text()} (${where})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  return { context, page };
}

// Every wait below polls in the page's main world on a timer. Puppeteer's selector waits
// (`locator()`, `waitForSelector`, `>>>`) run in its utility world; right after a navigation on a
// loaded machine they sometimes never saw an element that was there (diagnosed: the console had
// rendered "Signed in as …" and its <nav>, /api/session named the person, the tab was visible and
// animation frames ran, yet the wait timed out) — the "signed-out landing" this test was once
// disabled for. A main-world poll is re-run on every new document and cannot miss it.
const POLL = { polling: 100, timeout: 30_000 } as const;

/** The first element in the console's shadow root matching `selector`, once it is there. */
async function shadow(page: Page, selector: string): Promise<ElementHandle<Element>> {
  try {
    const handle = await page.waitForFunction(
      (s: string) => document.querySelector('genbridge-admin')?.shadowRoot?.querySelector(s),
      POLL,
      selector,
    );
    return handle.asElement() as ElementHandle<Element>;
  } catch (error) {
    const shown = (await text(page).catch(() => '')).replace(/\s+/g, ' ');
    throw new Error(`no ${selector} in the console; it shows: ${shown}`, { cause: error });
  }
}
async function pageHas(page: Page, selector: string): Promise<void> {
  await page.waitForFunction((s: string) => document.querySelector(s), POLL, selector);
}

/** Signs in through the provider's real login and consent forms. */
async function signIn(page: Page, login: string): Promise<void> {
  // A loaded CI machine can take longer than puppeteer's 30 s default for a first render.
  page.setDefaultTimeout(60_000);
  await page.goto(`${base}/admin/`, { waitUntil: 'load' });
  const link = await shadow(page, 'a[href$="/auth/login"]');
  await Promise.all([page.waitForNavigation(), link.click()]);
  await pageHas(page, 'input[name="login"]');
  await page.type('input[name="login"]', login);
  await page.type('input[name="password"]', 'any');
  await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  // Consent, then the collector's callback page refreshes to /admin/.
  if (await page.$('input[name="prompt"][value="consent"]'))
    await Promise.all([page.waitForNavigation(), page.click('button[type="submit"]')]);
  await page.waitForFunction(
    () =>
      location.pathname === '/admin/' &&
      document.querySelector('genbridge-admin')?.shadowRoot?.querySelector('nav'),
    POLL,
  );
}

async function text(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('genbridge-admin')!.shadowRoot!.textContent!);
}
async function waitForText(page: Page, wanted: string): Promise<void> {
  try {
    await page.waitForFunction(
      (w: string) =>
        document.querySelector('genbridge-admin')?.shadowRoot?.textContent?.includes(w),
      POLL,
      wanted,
    );
  } catch (error) {
    const shown = (await text(page)).replace(/\s+/g, ' ');
    throw new Error(`"${wanted}" did not appear; the console shows: ${shown}`, { cause: error });
  }
}
/** Opens a programme from the list by its accessible name, as a screen reader user would. */
async function openProgramme(page: Page): Promise<void> {
  await clickButton(page, 'Programmes');
  await (await shadow(page, 'button[aria-label="Manage Reverse mentoring E2E"]')).click();
  // The programme page fills in as its parts arrive (releases, invitations, participation), each
  // behind a progress bar, and the parts below move down when one does: a click aimed at a button
  // further down while one is loading can land on whatever moved there (seen once in CI: the
  // steward's "Export responses (CSV)" click never opened its confirmation).
  await page.waitForFunction(
    () =>
      document.querySelector('genbridge-admin')?.shadowRoot?.querySelector('h3') &&
      !document.querySelector('genbridge-admin')?.shadowRoot?.querySelector('progress'),
    POLL,
  );
}
async function clickButton(page: Page, label: string): Promise<void> {
  try {
    // The button (or link) whose visible text is exactly the label, clicked like a person would.
    const handle = await page.waitForFunction(
      (l: string) =>
        [
          ...document.querySelector('genbridge-admin')!.shadowRoot!.querySelectorAll('button, a'),
        ].find((b) => b.textContent?.trim() === l && !(b as HTMLButtonElement).disabled),
      POLL,
      label,
    );
    // Where it is after two frames in the same place: a click is aimed at a point, and a button
    // still moving (something above it finished loading) would not be under it.
    await page.waitForFunction(
      (b: Element | undefined) =>
        new Promise<boolean>((resolve) => {
          if (!b) return resolve(false);
          const before = b.getBoundingClientRect();
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const after = b.getBoundingClientRect();
              resolve(before.top === after.top && before.left === after.left);
            }),
          );
        }),
      POLL,
      handle,
    );
    await (handle as unknown as { click(): Promise<void> }).click();
  } catch (error) {
    const shown = (await text(page)).replace(/\s+/g, ' ');
    throw new Error(`no "${label}" to click; the console shows: ${shown}`, { cause: error });
  }
}

/** What the keyboard focus is on, through open shadow roots. */
interface Focused {
  tag: string;
  type: string;
  part: string;
  checked: boolean;
  groupAnswered: boolean;
  value: string;
}

/**
 * Completes the survey on the page with the keyboard only: Tab to each control, Space on an
 * unanswered radio group or an unticked box, ArrowDown on an unset select, typing into empty
 * text fields, Enter on Next and Complete; until the collector acknowledged the response.
 */
async function answerWithKeyboard(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .querySelector('genbridge-survey')
        ?.shadowRoot?.querySelector('[part~="button-next"], [part~="button-complete"]'),
    POLL,
  );
  const focused = () =>
    page.evaluate((): Focused | null => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const input = el as HTMLInputElement;
      const root = el.getRootNode() as ParentNode;
      const group =
        input.type === 'radio'
          ? [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter(
              (r) => r.name === input.name,
            )
          : [];
      return {
        tag: el.tagName.toLowerCase(),
        type: input.type ?? '',
        part: el.getAttribute('part') ?? '',
        checked: !!input.checked,
        groupAnswered: group.some((r) => r.checked),
        value: String(input.value ?? ''),
      };
    });
  for (let step = 0; step < 600; step++) {
    if (await page.evaluate(() => (window as unknown as { submitted?: boolean }).submitted)) return;
    await page.keyboard.press('Tab');
    const f = await focused();
    if (!f) continue;
    if (f.type === 'radio' && !f.groupAnswered) await page.keyboard.press('Space');
    else if (f.type === 'checkbox' && !f.checked) await page.keyboard.press('Space');
    else if (f.tag === 'select' && (f.value === '' || f.value === '-1'))
      await page.keyboard.press('ArrowDown');
    else if ((f.tag === 'textarea' || /^(text|number|email)$/.test(f.type)) && f.value === '')
      await page.keyboard.type(f.type === 'number' ? '3' : 'Learning from each other');
    else if (/button-(next|complete)/.test(f.part)) {
      await page.keyboard.press('Enter');
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  const shown = await page.evaluate(
    () => document.querySelector('genbridge-survey')?.shadowRoot?.textContent ?? '',
  );
  throw new Error(`the survey was not completed by keyboard; it shows: ${shown.slice(0, 1500)}`);
}

/** axe-core over the document and the console's shadow root; resolves to the violations. */
async function axe(page: Page): Promise<string[]> {
  // Evaluated through DevTools, not a <script>: the page's CSP (Trusted Types) stays enforced.
  await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(ctx: unknown): Promise<{ violations: { id: string; help: string }[] }> };
      }
    ).axe.run(document);
    return result.violations.map((v) => `${v.id}: ${v.help}`);
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider([`${base}/auth/callback`]);
  const dataDir = tempDataDir();
  const config = join(dataDir, 'collector.json');
  writeFileSync(
    config,
    JSON.stringify({
      publicUrl: base,
      oidc: {
        issuer: provider.issuer,
        clientId: 'genbridge',
        allowInsecureIssuer: true,
        roles: {
          'hr-data-stewards': 'steward',
          'hr-programme-managers': 'manager',
          'leadership-readers': { role: 'viewer', programmes: [PROGRAMME] },
        },
      },
    }),
  );
  server = await startServer({
    dataDir,
    args: [
      ...['--config', config, '--port', String(port), '--rate-limit', 'off'],
      // The survey page the invitation links open loads <genbridge-survey> from here.
      ...['--static', `/widget/=${BUNDLES}`],
    ],
  });
  browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    // The page's own CSP (enforced) is the collector's; nothing here relaxes it.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await provider?.close();
  if (server) {
    expect(await server.stop()).toBe(0);
    removeDir(server.dataDir);
  }
});

describe('<genbridge-admin> in Chromium', { timeout: 240_000 }, () => {
  it('a manager runs a programme from sign-in to a released report; a viewer reads it', async () => {
    const manager = await newSession();
    const page = manager.page;
    await page.goto(`${base}/admin/`, { waitUntil: 'load' });
    await shadow(page, 'a[href$="/auth/login"]');
    expect(await axe(page), 'sign-in page').toEqual([]);

    await signIn(page, 'bob');
    expect(await text(page)).toContain('Signed in as Bob Manager (programme manager)');
    // A manager has no audit log and no raw data.
    expect(await page.$('genbridge-admin >>> ::-p-text(Audit log)')).toBeNull();

    // Create the programme with the keyboard only.
    await clickButton(page, 'New programme');
    await (await shadow(page, 'input[name="id"]')).click();
    await page.keyboard.type(PROGRAMME);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Reverse mentoring E2E');
    await page.keyboard.press('Tab');
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await waitForText(page, `Programme ${PROGRAMME} created.`);
    expect(await axe(page), 'programme page').toEqual([]);

    // Invitations: create a batch and download the mail-merge file once.
    const downloads = mkdtempSync(join(tmpdir(), 'gb-downloads-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', {
      behavior: 'allow',
      downloadPath: downloads,
      browserContextId: (manager.context as unknown as { id: string }).id,
    });
    await (await shadow(page, 'input[name="count"]')).click({ count: 3 });
    await page.keyboard.type('6');
    // The links point at the collector's own survey page (the element, served from /widget/).
    await (await shadow(page, 'input[name="url"]')).click({ count: 3 });
    await page.keyboard.type(`${base}/embed/survey/${PROGRAMME}?wave=baseline`);
    await clickButton(page, 'Create invitations');
    await waitForText(page, '6 invitations created');
    await clickButton(page, 'Download invitations (CSV)');
    await waitForText(page, 'Downloaded. The links are no longer kept here.');
    let files: string[] = [];
    for (let i = 0; i < 50 && files.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      files = readdirSync(downloads).filter((f) => f.endsWith('.csv'));
    }
    const csv = readFileSync(join(downloads, files[0]!), 'utf8').trim().split(/\r\n/);
    expect(csv[0]).toBe('invitation,link,arm,pair_id');
    expect(csv).toHaveLength(7);
    const tokens = csv
      .slice(1)
      .map((row) => new URL(row.split(',')[1]!).searchParams.get('invite')!);
    expect(await page.$('genbridge-admin >>> ::-p-text(Download invitations)')).toBeNull();

    // Issue 11: two colleagues in the comparison arm (keyboard only), then an uploaded list of
    // mentoring pairs in the CLI's format; the collector stores the arm and pair of each.
    await (await shadow(page, 'input[name="arm"][value="programme"]')).focus();
    await page.keyboard.press('ArrowDown');
    await (await shadow(page, 'input[name="count"]')).click({ count: 3 });
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await waitForText(page, '2 invitations created');
    const issuedRows = () =>
      page.evaluate(() =>
        [
          ...document
            .querySelector('genbridge-admin')!
            .shadowRoot!.querySelectorAll('table.invitations tbody tr'),
        ].map((tr) =>
          [...tr.children]
            .map((c) => c.textContent!.trim())
            .slice(2, 4)
            .join('|'),
        ),
      );
    expect((await issuedRows()).filter((r) => r === 'Comparison|—')).toHaveLength(2);
    const pairsFile = join(downloads, 'pairs.csv');
    writeFileSync(pairsFile, 'pair_id,arm\npair-01,programme\npair-01,programme\n,comparison\n');
    await (await shadow(page, 'input[name="source"][value="list"]')).click();
    await (
      (await shadow(page, 'input[name="list"]')) as ElementHandle<HTMLInputElement>
    ).uploadFile(pairsFile);
    await clickButton(page, 'Create invitations');
    await waitForText(page, '3 invitations created');
    expect(await issuedRows()).toEqual(
      expect.arrayContaining(['Programme|pair-01', 'Programme|pair-01']),
    );
    const stored = (await (
      await adminFetch(`${base}/api/programmes/${PROGRAMME}/invitations`)
    ).json()) as { issued: number; invitations: { arm?: string; pairId?: string }[] };
    expect(stored.issued).toBe(11);
    expect(stored.invitations.filter((i) => i.pairId === 'pair-01')).toEqual([
      expect.objectContaining({ arm: 'programme', pairId: 'pair-01' }),
      expect.objectContaining({ arm: 'programme', pairId: 'pair-01' }),
    ]);
    expect(stored.invitations.filter((i) => i.arm === 'comparison')).toHaveLength(3);
    // A list with a bad row creates nothing and names the line and the column.
    writeFileSync(pairsFile, 'pair_id\npair-02\nPair 3\n');
    await (
      (await shadow(page, 'input[name="list"]')) as ElementHandle<HTMLInputElement>
    ).uploadFile(pairsFile);
    await clickButton(page, 'Create invitations');
    await waitForText(page, 'Line 3, pair_id');
    expect(await axe(page), 'list errors').toEqual([]);
    const after = (await (
      await adminFetch(`${base}/api/programmes/${PROGRAMME}/invitations`)
    ).json()) as { issued: number };
    expect(after.issued).toBe(11);
    removeDir(downloads);

    // The first invited person follows their link and answers the baseline in <genbridge-survey>
    // with the keyboard only; the element takes the token out of the address bar.
    const participant = await newSession();
    const link = csv[1]!.split(',')[1]!;
    await participant.page.evaluateOnNewDocument(() => {
      document.addEventListener('genbridge-submitted', () => {
        (window as unknown as { submitted: boolean }).submitted = true;
      });
    });
    await participant.page.goto(link, { waitUntil: 'load' });
    await answerWithKeyboard(participant.page);
    expect(participant.page.url()).not.toContain('invite=');
    await participant.context.close();

    // Six invited people answer both waves with their own invitation (the first one's exit too).
    const answers = validResponses(PROGRAMME, 6, { dropout: 0 });
    const byPerson = new Map<string, typeof answers>();
    for (const r of answers)
      byPerson.set(r.participant, [...(byPerson.get(r.participant) ?? []), r]);
    let person = 0;
    for (const responses of byPerson.values()) {
      const token = tokens[person++]!;
      for (const r of responses) {
        if (person === 1 && r.wave === 'baseline') continue;
        const { participant: _p, cohort: _c, ...body } = r;
        const res = await fetch(`${base}/api/programmes/${PROGRAMME}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Invitation ${token}` },
          body: JSON.stringify(body),
        });
        expect(res.status, await res.clone().text()).toBe(201);
      }
    }

    // Close the wave: the report is released and can be viewed in <genbridge-results>.
    await openProgramme(page);
    await waitForText(page, '12 responses received');
    // Live participation: six people in each wave, none with a cohort ("not stated").
    await shadow(page, 'table caption');
    const live = await page.evaluate(() =>
      [
        ...document
          .querySelector('genbridge-admin')!
          .shadowRoot!.querySelectorAll('table:has(caption) tr'),
      ].map((tr) => [...tr.children].map((c) => c.textContent!.trim()).join('|')),
    );
    expect(live).toEqual(['Cohort|Baseline|Exit', 'Not stated|6|6', 'Everyone|6|6']);
    await clickButton(page, 'Close the wave and release the report');
    await waitForText(page, 'Release 1 published.');
    await clickButton(page, 'View release 1');
    await page.waitForFunction(
      () =>
        (
          document
            .querySelector('genbridge-admin')
            ?.shadowRoot?.querySelector('genbridge-results') as { state?: string } | null
        )?.state === 'ready',
      POLL,
    );

    // A second release with no change in between is refused; the console shows why.
    await clickButton(page, 'Release the report now');
    await page.waitForFunction(
      () =>
        document
          .querySelector('genbridge-admin')
          ?.shadowRoot?.querySelector('[role="alert"]')
          ?.textContent?.includes('refused') ||
        document
          .querySelector('genbridge-admin')
          ?.shadowRoot?.textContent?.includes('Release 2 published.'),
      POLL,
    );
    await manager.context.close();

    // The viewer reads the release; the raw export is refused.
    const viewer = await newSession();
    await signIn(viewer.page, 'carol');
    expect(await text(viewer.page)).toContain('(report viewer)');
    expect(await viewer.page.$('genbridge-admin >>> ::-p-text(New programme)')).toBeNull();
    await openProgramme(viewer.page);
    await clickButton(viewer.page, 'View release 1');
    await viewer.page.waitForFunction(
      () =>
        (
          document
            .querySelector('genbridge-admin')
            ?.shadowRoot?.querySelector('genbridge-results') as { state?: string } | null
        )?.state === 'ready',
      POLL,
    );
    expect(await text(viewer.page)).not.toContain('Export responses');
    const exportStatus = await viewer.page.evaluate(
      async (id: string) => (await fetch(`/api/programmes/${id}/export.csv`)).status,
      PROGRAMME,
    );
    expect(exportStatus).toBe(403);
    await viewer.context.close();

    // The steward sees who did what.
    const steward = await newSession();
    await signIn(steward.page, 'alice');
    await clickButton(steward.page, 'Audit log');
    await waitForText(steward.page, 'programme.create');
    const log = await text(steward.page);
    for (const action of ['login', 'programme.create', 'invitations.create', 'programme.update'])
      expect(log).toContain(action);
    expect(log).toContain('Bob Manager');
    expect(await axe(steward.page), 'audit log').toEqual([]);
    // Export behind a confirmation, then erasure behind a confirmation.
    await openProgramme(steward.page);
    await clickButton(steward.page, 'Export responses (CSV)');
    await waitForText(steward.page, 'Export now?');
    await clickButton(steward.page, 'Cancel');
    await (await shadow(steward.page, 'input[name="participant"]')).click();
    await steward.page.keyboard.type('NOBODY-123');
    await clickButton(steward.page, 'Erase one participant');
    await waitForText(steward.page, 'Erase every answer of NOBODY-123?');
    await clickButton(steward.page, 'Yes, continue');
    await waitForText(steward.page, '0 responses erased.');
    await steward.context.close();

    expect(problems).toEqual([]);
    const audit = await (await adminFetch(`${base}/api/audit?programme=${PROGRAMME}`)).text();
    expect(audit).toContain('participant.erase');
  });

  it("refuses a response outside its wave's dates with a problem naming the wave and the date", async () => {
    const created = await adminFetch(`${base}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'e2e-scheduled',
        accessMode: 'open',
        schedule: { exit: { opens: '2099-01-01T00:00:00+01:00' } },
      }),
    });
    expect(created.status).toBe(201);
    expect(((await created.json()) as { schedule: unknown }).schedule).toEqual({
      exit: { opens: '2098-12-31T23:00:00.000Z' },
    });
    const exit = validResponses('e2e-scheduled', 1).find((r) => r.wave === 'exit')!;
    const { cohort: _c, ...body } = exit;
    const res = await fetch(`${base}/api/programmes/e2e-scheduled/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(409);
    // The collector's one problem shape: a sentence, a stable code, the field.
    const problem = (await res.json()) as { code: string; error: string; errors: unknown[] };
    expect(problem.code).toBe('wave_not_open');
    expect(problem.errors).toEqual([
      { path: 'wave', message: 'exit opens at 2098-12-31T23:00:00.000Z' },
    ]);
    expect(problem.error).toBe(
      'the exit wave of programme "e2e-scheduled" opens at 2098-12-31T23:00:00.000Z',
    );
  });
});
