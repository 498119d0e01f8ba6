/// <reference lib="dom" />
// (page.waitForFunction callbacks below run in the browser.)
import {
  defaultInstrument,
  openTextMinGroup,
  SurveyPrivacy,
  toSurveyJson,
  type ProgrammeReport,
} from '@genbridge/schema';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_PROGRAMME } from './helpers/fixtures.js';
import {
  adminFetch,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

// Issue 14, finding 4: what the exit survey promises about open answers follows the programme.
// The collector serves the settings a participant must be told about, without sign-in (a
// participant has none), and the survey built from them says what the programme does.

let server: ServerProcess;
const api = (path: string) => `${server.url}/api${path}`;

async function createProgramme(body: Record<string, unknown>): Promise<void> {
  const res = await adminFetch(api('/programmes'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...OPEN_PROGRAMME, ...body }),
  });
  expect(res.status).toBe(201);
}

/** The settings as a participant's browser gets them: no credentials. */
async function settings(id: string): Promise<SurveyPrivacy> {
  const res = await fetch(api(`/programmes/${id}/survey-settings`));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { programmeId: string; privacy: unknown };
  expect(body.programmeId).toBe(id);
  return SurveyPrivacy.parse(body.privacy);
}

/** The English hint under the exit survey's open questions, built from served settings. */
const hint = (privacy: SurveyPrivacy): string => {
  const json = toSurveyJson(defaultInstrument, { wave: 'exit', privacy });
  const comment = json.pages.flatMap((p) => p.elements).find((e) => e.type === 'comment');
  return comment!.description!.default;
};

beforeAll(async () => {
  server = await startServer({ args: ['--rate-limit', 'off'] });
  await createProgramme({ id: 'published', publicReport: true });
  await createProgramme({ id: 'private-k10', anonymityThreshold: 10 });
  await createProgramme({ id: 'private-k12', anonymityThreshold: 12 });
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  removeDir(server.dataDir);
});

describe('GET /api/programmes/:id/survey-settings', () => {
  it('a programme whose reports are public gets a survey that does not claim "only the programme team"', async () => {
    const privacy = await settings('published');
    expect(privacy.reportAudience).toBe('public');
    // The report really is readable without sign-in: the promise must say so.
    expect((await fetch(api('/programmes/published/report'))).status).not.toBe(401);
    expect(hint(privacy)).not.toMatch(/only to the programme team/);
    expect(hint(privacy)).toMatch(/anyone with the link/);
  });

  it('a programme with k = 10 names 10; with k = 12 names 12 (a group below k is never shown)', async () => {
    const k10 = await settings('private-k10');
    expect(k10).toMatchObject({ reportAudience: 'viewers', anonymityThreshold: 10 });
    expect(hint(k10)).toMatch(/at least 10 people/);
    expect((await fetch(api('/programmes/private-k10/report'))).status).toBe(401);
    const k12 = await settings('private-k12');
    expect(openTextMinGroup(k12)).toBe(12);
    expect(hint(k12)).toMatch(/at least 12 people/);
  });

  it('follows a change of the programme at once (no stale copy)', async () => {
    await createProgramme({ id: 'switches' });
    expect((await settings('switches')).reportAudience).toBe('viewers');
    const res = await adminFetch(api('/programmes/switches'), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ publicReport: true, anonymityThreshold: 15 }),
    });
    expect(res.status).toBe(200);
    const after = await settings('switches');
    expect(after).toMatchObject({ reportAudience: 'public', anonymityThreshold: 15 });
    expect(hint(after)).toMatch(/at least 15 people/);
  });

  it('an unknown programme is a 404 with the reason (the same as submitting to it)', async () => {
    const res = await fetch(api('/programmes/no-such-programme/survey-settings'));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'programme_not_found' });
  });
});

describe('the demo: its public results and its survey’s promise agree', () => {
  let demo: ServerProcess;
  beforeAll(async () => {
    demo = await startServer({ command: 'demo' });
  }, 120_000);
  afterAll(async () => {
    if (demo) {
      await demo.stop();
      removeDir(demo.dataDir);
    }
  });

  it('the released report quotes open answers to anyone, and the survey says exactly that', async () => {
    const res = await fetch(`${demo.url}/api/programmes/intranet-demo/report`);
    expect(res.status).toBe(200);
    const report = (await res.json()) as ProgrammeReport;
    const quoted = report.feedback.filter((g) => !g.suppressed && g.openText.released);
    expect(quoted.length).toBeGreaterThan(0);
    const privacy = SurveyPrivacy.parse(
      (
        (await (
          await fetch(`${demo.url}/api/programmes/intranet-demo/survey-settings`)
        ).json()) as { privacy: unknown }
      ).privacy,
    );
    expect(privacy.reportAudience).toBe('public');
    expect(privacy.openTextInReports).toBe(true);
    const n = Math.max(report.settings.anonymityThreshold, report.settings.openTextThreshold);
    expect(openTextMinGroup(privacy)).toBe(n);
    expect(hint(privacy)).toMatch(new RegExp(`anyone with the link.*at least ${n} people`));

    // And the demo's own exit page in Chromium, as a participant with the printed invitation.
    const link = /invitation: {2}(http:\/\/\S+)/.exec(demo.output())![1]!;
    const exitPage = new URL(link);
    exitPage.pathname = '/exit.html';
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(exitPage.href, { waitUntil: 'load' });
      const shown = await page.waitForFunction(
        () => {
          const el = document.querySelector('genbridge-survey') as
            | (HTMLElement & { model?: { getQuestionByName(n: string): { description: string } } })
            | null;
          return el?.model?.getQuestionByName('improvement')?.description;
        },
        { timeout: 30_000 },
      );
      const text = String(await shown.jsonValue());
      expect(text).not.toMatch(/only to the programme team/);
      expect(text).toBe(hint(privacy));
    } finally {
      await browser.close();
    }
  }, 90_000);
});
