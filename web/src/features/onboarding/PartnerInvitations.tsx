import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { InvitationRow_InvitationFragment, OrgKind, PartnerStatus } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

export const INVITATION_ROW = graphql(`
  fragment InvitationRow_invitation on PartnerInvitation {
    id email firmName kind state expiresAt createdAt registeredAt decidedAt declineReason
    partner {
      id name kind status regions capacity country address
      technicianCertifications { id productLineName jobTypes expiresAt valid certificate { id url contentType } }
    }
  }
`);

export const INVITATIONS = graphql(`
  query PartnerInvitations { partnerInvitations { id ...InvitationRow_invitation } }
`);

const INVITE = graphql(`
  mutation InvitePartner($email: String!, $firmName: String, $kind: OrgKind) {
    invitePartner(email: $email, firmName: $firmName, kind: $kind) { id link ...InvitationRow_invitation }
  }
`);

const APPROVE = graphql(`
  mutation ApprovePartner($id: ID!, $status: PartnerStatus!, $regions: [String!], $capacity: Int) {
    approvePartner(invitationId: $id, status: $status, regions: $regions, capacity: $capacity) { id status regions capacity }
  }
`);

const DECLINE = graphql(`
  mutation DeclinePartner($id: ID!, $reason: String) { declinePartner(invitationId: $id, reason: $reason) { id state decidedAt declineReason } }
`);

const KINDS: OrgKind[] = ['BRANCH', 'DEALER', 'INDEPENDENT_SPECIALIST', 'CONSORTIUM_PARTNER'];
const APPROVAL: PartnerStatus[] = ['PROBATION', 'ACTIVE'];
const regionsOf = (text: string) =>
  text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((region) => region.toUpperCase());

/** The manufacturer's admin's onboarding: invite a firm by email, then approve or decline the firms that registered. */
export function PartnerInvitations() {
  const t = useT();
  const { data, error } = useQuery(INVITATIONS);
  const invitations = data?.partnerInvitations ?? [];
  return (
    <section aria-labelledby="invitations-title" className="stack">
      <h2 id="invitations-title">{t('onboarding.invitations.title')}</h2>
      <InvitePartner />
      <ErrorNote error={error} />
      {invitations.length === 0 ? (
        <p className="muted">{t('onboarding.invitations.none')}</p>
      ) : (
        <ul className="stack plain" aria-label={t('onboarding.invitations.list')}>
          {invitations.map((invitation) => (
            <InvitationRow key={invitation.id} invitation={invitation} />
          ))}
        </ul>
      )}
    </section>
  );
}

function InvitePartner() {
  const t = useT();
  const [invite, { data, loading, error }] = useMutation(INVITE, {
    // The new invitation goes to the top of the list the query holds.
    update(cache, { data: answer }) {
      const created = answer?.invitePartner;
      if (!created) return;
      cache.updateQuery({ query: INVITATIONS }, (list) => (list ? { ...list, partnerInvitations: [created, ...list.partnerInvitations] } : list));
    },
  });
  const [v, set] = useState({ email: '', firmName: '', kind: 'DEALER' as OrgKind });
  const link = data?.invitePartner.link;
  return (
    <form
      className="panel stack"
      aria-label={t('onboarding.invite.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void invite({ variables: { email: v.email, firmName: v.firmName || null, kind: v.kind } })
          .then(() => set({ email: '', firmName: '', kind: v.kind }))
          .catch(() => undefined);
      }}
    >
      <h3>{t('onboarding.invite.title')}</h3>
      <div className="row">
        <label>
          {t('onboarding.invite.email')}
          <input type="email" required value={v.email} onChange={(e) => set({ ...v, email: e.target.value })} />
        </label>
        <label>
          {t('onboarding.invite.firmName')}
          <input value={v.firmName} onChange={(e) => set({ ...v, firmName: e.target.value })} />
        </label>
        <label>
          {t('onboarding.invite.kind')}
          <select value={v.kind} onChange={(e) => set({ ...v, kind: e.target.value as OrgKind })}>
            <EnumOptions of="OrgKind" values={KINDS} />
          </select>
        </label>
      </div>
      <ErrorNote error={error} />
      {link && (
        <p role="status" className="small">
          {t('onboarding.invite.sent', { email: data.invitePartner.email })} <code className="break">{link}</code>
        </p>
      )}
      <button type="submit" disabled={loading}>
        {t('onboarding.invite.submit')}
      </button>
    </form>
  );
}

export function InvitationRow({ invitation }: { invitation: InvitationRow_InvitationFragment }) {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  const partner = invitation.partner;
  return (
    <li className="panel stack" aria-label={t('onboarding.invitation.label', { email: invitation.email })}>
      <div className="row spread">
        <strong>{partner?.name ?? invitation.firmName ?? invitation.email}</strong>
        <span className="badge">{label('InvitationState', invitation.state)}</span>
      </div>
      <div className="small muted">
        {t('onboarding.invitation.sentTo', { email: invitation.email, at: f.dateTime(invitation.createdAt) })}
        {invitation.state === 'PENDING' && <> · {t('onboarding.invitation.expires', { at: f.dateTime(invitation.expiresAt) })}</>}
        {invitation.registeredAt && <> · {t('onboarding.invitation.registered', { at: f.dateTime(invitation.registeredAt) })}</>}
      </div>
      {invitation.declineReason && <div className="small">{t('onboarding.invitation.declinedBecause', { reason: invitation.declineReason })}</div>}
      {partner && (
        <div className="small">
          <div>
            {label('OrgKind', partner.kind)}
            {partner.country ? ` · ${partner.country}` : ''}
            {partner.address ? ` · ${partner.address}` : ''}
          </div>
          {partner.status && <div>{t('onboarding.invitation.status', { status: label('PartnerStatus', partner.status), capacity: partner.capacity })}</div>}
          <h4>{t('onboarding.invitation.technicians')}</h4>
          {partner.technicianCertifications.length === 0 ? (
            <p className="muted">{t('onboarding.invitation.noCertifications')}</p>
          ) : (
            <ul>
              {partner.technicianCertifications.map((c) => (
                <li key={c.id} className={c.valid ? '' : 'muted'}>
                  {t('onboarding.certification.line', {
                    line: c.productLineName,
                    jobTypes: f.list(c.jobTypes.map((jobType) => label('JobType', jobType))),
                    until: f.date(c.expiresAt),
                  })}{' '}
                  {c.certificate && (
                    <a href={c.certificate.url} target="_blank" rel="noreferrer">
                      {t('onboarding.certification.file')}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {invitation.state === 'REGISTERED' && <Approve id={invitation.id} name={partner?.name ?? invitation.email} regions={partner?.regions ?? []} />}
      {(invitation.state === 'REGISTERED' || invitation.state === 'PENDING' || invitation.state === 'EXPIRED') && <Decline id={invitation.id} />}
    </li>
  );
}

function Approve({ id, name, regions: proposed }: { id: string; name: string; regions: readonly string[] }) {
  const t = useT();
  const [approve, { loading, error }] = useMutation(APPROVE, {
    // The partners' table gains the firm (the admin's own change, as the other admin forms do).
    refetchQueries: ['Network'],
    // The application is decided: the invitation reads APPROVED (the answer is the partner, now with its status).
    update(cache) {
      cache.modify({ id: cache.identify({ __typename: 'PartnerInvitation', id }), fields: { state: () => 'APPROVED' } });
    },
  });
  const [status, setStatus] = useState<PartnerStatus>('PROBATION');
  const [regions, setRegions] = useState(proposed.join(', '));
  const [capacity, setCapacity] = useState(3);
  return (
    <form
      className="row small"
      aria-label={t('onboarding.approve.label', { name })}
      onSubmit={(event) => {
        event.preventDefault();
        void approve({ variables: { id, status, regions: regionsOf(regions), capacity } }).catch(() => undefined);
      }}
    >
      <label>
        {t('onboarding.approve.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as PartnerStatus)}>
          <EnumOptions of="PartnerStatus" values={APPROVAL} />
        </select>
      </label>
      <label>
        {t('onboarding.approve.regions')}
        <input value={regions} onChange={(e) => setRegions(e.target.value)} />
      </label>
      <label>
        {t('onboarding.approve.capacity')}
        <input type="number" min={0} max={10000} value={capacity} onChange={(e) => setCapacity(Number(e.target.value))} />
      </label>
      <button type="submit" disabled={loading}>
        {t('onboarding.approve.submit')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}

function Decline({ id }: { id: string }) {
  const t = useT();
  const [decline, { loading, error }] = useMutation(DECLINE);
  const [reason, setReason] = useState('');
  return (
    <form
      className="row small"
      aria-label={t('onboarding.decline.label')}
      onSubmit={(event) => {
        event.preventDefault();
        void decline({ variables: { id, reason: reason || null } }).catch(() => undefined);
      }}
    >
      <label>
        {t('onboarding.decline.reason')}
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit" className="secondary" disabled={loading}>
        {t('onboarding.decline.submit')}
      </button>
      <ErrorNote error={error} />
    </form>
  );
}
