import { graphql } from '../../gql';

/** What the quote's lines and totals show, for the partner's case file and the customer's pages alike. */
export const QUOTE_CARD_JOB = graphql(`
  fragment QuoteCard_job on ServiceJob {
    id coverage status
    assignedPartner { id currency }
    equipment { id model { id } }
    viewerCan { complete }
    quote {
      id number state taxRate validUntil sentAt answeredAt declineReason
      net { amount currency } tax { amount currency } gross { amount currency }
      lines { kind description quantity unitPrice { amount currency } amount { amount currency } part { id sku } }
    }
  }
`);

export const SEND_QUOTE = graphql(`
  mutation SendQuote($jobId: ID!, $lines: [QuoteLineInput!]!, $validDays: Int) {
    sendQuote(jobId: $jobId, lines: $lines, validDays: $validDays) { id job { ...QuoteCard_job } }
  }
`);

export const CUSTOMER_QUOTE = graphql(`
  fragment CustomerQuote_quote on CustomerQuote {
    number state taxRate validUntil sentAt answeredAt declineReason partnerName answerToken
    net { amount currency } tax { amount currency } gross { amount currency }
    lines { kind description quantity unitPrice { amount currency } amount { amount currency } }
  }
`);

export const ANSWER_QUOTE = graphql(`
  mutation AnswerQuote($token: String!, $accept: Boolean!, $reason: String) {
    answerQuote(token: $token, accept: $accept, reason: $reason) { ...CustomerQuote_quote }
  }
`);

export const QUOTE_LINK = graphql(`
  query QuoteLink($token: String!) { customerQuote(token: $token) { ...CustomerQuote_quote } }
`);
