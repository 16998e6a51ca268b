import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { CLAIM } from './claims.documents';
import { ClaimLines } from './ClaimLines';
import { ClaimEditor } from './ClaimEditor';
import { ClaimReview } from './ClaimReview';
import { ClaimMessages } from './ClaimMessages';
import { ExportLinks } from './ExportLinks';
import { can, useSession } from '../../session/session';
import { Badge } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty, Loading } from '../../ui/States';
import { usePageTitle } from '../../ui/usePageTitle';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { ClaimEvidence } from './ClaimEvidence';

export const CLAIM_PAGE = graphql(`
  fragment ClaimPage_claim on WarrantyClaim {
    ...ClaimRow_claim
    paidAt
    paymentBatch { id reference }
    job { id number equipment { id model { id } } }
    lines { ...ClaimLines_line }
    messages { ...ClaimMessages_message }
  }
`);

/**
 * One claim: what it claims and its state, the manufacturer's review deadline, the conversation;
 * the partner admin edits and submits it while it is a draft or sent back, the manufacturer's
 * reviewer decides it line by line or sends it back. Its events keep it current without reading.
 */
export function ClaimPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const { data, loading, error } = useQuery(CLAIM, { variables: { id } });
  const t = useT();
  const f = useFormat();
  const enumLabel = useEnumLabel();
  const claim = data?.claim;
  usePageTitle(claim && t('claims.page.pageTitle', { number: claim.number }));
  if (loading && !data) return <Loading what={t('claims.page.loading')} />;
  if (error) return <ErrorNote error={error} />;
  if (!claim) return <Empty>{t('claims.page.notFound')}</Empty>;
  const editable = can(user, 'CLAIM_SUBMIT') && (claim.state === 'DRAFT' || claim.state === 'SENT_BACK');
  const reviewable = can(user, 'CLAIM_REVIEW') && claim.state === 'SUBMITTED';
  // Travel is claimed in the currency the labour is in: the partner's.
  const currency = claim.lines.find((line) => line.kind === 'LABOR')?.amount.currency ?? claim.claimed[0]?.currency ?? 'EUR';
  return (
    <div className="stack">
      <div className="row spread">
        <h1>
          {t('claims.page.title', { number: claim.number })} <Badge value={claim.state} of="ClaimState" />
        </h1>
        <ExportLinks path={`/exports/claims/${claim.id}`} name={`claim-${claim.number}`} />
      </div>
      {claim.state === 'SUBMITTED' && claim.reviewDueAt && (
        <p className="note" role="status">
          {t('claims.page.reviewDue', { date: f.dateTime(claim.reviewDueAt) })}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('claims.column.job')}</dt>
          <dd>{claim.job ? <Link to={`/jobs/${claim.job.id}`}>{claim.job.number}</Link> : t('claims.none')}</dd>
        </div>
        <div>
          <dt>{t('claims.column.partner')}</dt>
          <dd>{claim.partner.name}</dd>
        </div>
        <div>
          <dt>{t('claims.page.coverage')}</dt>
          <dd>{enumLabel('Coverage', claim.coverage)}</dd>
        </div>
        <div>
          <dt>{t('claims.column.submitted')}</dt>
          <dd>{f.dateTime(claim.submittedAt)}</dd>
        </div>
        <div>
          <dt>{t('claims.page.reviewed')}</dt>
          <dd>{f.dateTime(claim.reviewedAt)}</dd>
        </div>
        <div>
          <dt>{t('claims.page.paid')}</dt>
          <dd>{claim.paidAt ? t('claims.page.paidIn', { date: f.date(claim.paidAt), reference: claim.paymentBatch?.reference ?? '' }) : t('claims.none')}</dd>
        </div>
        <div>
          <dt>{t('claims.column.claimed')}</dt>
          <dd>{f.moneyList(claim.claimed)}</dd>
        </div>
        <div>
          <dt>{t('claims.column.approved')}</dt>
          <dd>{f.moneyList(claim.approved)}</dd>
        </div>
      </dl>
      {claim.job && <ClaimEvidence jobId={claim.job.id} />}
      <ClaimMessages messages={claim.messages} />
      {editable ? (
        // A new key when the server's lines change (a save, a send-back): the form starts from them.
        <ClaimEditor
          key={`${claim.state}:${claim.lines.map((line) => line.id).join()}`}
          claimId={claim.id}
          lines={claim.lines}
          sentBack={claim.state === 'SENT_BACK'}
          modelId={claim.job?.equipment.model.id ?? null}
          currency={currency}
        />
      ) : reviewable ? (
        <ClaimReview key={claim.lines.map((line) => line.id).join()} claimId={claim.id} lines={claim.lines} />
      ) : (
        <section aria-labelledby="claim-lines-title">
          <h2 id="claim-lines-title">{t('claims.lines.title')}</h2>
          <ClaimLines lines={claim.lines} />
        </section>
      )}
    </div>
  );
}
