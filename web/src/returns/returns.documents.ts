import { graphql } from '../gql';

/** A return as its row and its claim line show it; live RETURN_* events carry it (live.documents.ts). */
export const RETURN_ROW = graphql(`
  fragment ReturnRow_return on ReturnAuthorization {
    id number state faultySerial requestNote trackingCode requestedAt returnBy shippedAt receivedAt inspectedAt result inspectionNote
    part { id sku name }
    partner { id name }
    job { id number }
    claim { id number }
    viewerCan { ship receive inspect }
  }
`);

export const RETURNS = graphql(`
  query Returns($states: [ReturnState!]) { returnAuthorizations(states: $states) { ...ReturnRow_return } }
`);

/** Claims under review or reviewed, whose PART lines with a faulty serial the manufacturer may ask back. */
export const RETURN_CANDIDATES = graphql(`
  query ReturnCandidates {
    claims(states: [SUBMITTED, APPROVED, PARTIALLY_APPROVED]) {
      id number partner { id name }
      lines { id kind description faultySerial part { id sku name } returnAuthorization { id } }
    }
  }
`);

export const REQUEST_RETURN = graphql(`
  mutation RequestPartReturn($claimLineId: ID!, $note: String) {
    requestPartReturn(claimLineId: $claimLineId, note: $note) { ...ReturnRow_return claimLine { id returnAuthorization { id } } }
  }
`);

export const SHIP_RETURN = graphql(`
  mutation ShipPartReturn($returnId: ID!, $trackingCode: String!) { shipPartReturn(returnId: $returnId, trackingCode: $trackingCode) { ...ReturnRow_return } }
`);

export const RECEIVE_RETURN = graphql(`
  mutation ReceivePartReturn($returnId: ID!) { receivePartReturn(returnId: $returnId) { ...ReturnRow_return } }
`);

export const INSPECT_RETURN = graphql(`
  mutation InspectPartReturn($returnId: ID!, $result: InspectionResult!, $note: String) {
    inspectPartReturn(returnId: $returnId, result: $result, note: $note) {
      ...ReturnRow_return
      claimLine { id decision decisionReasonCode approvedAmount { amount currency } }
    }
  }
`);
