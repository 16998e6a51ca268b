/** What a reason code explains: a partner declining an offer, or an auditor's finding. */
export enum ReasonKind {
  DECLINE = 'DECLINE',
  FINDING = 'FINDING',
}
