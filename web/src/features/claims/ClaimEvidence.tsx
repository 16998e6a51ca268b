import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { Attachments } from '../job/Attachments';

export const CLAIM_EVIDENCE = graphql(`
  query ClaimEvidence($jobId: ID!) { job(id: $jobId) { id attachments { ...Attachments_attachment } } }
`);

/**
 * What backs a claim: its job's service report, photos and the customer's signature, as the case file
 * shows them. Read when the page opens (the links are signed and short-lived), not carried by events.
 */
export function ClaimEvidence({ jobId }: { jobId: string }) {
  const { data } = useQuery(CLAIM_EVIDENCE, { variables: { jobId } });
  return <Attachments attachments={[...(data?.job?.attachments ?? [])]} />;
}
