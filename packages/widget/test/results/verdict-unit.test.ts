import { expect } from '@open-wc/testing';
import {
  classifyChange,
  minimumDetectableDz,
  verdictSentence,
  type ChangeEvidence,
} from '../../src/results/verdict.js';
import { numberFormats } from '../../src/results/format.js';

/** The example of issue 14: an HR manager must be able to repeat this sentence to the board. */
const rise: ChangeEvidence = {
  name: 'Digital confidence',
  mean: 0.4,
  lower: 0.22,
  upper: 0.57,
  pHolm: 0.0004,
  gav: 0.9,
  improved: 31,
  declined: 0,
  classified: 100,
};
const scale = { min: 1, max: 5 };

function sentence(e: ChangeEvidence, locale = 'en', outcomes = 5): string {
  return verdictSentence(e, { locale, level: 0.95, scale, outcomes });
}

describe('classifyChange: the rules that choose the words (docs/methodology.md)', () => {
  it('a CI above zero with a Holm-adjusted p below 1 − level is a clear rise', () => {
    expect(classifyChange(rise, 0.95)).to.deep.equal({
      direction: 'rose',
      certainty: 'clear',
      size: 'large',
    });
  });
  it('a CI below zero is a fall; its size comes from g_av only', () => {
    const v = classifyChange({ ...rise, mean: -0.3, lower: -0.5, upper: -0.1, gav: -0.35 }, 0.95);
    expect(v).to.deep.equal({ direction: 'fell', certainty: 'clear', size: 'small' });
  });
  it('a CI that excludes zero but a Holm p that does not is a tentative change, never "clear"', () => {
    const v = classifyChange({ ...rise, lower: 0.02, upper: 0.48, pHolm: 0.065, gav: 0.3 }, 0.95);
    expect(v).to.deep.equal({ direction: 'rose', certainty: 'tentative', size: 'small' });
  });
  it('a CI containing zero is "no clear change" and gets no size label', () => {
    const v = classifyChange({ ...rise, mean: 0.05, lower: -0.1, upper: 0.2, pHolm: 0.6 }, 0.95);
    expect(v).to.deep.equal({ direction: 'unclear', certainty: null, size: null });
  });
  it('without an interval there is no verdict', () => {
    const v = classifyChange({ ...rise, lower: null, upper: null }, 0.95);
    expect(v.direction).to.equal('insufficient');
  });
});

describe('verdictSentence', () => {
  it('a construct hidden to protect anonymity says so, not "too few pairs", in every locale', () => {
    const hidden = { ...rise, mean: null, lower: null, upper: null, hidden: true };
    expect(sentence(hidden)).to.equal(
      'Digital confidence: hidden to protect anonymity (showing it would reveal individual answers).',
    );
    for (const locale of ['de', 'fr', 'ar'])
      expect(sentence(hidden, locale)).to.not.equal(sentence({ ...hidden, hidden: false }, locale));
  });
  it('says the issue-14 example in one sentence, with typographic minus signs', () => {
    expect(sentence(rise)).to.equal(
      'Digital confidence rose clearly, a large change: +0.40 on the 1–5 scale (95% CI +0.22 to +0.57); 31% of participants improved reliably, none declined.',
    );
    expect(
      sentence({
        ...rise,
        name: 'Career engagement',
        mean: -0.05,
        lower: -0.2,
        upper: 0.1,
        pHolm: 0.7,
        gav: -0.05,
        improved: 5,
        declined: 10,
      }),
    ).to.equal(
      'Career engagement showed no clear change: \u22120.05 on the 1–5 scale (95% CI \u22120.20 to +0.10); 5% of participants improved reliably, 10% declined reliably.',
    );
  });
  it('explains a tentative change instead of contradicting the adjusted p', () => {
    const s = sentence({ ...rise, lower: 0.02, upper: 0.48, pHolm: 0.065, gav: 0.3 });
    expect(s).to.match(/^Digital confidence probably rose, a small change: /);
    expect(s).to.contain('5 outcomes');
    expect(s).not.to.contain('Holm');
  });
  it('says when there are too few pairs', () => {
    expect(sentence({ ...rise, mean: null, lower: null, upper: null })).to.equal(
      'Digital confidence: too few matched pairs to say whether it changed.',
    );
  });
  for (const locale of ['de', 'fr', 'ar']) {
    it(`has its own words in ${locale}, with the numbers in ${locale} format`, () => {
      const f = numberFormats(locale, '–');
      const s = sentence(rise, locale);
      expect(s).to.contain(f.signed(0.4));
      expect(s).to.contain(f.signed(0.57));
      expect(s).to.contain(f.percent(0.31));
      expect(s).not.to.contain('rose');
      expect(s).not.to.contain('participants');
      const unclear = sentence({ ...rise, lower: -0.1, pHolm: 0.5 }, locale);
      const tentative = sentence({ ...rise, pHolm: 0.07 }, locale);
      expect(new Set([s, unclear, tentative]).size).to.equal(3);
      expect(numberFormats(locale, '–').signed(-0.4)).to.contain('\u2212');
    });
  }
});

describe('minimumDetectableDz (paired t test, two-sided, 80% power)', () => {
  it('shrinks with more pairs and is about 0.45 for 40 pairs at 95%', () => {
    // Exact values from the noncentral t distribution (what pwr::pwr.t.test(type = "paired")
    // solves), computed with scipy: brentq(nct.sf(qt(0.975, n - 1), n - 1, d * sqrt(n)) - 0.8).
    expect(minimumDetectableDz(40, 0.95)).to.be.closeTo(0.45426, 0.002);
    expect(minimumDetectableDz(10, 0.95)).to.be.closeTo(0.996, 0.02);
    expect(minimumDetectableDz(100, 0.95)).to.be.closeTo(0.28291, 0.002);
    expect(minimumDetectableDz(1, 0.95)).to.equal(null);
  });
});
