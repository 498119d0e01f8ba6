import { expect } from '@open-wc/testing';
import { GenbridgeSurvey } from '../../src/index.js';

const loaded = (name: string) =>
  performance.getEntriesByType('resource').some((e) => e.name.includes(name));

describe('survey-core is loaded only to render a survey', () => {
  it('importing the package entry (classes only) loads neither survey-core nor registers the element', async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(GenbridgeSurvey.version).to.match(/^\d+\.\d+\.\d+/);
    expect(loaded('/survey-core/')).to.equal(false);
    expect(customElements.get('genbridge-survey')).to.equal(undefined);
  });

  it('loads it on demand once a survey element is built', async () => {
    customElements.define('genbridge-survey', GenbridgeSurvey);
    const el = document.createElement('genbridge-survey');
    el.setAttribute('programme', 'lazy');
    el.setAttribute('participant', 'LAZY-01');
    document.body.append(el);
    await el.surveyReady;
    expect(loaded('/survey-core/')).to.equal(true);
    expect(el.model?.getQuestionByName('consent')).to.not.equal(null);
    el.remove();
  });
});
