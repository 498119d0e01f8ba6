import { expect, waitUntil } from '@open-wc/testing';
import {
  $,
  clickButton,
  completeSurvey,
  endpointFor,
  mountSurvey,
  newBucket,
  nextEvent,
  serverState,
  setServerMode,
} from './helpers.js';

const OUTBOX = 'genbridge:outbox:v1';
const draftKeyOf = (programme: string, wave: string, participant: string) =>
  `genbridge:draft:v2:${programme}:${wave}:genbridge-core@1.0.0:${participant}`;

beforeEach(() => localStorage.clear());

describe('<genbridge-survey> delivery (real HTTP endpoint from test/survey/server.mjs)', () => {
  it('POSTs a schema-valid response, fires complete then submitted, and clears the draft after the ack', async () => {
    const bucket = newBucket();
    const el = await mountSurvey({
      wave: 'baseline',
      programme: 'rm-2026',
      cohort: 'spring',
      participant: 'K7Q2-PX',
      endpoint: endpointFor(bucket),
    });
    const complete = nextEvent(el, 'genbridge-complete');
    const submitted = nextEvent(el, 'genbridge-submitted');
    await completeSurvey(el, 3);
    const { detail } = await complete;
    expect(detail.response).to.include({
      programmeId: 'rm-2026',
      cohort: 'spring',
      participant: 'K7Q2-PX',
      wave: 'baseline',
      consent: true,
      role: 'mentor',
    });
    expect(detail.response!.answers.dc_1).to.equal(4);
    expect((await submitted).detail).to.deep.equal({
      responseId: detail.response!.responseId,
      wave: 'baseline',
      status: 201,
    });
    const state = await serverState(bucket);
    expect(state.stored.map((r) => r.responseId)).to.deep.equal([detail.response!.responseId]);
    expect(localStorage.getItem(draftKeyOf('rm-2026', 'baseline', 'K7Q2-PX'))).to.equal(null);
    expect(localStorage.getItem(OUTBOX)).to.equal(null);
    await el.updateComplete;
    expect($(el, '[part~="status"]')!.textContent).to.match(/received/);
    await expect(el).to.be.accessible();
  });

  it('queues while the network is down, then delivers on the online event', async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'down');
    const el = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    const err = (await failed).detail;
    expect(err).to.include({ reason: 'network', willRetry: true });
    expect(err.retryAt! - Date.now()).to.be.within(0, 1100);
    await el.updateComplete;
    expect($(el, '[part~="status"]')!.textContent).to.match(/only on this device/);
    const queued = JSON.parse(localStorage.getItem(OUTBOX)!) as {
      responseId: string;
      wave: string;
      body: { responseId: string };
    }[];
    expect(queued.map((e) => [e.responseId, e.wave, e.body.responseId])).to.deep.equal([
      [err.responseId, 'exit', err.responseId],
    ]);
    expect((await serverState(bucket)).stored).to.deep.equal([]);

    await setServerMode(bucket, 'ok');
    const submitted = nextEvent(el, 'genbridge-submitted');
    window.dispatchEvent(new Event('online'));
    expect((await submitted).detail.responseId).to.equal(err.responseId);
    expect((await serverState(bucket)).stored.map((r) => r.responseId)).to.deep.equal([
      err.responseId,
    ]);
    expect(localStorage.getItem(OUTBOX)).to.equal(null);
  });

  it('retries 5xx and 429 by itself with backoff (1 s, then 2 s) until the server recovers', async () => {
    const bucket = newBucket();
    // The server's answers are scripted up front (503, then 429, then OK): switching modes between
    // the widget's own retries would race its 1 s timer on a loaded machine.
    await setServerMode(bucket, ['error503', 'error429', 'ok']);
    const el = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const errors: { reason: string; status?: number; retryAt?: number; at: number }[] = [];
    el.addEventListener('genbridge-submit-error', (e) =>
      errors.push({ ...e.detail, at: Date.now() }),
    );
    const acks: string[] = [];
    el.addEventListener('genbridge-submitted', (e) => acks.push(e.detail.responseId));
    // Completing builds the response in a chunk the survey may not have fetched yet: wait for the
    // attempts themselves rather than a fixed time.
    await completeSurvey(el);
    await waitUntil(() => errors.length >= 2, 'not two failed attempts', { timeout: 10_000 });
    expect(errors[0]).to.include({ reason: 'server', status: 503 });
    expect(errors[1]).to.include({ reason: 'rate-limited', status: 429 });
    // Second failed attempt → at least 2 s until the next one.
    expect(errors[1]!.retryAt! - errors[1]!.at).to.be.within(1900, 2100);
    await waitUntil(() => acks.length > 0, 'the third attempt was not acknowledged', {
      timeout: 10_000,
    });
    expect(errors).to.have.length(2);
    const state = await serverState(bucket);
    expect(state.attempts).to.equal(3);
    expect(state.stored.length).to.equal(1);
  });

  it('shows a 4xx refusal, does not retry it, and lets the person go back with every answer kept', async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'reject422');
    const el = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    const err = (await failed).detail;
    expect(err).to.include({ reason: 'rejected', status: 422, willRetry: false });
    expect(err.message).to.equal('answers.dc_1: must be an integer from 1 to 5');
    await el.updateComplete;
    const status = $(el, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('alert');
    // The participant gets a plain sentence; the server's field list is for developers (the event).
    expect(status.textContent).not.to.contain('answers.');
    expect(status.textContent).to.contain('could not be accepted');
    expect(localStorage.getItem(OUTBOX)).to.equal(null);
    window.dispatchEvent(new Event('online'));
    // Longer than the first retry's backoff (1 s): a retry of the refusal would have gone out.
    await new Promise((r) => setTimeout(r, 1300));
    expect((await serverState(bucket)).attempts).to.equal(1);
    await clickButton(el, 'button-review');
    expect(el.model!.state).to.equal('running');
    expect(el.model!.getValue('dc_1')).to.equal(4);
  });

  it('is idempotent: concurrent flushes and a re-sent response leave one stored response', async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'down');
    const el = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    const { responseId } = (await failed).detail;
    // Listening before the server comes back: the widget's own retry (due 1 s after the failure)
    // may beat a slow test to it, and its ack counts too.
    const acks: string[] = [];
    el.addEventListener('genbridge-submitted', (e) => acks.push(e.detail.responseId));
    await setServerMode(bucket, 'ok');
    // Three triggers at once: only one request may reach the server now that it is up (Chrome may
    // itself re-send a POST whose connection was reset, so requests while down are not counted).
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    ($(el, '[part~="button-retry"]') as HTMLButtonElement | null)?.click();
    // The ack first (however long a loaded machine takes), then a moment in which a second request
    // would show up: slowness can only hide a duplicate, never invent one.
    await waitUntil(() => acks.length > 0, 'no genbridge-submitted after the flushes', {
      timeout: 10_000,
    });
    await new Promise((r) => setTimeout(r, 500));
    let state = await serverState(bucket);
    expect(state.delivered).to.equal(1);
    expect(acks).to.deep.equal([responseId]);
    // The same response delivered again (another tab, a lost ack): the server answers 200, nothing new is stored.
    const again = await fetch(endpointFor(bucket), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(state.stored[0]),
    });
    expect(again.status).to.equal(200);
    state = await serverState(bucket);
    expect(state.stored.length).to.equal(1);
  });

  it('delivers a response queued on an earlier page load when the element connects again', async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'down');
    const first = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const failed = nextEvent(first, 'genbridge-submit-error');
    await completeSurvey(first);
    const { responseId } = (await failed).detail;
    first.remove();
    await setServerMode(bucket, 'ok');
    // "Next page load": a new element with the same attributes.
    const submitted = new Promise<string>((resolve) =>
      document.addEventListener('genbridge-submitted', (e) => resolve(e.detail.responseId), {
        once: true,
      }),
    );
    const second = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    expect(await submitted).to.equal(responseId);
    expect((await serverState(bucket)).stored.map((r) => r.responseId)).to.deep.equal([responseId]);
    await second.updateComplete;
  });

  it('without an endpoint only fires genbridge-complete and keeps nothing on the device', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    const complete = nextEvent(el, 'genbridge-complete');
    await completeSurvey(el);
    const { response } = (await complete).detail;
    expect(response!.wave).to.equal('exit');
    expect(response!.retrospective).to.have.property('dc_1');
    expect(localStorage.length).to.equal(0);
  });
});
