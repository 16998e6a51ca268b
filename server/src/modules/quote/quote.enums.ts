/** Where a quote for paid work stands: sent to the customer, answered, or replaced by a newer one before an answer. */
export enum QuoteState {
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  SUPERSEDED = 'SUPERSEDED',
}
