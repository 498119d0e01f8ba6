import { expect, waitUntil } from '@open-wc/testing';
import { lazyTemplate } from '../../src/survey/templates/lazy-types.js';
import { $, afterIdlePreload, mountSurvey } from './helpers.js';

beforeEach(() => localStorage.clear());

/** A first page of common types; the later pages hold rarely used ones, nested too. */
const survey = {
  pages: [
    { name: 'p1', elements: [{ type: 'text', name: 'name', title: 'Your name' }] },
    {
      name: 'p2',
      elements: [
        {
          type: 'panel',
          name: 'box',
          elements: [{ type: 'tagbox', name: 'tools', title: 'Tools', choices: ['a', 'b'] }],
        },
      ],
    },
    {
      name: 'p3',
      elements: [
        {
          type: 'paneldynamic',
          name: 'people',
          title: 'People',
          templateElements: [{ type: 'ranking', name: 'order', choices: ['x', 'y'] }],
        },
      ],
    },
  ],
};

describe('<genbridge-survey> idle preloading', () => {
  it('loads the templates of every later page, nested ones included, once idle', async () => {
    const el = await mountSurvey({ props: { surveyJson: survey } });
    expect($(el, '[data-question="name"]')).to.not.equal(null);
    await afterIdlePreload(el);
    for (const type of ['tagbox', 'paneldynamic', 'ranking'])
      await waitUntil(() => lazyTemplate(type) !== undefined, `${type} not preloaded`, {
        timeout: 10_000,
      });
  });

  it('does not render the element again: later pages are read from the JSON, not built', async () => {
    const el = await mountSurvey({ props: { surveyJson: survey } });
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      updates++;
      original(...args);
    };
    await afterIdlePreload(el);
    // The preload has run (its chunks are there): nothing in it may have touched the model's pages.
    await waitUntil(() => lazyTemplate('tagbox') !== undefined, 'tagbox not preloaded', {
      timeout: 10_000,
    });
    expect(updates).to.equal(0);
    const model = el.model!;
    // Building rows is what survey-core does on a page's first rendering.
    expect(model.pages[1]?.wasRendered).to.equal(false);
  });
});
