/**
 * What a line of a quote (and of a warranty claim) is for: labour, a part, travel or call-out.
 * One definition for quotes and claims (the PostgreSQL type `claim_line_kind` too).
 */
export enum ClaimLineKind {
  LABOR = 'LABOR',
  PART = 'PART',
  TRAVEL = 'TRAVEL',
}
