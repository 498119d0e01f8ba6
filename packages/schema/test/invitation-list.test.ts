// The invitation list read by the CLI's `--pairs` and the console's upload (issue 11): one parser,
// every bad row named by line and column, nothing returned when any row is bad.
import { describe, expect, it } from 'vitest';
import { parseInvitationList } from '../src/invitation-list.js';

describe('parseInvitationList', () => {
  it('reads one pair id per line, with or without the pair_id header', () => {
    expect(parseInvitationList('pair_id\npair-01\npair-01\n\npair-02\n')).toEqual({
      ok: true,
      invitations: [{ pairId: 'pair-01' }, { pairId: 'pair-01' }, { pairId: 'pair-02' }],
    });
    expect(parseInvitationList('pair-01\r\npair-01\r\n')).toEqual({
      ok: true,
      invitations: [{ pairId: 'pair-01' }, { pairId: 'pair-01' }],
    });
  });

  it('reads arm and pair_id columns in any order, from comma, semicolon or tab files', () => {
    const expected = [
      { arm: 'programme', pairId: 'p-1' },
      { arm: 'programme', pairId: 'p-1' },
      { arm: 'comparison' },
    ];
    expect(
      parseInvitationList('\uFEFFpair_id,arm\np-1,programme\np-1,\n,comparison\n', {
        arm: 'programme',
      }),
    ).toEqual({ ok: true, invitations: expected });
    expect(
      parseInvitationList('arm;pair_id\nprogramme;p-1\n;p-1\ncomparison;\n', { arm: 'programme' }),
    ).toEqual({ ok: true, invitations: expected });
    expect(
      parseInvitationList('"ARM"\t"PAIR_ID"\nprogramme\tp-1\n\tp-1\nComparison\t\n', {
        arm: 'programme',
      }),
    ).toEqual({ ok: true, invitations: expected });
  });

  it('names the line and the column of every bad row and returns no invitation', () => {
    const result = parseInvitationList(
      'pair_id,arm\npair-01,programme\nPair 2,programme\npair-03,control\npair-04,comparison\npair-05,programme,extra\n',
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.line, e.field, e.problem])).toEqual([
      [3, 'pair_id', 'pair_id'],
      [4, 'arm', 'arm'],
      [5, 'pair_id', 'comparison_pair'],
      [6, 'column 3', 'extra_cell'],
    ]);
    expect(result.errors[0]!.message).toContain('"Pair 2"');
    expect(result.errors[1]!.message).toContain('"control"');
  });

  it('refuses a pair in a comparison batch, an unknown column and an empty list', () => {
    const comparison = parseInvitationList('pair-01\n', { arm: 'comparison' });
    expect(comparison).toMatchObject({
      ok: false,
      errors: [{ line: 1, field: 'pair_id', problem: 'comparison_pair' }],
    });
    expect(parseInvitationList('pair_id,mentor\npair-01,Ann\n')).toMatchObject({
      ok: false,
      errors: [{ line: 1, field: 'mentor', problem: 'unknown_column' }],
    });
    expect(parseInvitationList('\n \n')).toMatchObject({
      ok: false,
      errors: [{ problem: 'empty' }],
    });
    expect(parseInvitationList('pair_id\n')).toMatchObject({
      ok: false,
      errors: [{ problem: 'empty' }],
    });
  });
});
