import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { effectiveResponses } from '../src/domain/effective-responses.js';
import { groupMembership, symmetricDifference } from '../src/domain/group-membership.js';
import { addressGroup } from '../src/http/address-group.js';
import { validResponses } from './helpers/fixtures.js';

describe('rate-limit address groups', () => {
  it('groups IPv6 by /64, keeps IPv4 (also IPv4-mapped) whole', () => {
    expect(addressGroup('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:0db8:0001:0002:ffff::9')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(addressGroup('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(addressGroup('192.0.2.7')).toBe('192.0.2.7');
    expect(addressGroup('unknown')).toBe('unknown');
  });
});

describe('effective responses', () => {
  const [baseline, exit] = validResponses('eff', 1, { cohorts: ['spring'] });
  const later = { ...baseline!, responseId: randomUUID(), submittedAt: '2000-01-01T00:00:00.000Z' };
  const future = {
    ...baseline!,
    responseId: randomUUID(),
    submittedAt: '9999-12-31T00:00:00.000Z',
  };
  const cohorts = [{ id: 'spring', label: 'Spring' }];

  it('invitation: the last received wins, whatever submittedAt says', () => {
    const chosen = effectiveResponses({ accessMode: 'invitation', cohorts }, [
      future,
      exit!,
      later,
    ]);
    expect(chosen.map((r) => r.responseId)).toEqual([exit!.responseId, later.responseId]);
  });

  it('open: the first received wins', () => {
    const chosen = effectiveResponses({ accessMode: 'open', cohorts }, [baseline!, future, exit!]);
    expect(chosen.map((r) => r.responseId)).toEqual([baseline!.responseId, exit!.responseId]);
  });

  it('drops a cohort the programme does not declare', () => {
    const [r] = effectiveResponses({ accessMode: 'open', cohorts: [] }, [baseline!]);
    expect(r).not.toHaveProperty('cohort');
  });
});

describe('group membership', () => {
  it('puts matched people in change groups, exit respondents in feedback groups, missing values in not_stated', () => {
    const [b1, e1, b2] = validResponses('mem', 2, { cohorts: ['spring'] });
    const { cohort: _none, ...b2NoCohort } = b2!;
    const groups = groupMembership([b1!, e1!, b2NoCohort]);
    expect(groups.all).toEqual([b1!.participant]);
    expect(groups['cohort:spring']).toEqual([b1!.participant]);
    expect(groups['feedback:all']).toEqual([b1!.participant]);
    expect(groups['participation:baseline']).toEqual([b1!.participant, b2!.participant].sort());
    expect(groups['cohort:not_stated']).toBeUndefined();
    expect(symmetricDifference(['a', 'b', 'c'], ['b', 'c', 'd'])).toBe(2);
  });
});
