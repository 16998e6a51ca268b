/** What a reason code explains: a partner declining an offer, an auditor's finding, or a reviewer's decision on a claim line. */
export enum ReasonKind {
  DECLINE = 'DECLINE',
  FINDING = 'FINDING',
  CLAIM_LINE = 'CLAIM_LINE',
}
