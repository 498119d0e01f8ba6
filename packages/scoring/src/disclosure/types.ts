/** One released figure as a linear equation: the sum of `variable` over `members`. */
export interface DisclosureEquation {
  /** What is summed, e.g. `construct:digital_confidence/baseline`, `feedback:recommend=9`. */
  variable: string;
  /** A human-readable place in the report, e.g. `cohort=spring · digital_confidence · exit`. */
  label: string;
  /** Participant ids whose values make up the sum. */
  members: readonly string[];
  /**
   * Set on a figure the report does *not* show because it would tell each member's value
   * (homogeneity, scoring rules 9 and 10). `auditDisclosure` checks that no combination of the
   * released figures, in this release or any other, gives it back.
   */
  hidden?: 'homogeneous';
}

/** Every figure of one released report. */
export interface DisclosureRelease {
  id: string;
  equations: readonly DisclosureEquation[];
}

/** A figure through which some individual's value can be worked out. Never names the person. */
export interface DisclosureFinding {
  release: string;
  label: string;
  variable: string;
  reason: string;
}

/** Outcome of `auditDisclosure`. */
export type DisclosureVerdict =
  { disclosed: false } | { disclosed: true; findings: DisclosureFinding[] };
