import type { SurveyResponse } from '@genbridge/schema';

/** A participant's baseline and exit response. */
export interface MatchedPair {
  baseline: SurveyResponse;
  exit: SurveyResponse;
}

/** Result of {@link pairResponses}. */
export interface Pairing {
  matched: MatchedPair[];
  baselineOnly: SurveyResponse[];
  exitOnly: SurveyResponse[];
  /** Latest exit response of every participant (matched or not), for programme feedback. */
  exits: SurveyResponse[];
  /** The baseline of each of `exits` (same index), `undefined` for exit-only participants. */
  exitBaselines: (SurveyResponse | undefined)[];
  /** Earlier submissions replaced by a later one of the same participant and wave. */
  duplicatesReplaced: number;
}

/**
 * A {@link Pairing} with the matched pairs as two parallel arrays: what scoring reads, without
 * allocating a pair object per participant (at 100k participants those are garbage to collect).
 */
export type PairedWaves = Omit<Pairing, 'matched'> & {
  matchedBaselines: SurveyResponse[];
  matchedExits: SurveyResponse[];
};

/** True when `r` replaces `seen`: the later `submittedAt`, or the later one in input order on a tie. */
const isLater = (r: SurveyResponse, seen: SurveyResponse) =>
  Date.parse(r.submittedAt) >= Date.parse(seen.submittedAt);

/**
 * The latest response per participant and wave of one programme, filled one response at a time:
 * one map lookup per response, participants kept in order of first appearance. The map holds
 * slot numbers, not objects, so 100k participants allocate two arrays rather than 100k slots.
 */
class WaveSlots {
  private readonly slotOf = new Map<string, number>();
  readonly baseline: (SurveyResponse | undefined)[] = [];
  readonly exit: (SurveyResponse | undefined)[] = [];
  duplicatesReplaced = 0;

  add(r: SurveyResponse): void {
    let slot = this.slotOf.get(r.participant);
    if (slot === undefined) {
      slot = this.baseline.length;
      this.slotOf.set(r.participant, slot);
      this.baseline.push(undefined);
      this.exit.push(undefined);
    }
    const wave = r.wave === 'baseline' ? this.baseline : this.exit;
    const seen = wave[slot];
    if (seen !== undefined) {
      this.duplicatesReplaced++;
      if (!isLater(r, seen)) return;
    }
    wave[slot] = r;
  }
}

function collect(programmes: Iterable<WaveSlots>): PairedWaves {
  const out: PairedWaves = {
    matchedBaselines: [],
    matchedExits: [],
    baselineOnly: [],
    exitOnly: [],
    exits: [],
    exitBaselines: [],
    duplicatesReplaced: 0,
  };
  for (const slots of programmes) {
    out.duplicatesReplaced += slots.duplicatesReplaced;
    for (let i = 0; i < slots.baseline.length; i++) {
      const baseline = slots.baseline[i];
      const exit = slots.exit[i];
      if (exit) {
        out.exits.push(exit);
        out.exitBaselines.push(baseline);
      }
      if (baseline && exit) {
        out.matchedBaselines.push(baseline);
        out.matchedExits.push(exit);
      } else if (baseline) out.baselineOnly.push(baseline);
      else if (exit) out.exitOnly.push(exit);
    }
  }
  return out;
}

/**
 * Matches baseline and exit responses by (programme, participant code). When a participant
 * submitted a wave more than once, the latest `submittedAt` wins (on equal times the later one in
 * input order) and the earlier ones are counted in `duplicatesReplaced`. Dates are parsed only on
 * such a collision, which is rare.
 */
export function pairResponses(responses: readonly SurveyResponse[]): Pairing {
  const programmes = new Map<string, WaveSlots>();
  // Inputs are almost always one programme: remember its slots instead of looking them up per row.
  let lastProgramme: string | undefined;
  let slots = new WaveSlots();
  for (const r of responses) {
    if (r.programmeId !== lastProgramme) {
      lastProgramme = r.programmeId;
      const known = programmes.get(lastProgramme);
      if (known) slots = known;
      else programmes.set(lastProgramme, (slots = new WaveSlots()));
    }
    slots.add(r);
  }
  const { matchedBaselines, matchedExits, ...rest } = collect(programmes.values());
  return {
    matched: matchedBaselines.map((baseline, i) => ({
      baseline,
      exit: matchedExits[i] as SurveyResponse,
    })),
    ...rest,
  };
}

/**
 * Pairs the responses of one programme (`programmeId`, or the only programme present) in the same
 * pass that checks every response was given with `instrumentId`: each response object is read
 * once, which at 200k responses costs more than the pairing itself.
 */
export function pairProgramme(
  responses: readonly SurveyResponse[],
  programmeId: string | undefined,
  instrumentId: string,
): { programmeId: string; paired: PairedWaves } {
  const ids = new Set<string>();
  const slots = new WaveSlots();
  let last: string | undefined;
  for (const r of responses) {
    if (programmeId !== undefined && r.programmeId !== programmeId) continue;
    if (r.programmeId !== last) ids.add((last = r.programmeId));
    if (r.instrument.id !== instrumentId) {
      throw new Error(
        `response ${r.responseId} was given with instrument "${r.instrument.id}", not "${instrumentId}"`,
      );
    }
    slots.add(r);
  }
  if (programmeId === undefined) {
    if (ids.size === 0)
      throw new Error('no responses to score: pass options.programmeId to get an empty report');
    if (ids.size > 1)
      throw new Error(
        `responses belong to several programmes (${[...ids].sort().join(', ')}): pass options.programmeId`,
      );
  }
  return { programmeId: programmeId ?? ([...ids][0] as string), paired: collect([slots]) };
}
