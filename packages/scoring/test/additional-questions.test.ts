// A programme's own questions (instrument.additionalQuestions, answers in SurveyResponse.extra)
// in the feedback section: closed ones as distributions under the k rule and complementary
// suppression, open ones under the open-text rule, every figure in releaseEquations.
import { describe, expect, it } from 'vitest';
import {
  Instrument,
  ProgrammeReport,
  type AdditionalAnswers,
  type FeedbackSummary,
  type SurveyResponse,
} from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const instrument: Instrument = Instrument.parse({
  ...testInstrument,
  additionalQuestions: [
    {
      name: 'department_page',
      waves: ['baseline'],
      elements: [{ type: 'dropdown', name: 'department', choices: ['it', 'hr'] }],
    },
    {
      name: 'your_programme',
      waves: ['exit'],
      elements: [
        { type: 'radiogroup', name: 'sessions', choices: ['1-2', '3-5', '6+'] },
        {
          type: 'checkbox',
          name: 'helped',
          choices: ['talks', 'shadowing', 'projects'],
          showOtherItem: true,
        },
        { type: 'rating', name: 'useful', rateMin: 1, rateMax: 3 },
        { type: 'boolean', name: 'again' },
        { type: 'ranking', name: 'best', choices: ['a', 'b', 'c'] },
        { type: 'comment', name: 'story' },
        { type: 'html', name: 'note', html: '<p>Thanks</p>' },
      ],
    },
  ],
});

const now = () => new Date('2026-07-01T00:00:00Z');
const options = { now, random: seeded(1), anonymityThreshold: 3, openTextThreshold: 3 };
const score = (rs: SurveyResponse[], o = {}) =>
  ProgrammeReport.parse(scoreProgramme(rs, instrument, { ...options, ...o }));

/** Participants of `cohortOf` with extras: baseline `department`, exit answers from `exits`. */
function withExtras(
  rs: SurveyResponse[],
  exits: Record<string, unknown>[],
  departments: (string | undefined)[] = [],
): SurveyResponse[] {
  const people = [...new Set(rs.map((r) => r.participant))];
  return rs.map((r) => {
    const i = people.indexOf(r.participant);
    const extra = r.wave === 'exit' ? exits[i] : departments[i] && { department: departments[i] };
    return extra ? { ...r, extra: { ...extra } } : r;
  });
}

const additional = (f: FeedbackSummary, name: string) =>
  f.additional?.find((a) => a.name === name) as AdditionalAnswers;
const shownFeedback = (report: ProgrammeReport, key: string) => {
  const f = report.feedback.find((g) => g.key === key);
  if (!f || f.suppressed) throw new Error(`${key} is not shown`);
  return f;
};

describe('additional questions in the feedback section', () => {
  // Five people; the fourth skipped every exit question, the fifth answered only some.
  const exits: Record<string, unknown>[] = [
    {
      sessions: '3-5',
      helped: ['talks', 'projects'],
      useful: 3,
      again: true,
      best: ['b', 'a', 'c'],
      story: 'We built a dashboard together',
    },
    {
      sessions: '6+',
      helped: ['talks', 'other'],
      'helped-Comment': 'Lunches',
      useful: 2,
      again: false,
      best: ['b', 'c', 'a'],
    },
    { sessions: '3-5', helped: ['shadowing'], useful: 3, again: true, best: ['c', 'a', 'b'] },
    {},
    { sessions: '1-2', story: 'Too few meetings' },
  ];
  const rs = withExtras(cohortOf(5, { seed: 4 }), exits, ['it', 'hr', 'it', undefined, 'it']);
  const report = score(rs);
  const all = shownFeedback(report, 'all');

  it('counts closed answers per declared choice, hand-computed', () => {
    expect(additional(all, 'sessions')).toEqual({
      kind: 'closed',
      name: 'sessions',
      wave: 'exit',
      type: 'radiogroup',
      n: 4,
      distribution: { '1-2': 1, '3-5': 2, '6+': 1 },
    });
    // Checkbox: every choice counted, "other" included; n counts people, not choices.
    expect(additional(all, 'helped')).toMatchObject({
      n: 3,
      distribution: { talks: 2, shadowing: 1, projects: 1, other: 1 },
    });
    // Three answers of which two agree tell each answer but one: hidden (homogeneity).
    expect(additional(all, 'useful')).toMatchObject({
      n: 3,
      distribution: null,
      hidden: 'homogeneous',
    });
    expect(additional(all, 'again')).toMatchObject({
      n: 3,
      distribution: null,
      hidden: 'homogeneous',
    });
    // Ranking counts the first choice (b, b, c): all but one alike, hidden like the others.
    expect(additional(all, 'best')).toMatchObject({
      n: 3,
      distribution: null,
      hidden: 'homogeneous',
    });
    // Baseline questions of the same people (it, hr, it, it): hidden the same way.
    expect(additional(all, 'department')).toMatchObject({
      wave: 'baseline',
      type: 'dropdown',
      n: 4,
      distribution: null,
      hidden: 'homogeneous',
    });
    // Valueless elements are not questions.
    expect(all.additional?.some((a) => a.name === 'note')).toBe(false);
  });

  it('releases open answers (and "other" texts) only under the open-text rule, shuffled', () => {
    const story = additional(all, 'story');
    expect(story).toMatchObject({ kind: 'open', type: 'comment', released: true });
    expect(story.kind === 'open' && [...story.answers].sort()).toEqual([
      'Too few meetings',
      'We built a dashboard together',
    ]);
    expect(additional(all, 'helped-Comment')).toMatchObject({
      kind: 'open',
      released: true,
      answers: ['Lunches'],
    });
    const closed = score(rs, { openTextThreshold: 6 });
    expect(additional(shownFeedback(closed, 'all'), 'story')).toMatchObject({
      released: false,
      answers: [],
    });
  });

  it('leaves reports of programmes without additional questions as they were', () => {
    const plain = scoreProgramme(cohortOf(5, { seed: 4 }), testInstrument, options);
    expect(plain.feedback[0]).not.toHaveProperty('additional');
  });
});

describe('anonymity of additional questions', () => {
  // k = 3. Cohort a: 5 people who all answer `sessions`; cohort b: 4 people, 2 of whom answer.
  const a = cohortOf(5, { seed: 5, prefix: 'A', cohort: 'a' });
  const b = cohortOf(4, { seed: 6, prefix: 'B', cohort: 'b' });
  const rs = [
    ...withExtras(a, [
      { sessions: '1-2' },
      { sessions: '3-5' },
      { sessions: '3-5' },
      { sessions: '6+' },
      { sessions: '6+' },
    ]),
    ...withExtras(b, [{ sessions: '6+' }, { sessions: '1-2' }, {}, {}]),
  ];
  const report = score(rs);

  it('hides a distribution fewer than k of a group answered, and its complement', () => {
    const sessions = (key: string) => additional(shownFeedback(report, key), 'sessions');
    expect(sessions('all')).toMatchObject({ n: 7, distribution: { '1-2': 2, '3-5': 2, '6+': 3 } });
    // Two answers in cohort b: below k.
    expect(sessions('cohort:b')).toMatchObject({ n: 2, distribution: null });
    // Otherwise all − cohort a would be cohort b's two answers.
    expect(sessions('cohort:a')).toMatchObject({ n: 5, distribution: null });
  });

  it('puts every released figure in releaseEquations, over the people behind it', () => {
    const equations = releaseEquations(report, rs, { instrument });
    const sessions = equations.filter((e) => e.variable.startsWith('extra:exit.sessions'));
    expect(sessions.map((e) => `${e.label} ${e.variable} ${e.members.length}`)).toEqual([
      'feedback · all · sessions extra:exit.sessions/answered 9',
      'feedback · all · sessions extra:exit.sessions=1-2 7',
      'feedback · all · sessions extra:exit.sessions=3-5 7',
      'feedback · all · sessions extra:exit.sessions=6+ 7',
      // Everyone is a mentor: the same figures again.
      'feedback · role=mentor · sessions extra:exit.sessions/answered 9',
      'feedback · role=mentor · sessions extra:exit.sessions=1-2 7',
      'feedback · role=mentor · sessions extra:exit.sessions=3-5 7',
      'feedback · role=mentor · sessions extra:exit.sessions=6+ 7',
      'feedback · cohort=a · sessions extra:exit.sessions/answered 5',
      'feedback · cohort=b · sessions extra:exit.sessions/answered 4',
    ]);
    // The report's own figures disclose nobody.
    expect(auditDisclosure([{ id: 'r1', equations }])).toEqual({ disclosed: false });
  });

  it('catches differencing across two releases: one person adds an answer between them', () => {
    const release = (id: string, responses: SurveyResponse[]) => ({
      id,
      equations: releaseEquations(score(responses), responses, { instrument }),
    });
    // B0003 resubmits their exit later, now with an answer to `sessions`; nothing else changes.
    const exit = b.find((r) => r.participant === 'B0003' && r.wave === 'exit') as SurveyResponse;
    const later = {
      ...exit,
      responseId: '00000000-0000-4000-8000-00000000ffff',
      submittedAt: '2026-06-20T09:00:00Z',
      extra: { sessions: '3-5' },
    };
    const verdict = auditDisclosure([release('r1', rs), release('r2', [...rs, later])]);
    expect(verdict.disclosed).toBe(true);
    if (verdict.disclosed) {
      const variables = new Set(verdict.findings.map((f) => f.variable));
      expect(variables.has('extra:exit.sessions=3-5')).toBe(true);
      expect([...variables].every((v) => v.startsWith('extra:exit.sessions'))).toBe(true);
      expect(JSON.stringify(verdict)).not.toContain('B0003');
    }
  });
});

describe('additional questions in the Markdown report', () => {
  it('lists the counts, and says when a distribution is hidden', async () => {
    const { reportToMarkdown } = await import('../src/cli/report-to-markdown.js');
    const rs = withExtras(cohortOf(4, { seed: 7 }), [
      { sessions: '6+' },
      { sessions: '1-2' },
      {},
      {},
    ]);
    const md = reportToMarkdown(score(rs));
    expect(md).toContain('sessions (exit), n = 2: _hidden: fewer than 3 answers');
    const shown = reportToMarkdown(
      score(
        withExtras(cohortOf(4, { seed: 7 }), [
          { sessions: '6+' },
          { sessions: '1-2' },
          { sessions: '6+' },
          { sessions: '1-2' },
        ]),
      ),
    );
    expect(shown).toContain('sessions (exit), n = 4: 1-2 2, 3-5 0, 6+ 2');
  });
});
