import { graphql } from '../../gql';

/**
 * The claims screens' reads and writes. Every write answers the claim with the claim page's
 * fragment, so the page shows the server's result without reading again; other viewers get it by
 * the claim's live event (which carries the same fragment, live.documents.ts).
 */
export const CLAIMS = graphql(`
  query Claims($states: [ClaimState!], $partnerId: ID) {
    claims(states: $states, partnerId: $partnerId, first: 200) { ...ClaimRow_claim }
  }
`);

export const CLAIM = graphql(`
  query Claim($id: ID!) {
    claim(id: $id) { ...ClaimPage_claim }
  }
`);

export const CLAIM_LINE_REASONS = graphql(`
  query ClaimLineReasons { reasonCodes(kind: CLAIM_LINE) { id code label } }
`);

export const MODEL_PARTS = graphql(`
  query ClaimModelParts($modelId: ID) { parts(modelId: $modelId) { id sku name listPrice { amount currency } } }
`);

export const UPDATE_CLAIM = graphql(`
  mutation UpdateClaim($claimId: ID!, $lines: [ClaimLineInput!]!) { updateClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }
`);

export const SUBMIT_CLAIM = graphql(`
  mutation SubmitClaim($claimId: ID!, $answer: String) { submitClaim(claimId: $claimId, answer: $answer) { ...ClaimPage_claim } }
`);

export const REVIEW_CLAIM = graphql(`
  mutation ReviewClaim($claimId: ID!, $lines: [ClaimLineDecisionInput!]!) { reviewClaim(claimId: $claimId, lines: $lines) { ...ClaimPage_claim } }
`);

export const SEND_BACK_CLAIM = graphql(`
  mutation SendBackClaim($claimId: ID!, $question: String!) { sendBackClaim(claimId: $claimId, question: $question) { ...ClaimPage_claim } }
`);

export const CREATE_PAYMENT_BATCH = graphql(`
  mutation CreatePaymentBatch($partnerId: ID!, $reference: String!, $from: DateTime!, $to: DateTime!) {
    createPaymentBatch(partnerId: $partnerId, reference: $reference, from: $from, to: $to) {
      id reference paidAt total { amount currency } claims { id state paidAt paymentBatch { id reference } }
    }
  }
`);
