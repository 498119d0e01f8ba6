import { createHash } from 'node:crypto';
import type { FieldError } from '@genbridge/schema';
import type { Programme } from '../programme.js';
import type { ReleaseSummary, Storage, StoredRelease } from '../storage/storage.js';
import { audit, equationsOf, type DisclosureEquation } from './disclosure.js';
import { DomainError } from './errors.js';
import {
  groupMembership,
  shownGroups,
  symmetricDifference,
  type Membership,
} from './group-membership.js';
import { findProgramme } from './programmes.js';
import { liveReport } from './reports.js';

/** Why a release was made. */
export type ReleaseReason = 'manager_request' | 'programme_closed';

/** The private part of a release: never served, kept for the next release's checks. */
interface ReleaseAudit {
  equations: DisclosureEquation[];
  groups: Membership;
  shown: string[];
}

/** ETag of a stored report: a strong validator over its exact bytes. */
const etagOf = (text: string) => `"${createHash('sha256').update(text).digest('base64url')}"`;

/**
 * Over time (issue 9, attack 1): a group shown now must not differ from the last release that
 * showed it by 1 to k−1 people, joiners and erasures alike; else n₂·mean₂ − n₁·mean₁ gives their total.
 */
function membershipFindings(
  programme: Programme,
  groups: Membership,
  shown: readonly string[],
  previous: readonly { number: number; audit: ReleaseAudit }[],
): FieldError[] {
  const k = programme.anonymityThreshold;
  const findings: FieldError[] = [];
  for (const key of shown) {
    const last = previous.findLast((p) => p.audit.shown.includes(key));
    if (!last) continue;
    const changed = symmetricDifference(last.audit.groups[key] ?? [], groups[key] ?? []);
    if (changed > 0 && changed < k)
      findings.push({
        path: key,
        code: 'rule',
        message: `changed by ${changed} ${changed === 1 ? 'person' : 'people'} since release ${last.number} (fewer than k = ${k}); wait until at least ${k} have joined or left`,
      });
  }
  return findings;
}

/**
 * Publishes the programme's current report as a new, immutable release, or refuses (409
 * `release_refused`, naming each group and why) when it would let a report viewer learn something
 * about fewer than k people: a shown group changed by 1..k−1 people since it was last released, or
 * the disclosure audit over every release so far finds someone's value determined.
 */
export async function createRelease(
  storage: Storage,
  programmeId: string,
  reason: ReleaseReason,
  now: () => Date,
): Promise<ReleaseSummary> {
  const programme = await findProgramme(storage, programmeId);
  const at = now();
  const { report, responses } = await liveReport(storage, programme, () => at);
  const groups = groupMembership(responses);
  const shown = shownGroups(report);
  const previous = (await storage.releaseAudits(programme.id)).map((r) => ({
    number: r.number,
    audit: JSON.parse(r.audit) as ReleaseAudit,
  }));
  const number = (previous.at(-1)?.number ?? 0) + 1;

  const changes = membershipFindings(programme, groups, shown, previous);
  const equations = equationsOf(programme, report, responses);
  const verdict = audit([
    ...previous.map((p) => ({ id: String(p.number), equations: p.audit.equations })),
    { id: String(number), equations },
  ]);
  const disclosed: FieldError[] = verdict.disclosed
    ? verdict.findings.map((f) => ({
        path: f.label,
        code: 'rule',
        message: `${f.variable}: ${f.reason}${f.release === String(number) ? '' : ` (with release ${f.release})`}`,
      }))
    : [];
  if (changes.length > 0 || disclosed.length > 0)
    throw new DomainError(
      'conflict',
      'release_refused',
      `release ${number} of programme "${programme.id}" is refused: it would disclose something about fewer than k = ${programme.anonymityThreshold} people`,
      [...changes, ...disclosed],
    );

  const text = JSON.stringify(report);
  const record = { number, createdAt: at.toISOString(), reason, report: text, etag: etagOf(text) };
  const stored = await storage.insertRelease(programme.id, {
    ...record,
    audit: JSON.stringify({ equations, groups, shown } satisfies ReleaseAudit),
  });
  if (!stored)
    throw new DomainError(
      'conflict',
      'release_conflict',
      `another release of programme "${programme.id}" was made at the same time; try again`,
    );
  return { number, createdAt: record.createdAt, reason, etag: record.etag };
}

/** The programme's releases, oldest first. */
export async function listReleases(storage: Storage, programmeId: string) {
  const programme = await findProgramme(storage, programmeId);
  return { programmeId: programme.id, releases: await storage.listReleases(programme.id) };
}

const releaseNotFound = (programme: Programme, number: number | 'latest') =>
  new DomainError(
    'not_found',
    'release_not_found',
    number === 'latest'
      ? `programme "${programme.id}" has no released report yet`
      : `programme "${programme.id}" has no release ${number}`,
  );

/** One stored release (`latest` for the newest), exactly as released. */
export async function getRelease(
  storage: Storage,
  programme: Programme,
  number: number | 'latest',
): Promise<StoredRelease> {
  const release = await storage.getRelease(programme.id, number);
  if (!release) throw releaseNotFound(programme, number);
  return release;
}

/** One release's number, time and ETag, without reading its report. */
export async function getReleaseSummary(
  storage: Storage,
  programme: Programme,
  number: number | 'latest',
): Promise<ReleaseSummary> {
  const release = await storage.getReleaseSummary(programme.id, number);
  if (!release) throw releaseNotFound(programme, number);
  return release;
}

/** Result of a change that may close the programme: closing releases the final report when it can. */
export type CloseRelease =
  | { released: ReleaseSummary }
  | { refused: { code: string; error: string; errors?: FieldError[] } };

/** Releases on closing (a wave closes); a refusal leaves the programme closed and says why. */
export async function releaseOnClose(
  storage: Storage,
  before: Programme,
  after: Programme,
  now: () => Date,
): Promise<CloseRelease | undefined> {
  if (before.status === 'closed' || after.status !== 'closed') return undefined;
  try {
    return { released: await createRelease(storage, after.id, 'programme_closed', now) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      refused: {
        code: error.code,
        error: error.message,
        ...(error.errors ? { errors: error.errors } : {}),
      },
    };
  }
}
