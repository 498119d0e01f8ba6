import { expect } from '@open-wc/testing';
import { sealToken, tokenFor } from '../../src/survey/invitation.js';
import {
  $,
  addInvitation,
  allLocalStorage,
  clickButton,
  completeSurvey,
  mountSurvey,
  newBucket,
  nextEvent,
  programmeEndpointFor,
  serverState,
  setServerMode,
  settle,
} from './helpers.js';

beforeEach(() => localStorage.clear());

/** Unguessable enough for a test, and easy to search for. */
const newToken = () => `inv_${crypto.randomUUID().replaceAll('-', '')}`;

const shownAnywhere = (el: HTMLElement, token: string) =>
  document.documentElement.outerHTML.includes(token) ||
  el.shadowRoot!.innerHTML.includes(token) ||
  location.href.includes(token);

describe('<genbridge-survey> with an invitation (contract 4)', () => {
  it('skips the code step, sends the token only in the Authorization header and never shows or stores it in clear', async () => {
    const bucket = newBucket();
    const token = newToken();
    await addInvitation(bucket, token, 'PSEU-0001');
    await setServerMode(bucket, 'down');
    const el = await mountSurvey({
      wave: 'exit',
      participant: null,
      invitation: token,
      endpoint: programmeEndpointFor(bucket),
    });
    expect($(el, '#code-title')).to.equal(null);
    expect($(el, '#page-title')).not.to.equal(null);
    expect(el.hasAttribute('invitation')).to.equal(false);
    expect(el.invitation).to.equal(undefined);
    expect(shownAnywhere(el, token)).to.equal(false);

    // Offline first: the queued entry must be able to retry later, without the token in clear.
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    expect((await failed).detail.willRetry).to.equal(true);
    expect(allLocalStorage()).to.contain('genbridge:outbox');
    expect(allLocalStorage()).not.to.contain(token);
    expect(shownAnywhere(el, token)).to.equal(false);

    await setServerMode(bucket, 'ok');
    const submitted = nextEvent(el, 'genbridge-submitted');
    await clickButton(el, 'button-retry');
    expect((await submitted).detail.wave).to.equal('exit');
    const state = await serverState(bucket);
    expect(state.authorizations.at(-1)).to.equal(`Invitation ${token}`);
    expect(state.stored).to.have.length(1);
    // The body had no participant (the server refuses one); the server filled in the pseudonym.
    expect(state.stored[0]!.participant).to.equal('PSEU-0001');
    expect(allLocalStorage()).not.to.contain(token);
    expect(shownAnywhere(el, token)).to.equal(false);
  });

  it('takes ?invite= from the address and removes it from the address bar', async () => {
    const bucket = newBucket();
    const token = newToken();
    await addInvitation(bucket, token, 'PSEU-0002');
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?keep=1&invite=${token}`);
    try {
      const el = await mountSurvey({
        wave: 'exit',
        participant: null,
        endpoint: programmeEndpointFor(bucket),
      });
      expect(location.search).to.equal('?keep=1');
      expect(shownAnywhere(el, token)).to.equal(false);
      const submitted = nextEvent(el, 'genbridge-submitted');
      await completeSurvey(el);
      await submitted;
      expect((await serverState(bucket)).authorizations.at(-1)).to.equal(`Invitation ${token}`);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says "already completed on …" when the server has this wave for the invitation', async () => {
    const bucket = newBucket();
    const token = newToken();
    await addInvitation(bucket, token, 'PSEU-0003');
    const first = await mountSurvey({
      wave: 'exit',
      participant: null,
      invitation: token,
      endpoint: programmeEndpointFor(bucket),
    });
    const submitted = nextEvent(first, 'genbridge-submitted');
    await completeSurvey(first);
    await submitted;
    first.remove();
    localStorage.clear(); // another device: only the server knows

    const again = await mountSurvey({
      wave: 'exit',
      participant: null,
      invitation: token,
      endpoint: programmeEndpointFor(bucket),
    });
    const title = $(again, '#completion-title')!.textContent!;
    expect(title).to.match(/already completed this survey on/);
    expect(title).to.contain(String(new Date().getFullYear()));
    expect($(again, '#page-title')).to.equal(null);
    await expect(again).to.be.accessible();

    // The baseline of the same invitation is still open.
    const baseline = await mountSurvey({
      wave: 'baseline',
      participant: null,
      invitation: token,
      endpoint: programmeEndpointFor(bucket),
    });
    expect($(baseline, '#page-title')).not.to.equal(null);
  });

  it('tells the participant to contact the programme team when the invitation is refused (403), and fires the error event', async () => {
    const bucket = newBucket();
    const el = await mountSurvey({
      wave: 'exit',
      participant: null,
      invitation: newToken(),
      endpoint: programmeEndpointFor(bucket),
    });
    const failed = nextEvent(el, 'genbridge-submit-error');
    await completeSurvey(el);
    const { detail } = await failed;
    expect(detail).to.include({
      reason: 'rejected',
      status: 403,
      code: 'invitation_invalid',
      contactTeam: true,
      willRetry: false,
    });
    await settle(el);
    expect($(el, '[part~="status"]')!.textContent).to.match(/programme team/);
    await expect(el).to.be.accessible();
  });

  it('seals the token for the outbox so another page load can unseal it', async () => {
    const sealed = await sealToken('secret-token-123');
    expect(sealed).not.to.equal(null);
    expect(JSON.stringify(sealed)).not.to.contain('secret-token-123');
    expect(await tokenFor('not-in-memory', sealed)).to.equal('secret-token-123');
  });
});
