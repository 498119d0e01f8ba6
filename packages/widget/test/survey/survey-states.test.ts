import { expect, waitUntil } from '@open-wc/testing';
import { startOutboxFlusher } from '../../src/survey/outbox-flusher.js';
import { UNREACHABLE_LIMIT } from '../../src/survey/outbox-flusher.js';
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
  settle,
} from './helpers.js';

beforeEach(() => localStorage.clear());

const OUTBOX = 'genbridge:outbox:v1';

describe('<genbridge-survey> states around delivery (issue 14)', () => {
  it('says "already completed on …" to a participant who delivered this survey on this device, and can offer to answer again', async () => {
    const bucket = newBucket();
    const first = await mountSurvey({
      wave: 'exit',
      participant: 'DONE-0001',
      endpoint: endpointFor(bucket),
    });
    const submitted = nextEvent(first, 'genbridge-submitted');
    await completeSurvey(first);
    expect((await submitted).detail.wave).to.equal('exit');
    first.remove();

    const again = await mountSurvey({
      wave: 'exit',
      participant: 'DONE-0001',
      endpoint: endpointFor(bucket),
      allowResubmit: true,
    });
    expect($(again, '#completion-title')!.textContent).to.match(/already completed this survey on/);
    expect($(again, '#page-title')).to.equal(null);
    await clickButton(again as never, 'button-answer-again' as never);
    expect($(again, '#page-title')).not.to.equal(null);
    expect(again.model!.data).to.deep.equal({});

    // A different person on the same device starts normally.
    const other = await mountSurvey({
      wave: 'exit',
      participant: 'OTHR-0002',
      endpoint: endpointFor(bucket),
    });
    expect($(other, '#page-title')).not.to.equal(null);
  });

  it('never calls a queued response "received", and says it is only on this device', async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'down');
    const el = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    await failed;
    await settle(el);
    const title = $(el, '#completion-title')!.textContent!;
    expect(title).to.match(/not sent yet/);
    expect(title).not.to.match(/thank|received|recorded/i);
    expect($(el, '[part~="status"]')!.textContent).to.match(/only on this device/);
  });

  it(`after ${UNREACHABLE_LIMIT} failures while online (as with a CORS mistake) tells the participant to contact the programme team`, async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'down');
    const el = await mountSurvey({ wave: 'exit', endpoint: endpointFor(bucket) });
    const details: { contactTeam?: boolean; reason: string }[] = [];
    el.addEventListener('genbridge-submit-error', (e) => details.push(e.detail));
    let failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    await failed;
    for (let i = 1; i < UNREACHABLE_LIMIT; i++) {
      failed = nextEvent(el, 'genbridge-submit-error');
      await clickButton(el, 'button-retry');
      await failed;
    }
    await settle(el);
    expect(details.map((d) => d.reason)).to.deep.equal([
      ...Array(UNREACHABLE_LIMIT - 1).fill('network'),
      'unreachable',
    ]);
    expect(details.at(-1)!.contactTeam).to.equal(true);
    expect($(el, '[part~="status"]')!.textContent).to.match(/programme team/);
    // Still queued: if the team fixes the server, the answers arrive.
    expect(localStorage.getItem(OUTBOX)).to.contain('responseId');
    await expect(el).to.be.accessible();
  });

  it('a page without a survey element sends what an earlier visit queued (shared flusher)', async () => {
    const bucket = newBucket();
    await setServerMode(bucket, 'down');
    const el = await mountSurvey({ wave: 'baseline', endpoint: endpointFor(bucket) });
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    const { responseId } = (await failed).detail;
    el.remove();
    await setServerMode(bucket, 'ok');

    startOutboxFlusher();
    await waitUntil(() => localStorage.getItem(OUTBOX) === null, 'the queue was not sent', {
      timeout: 10_000,
    });
    expect(localStorage.getItem(OUTBOX)).to.equal(null);
    expect((await serverState(bucket)).stored.map((r) => r.responseId)).to.deep.equal([responseId]);
  });
});
