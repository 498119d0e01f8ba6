import type { SurveyResponse } from '@genbridge/schema';

/** The latest baseline and exit response of every participant, as parallel arrays. */
export interface PairedWaves {
  /** Matched pairs as two parallel arrays: no pair object per participant (garbage at 100k). */
  matchedBaselines: SurveyResponse[];
  matchedExits: SurveyResponse[];
  baselineOnly: SurveyResponse[];
  exitOnly: SurveyResponse[];
  /**
   * Latest exit response of every participant (matched or not), for programme feedback. Without
   * exit-only participants this is `matchedExits` itself, and `exitBaselines` `matchedBaselines`.
   */
  exits: SurveyResponse[];
  /** The baseline of each of `exits` (same index), `undefined` for exit-only participants. */
  exitBaselines: (SurveyResponse | undefined)[];
  /** Earlier submissions replaced by a later one of the same participant and wave. */
  duplicatesReplaced: number;
}

/** True when `r` replaces `seen`: the later `submittedAt`, or the later one in input order on a tie. */
const isLater = (r: SurveyResponse, seen: SurveyResponse) =>
  Date.parse(r.submittedAt) >= Date.parse(seen.submittedAt);

/**
 * The latest response per participant and wave of one programme, filled one response at a time:
 * one map lookup per response, participants kept in order of first appearance. The map holds
 * slot numbers and the slots hold indices into the responses, in typed arrays grown by doubling:
 * arrays of 100k objects grown by push went straight to the old generation, copies and all
 * (~5 MB a report), and every major GC marks the whole input.
 */
class WaveSlots {
  private readonly slotOf = new Map<string, number>();
  /** Per slot, the index in `responses` of the participant's latest baseline / exit, −1 for none. */
  baseline = new Int32Array(1024).fill(-1);
  exit = new Int32Array(1024).fill(-1);
  size = 0;
  duplicatesReplaced = 0;

  constructor(private readonly responses: readonly SurveyResponse[]) {}

  add(index: number): void {
    const r = this.responses[index] as SurveyResponse;
    let slot = this.slotOf.get(r.participant);
    if (slot === undefined) {
      slot = this.size++;
      if (slot === this.baseline.length) this.grow();
      this.slotOf.set(r.participant, slot);
    }
    const wave = r.wave === 'baseline' ? this.baseline : this.exit;
    const seen = wave[slot] as number;
    if (seen >= 0) {
      this.duplicatesReplaced++;
      if (!isLater(r, this.responses[seen] as SurveyResponse)) return;
    }
    wave[slot] = index;
  }

  private grow(): void {
    const wider = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2).fill(-1);
      to.set(from);
      return to;
    };
    this.baseline = wider(this.baseline);
    this.exit = wider(this.exit);
  }
}

function collect(
  programmes: Iterable<WaveSlots>,
  responses: readonly SurveyResponse[],
): PairedWaves {
  const all = [...programmes];
  // Counted first, so every array is allocated once at its final size (see `WaveSlots`).
  let matched = 0;
  let baselineOnly = 0;
  let exitOnly = 0;
  let duplicatesReplaced = 0;
  for (const slots of all) {
    duplicatesReplaced += slots.duplicatesReplaced;
    for (let i = 0; i < slots.size; i++) {
      const baseline = (slots.baseline[i] as number) >= 0;
      const exit = (slots.exit[i] as number) >= 0;
      if (baseline && exit) matched++;
      else if (baseline) baselineOnly++;
      else if (exit) exitOnly++;
    }
  }
  const matchedBaselines = new Array<SurveyResponse>(matched);
  const matchedExits = new Array<SurveyResponse>(matched);
  // The exits and their baselines are the matched pairs, in the same order, unless someone
  // answered only the exit: two 100k arrays fewer in the old generation for the usual programme.
  const separate = exitOnly > 0;
  const out: PairedWaves = {
    matchedBaselines,
    matchedExits,
    baselineOnly: new Array<SurveyResponse>(baselineOnly),
    exitOnly: new Array<SurveyResponse>(exitOnly),
    exits: separate ? new Array<SurveyResponse>(matched + exitOnly) : matchedExits,
    exitBaselines: separate
      ? new Array<SurveyResponse | undefined>(matched + exitOnly)
      : matchedBaselines,
    duplicatesReplaced,
  };
  let m = 0;
  let b = 0;
  let x = 0;
  let e = 0;
  for (const slots of all) {
    for (let i = 0; i < slots.size; i++) {
      const at = slots.baseline[i] as number;
      const to = slots.exit[i] as number;
      const baseline = at >= 0 ? responses[at] : undefined;
      const exit = to >= 0 ? responses[to] : undefined;
      if (exit && separate) {
        out.exits[e] = exit;
        out.exitBaselines[e++] = baseline;
      }
      if (baseline && exit) {
        out.matchedBaselines[m] = baseline;
        out.matchedExits[m++] = exit;
      } else if (baseline) out.baselineOnly[b++] = baseline;
      else if (exit) out.exitOnly[x++] = exit;
    }
  }
  return out;
}

/**
 * The one pairing: matches baseline and exit responses by (programme, participant code). When a
 * participant submitted a wave more than once, the latest `submittedAt` wins (on equal times the
 * later one in input order) and the earlier ones are counted in `duplicatesReplaced`; dates are
 * parsed only on such a collision, which is rare. With `only`, responses of other programmes are
 * skipped; with `instrumentId`, a response given with another instrument is an error, checked in
 * the same pass (each response object is read once, which at 200k responses costs more than the
 * pairing itself). Returns the programmes met, in order of first appearance.
 */
export function pairWaves(
  responses: readonly SurveyResponse[],
  only?: string,
  instrumentId?: string,
): { programmeIds: string[]; paired: PairedWaves } {
  const programmes = new Map<string, WaveSlots>();
  // Inputs are almost always one programme: remember its slots instead of looking them up per row.
  let last: string | undefined;
  let slots = new WaveSlots(responses);
  // Indexed, not for-of: until this loop is optimized (on stack replacement, and again after a
  // deopt) each step of an array iterator allocates a result object, 200k of them per report.
  for (let i = 0; i < responses.length; i++) {
    const r = responses[i] as SurveyResponse;
    if (only !== undefined && r.programmeId !== only) continue;
    if (instrumentId !== undefined && r.instrument.id !== instrumentId) {
      throw new Error(
        `response ${r.responseId} was given with instrument "${r.instrument.id}", not "${instrumentId}"`,
      );
    }
    if (r.programmeId !== last) {
      last = r.programmeId;
      const known = programmes.get(last);
      if (known) slots = known;
      else programmes.set(last, (slots = new WaveSlots(responses)));
    }
    slots.add(i);
  }
  return { programmeIds: [...programmes.keys()], paired: collect(programmes.values(), responses) };
}

/**
 * {@link pairWaves} of the one programme to score (`programmeId`, or the only programme present),
 * every response checked to be given with `instrumentId`.
 */
export function pairProgramme(
  responses: readonly SurveyResponse[],
  programmeId: string | undefined,
  instrumentId: string,
): { programmeId: string; paired: PairedWaves } {
  const { programmeIds, paired } = pairWaves(responses, programmeId, instrumentId);
  if (programmeId === undefined) {
    if (programmeIds.length === 0)
      throw new Error('no responses to score: pass options.programmeId to get an empty report');
    if (programmeIds.length > 1)
      throw new Error(
        `responses belong to several programmes (${[...programmeIds].sort().join(', ')}): pass options.programmeId`,
      );
  }
  return { programmeId: programmeId ?? (programmeIds[0] as string), paired };
}
