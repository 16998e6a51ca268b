import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ACCEPT, DECLINE } from './job.documents';
import { graphql } from '../../gql';
import type { OfferPanel_OfferFragment } from '../../gql/graphql';
import { Countdown } from '../../ui/Countdown';
import { ErrorNote } from '../../ui/ErrorNote';
import { useT } from '../../i18n';

export const OFFER_PANEL = graphql(`
  fragment OfferPanel_offer on JobOffer { id status expiresAt }
`);

/** A partner admin answers an offer before it expires: accept, or decline with a reason. */
export function OfferPanel({ offer, compact }: { offer: OfferPanel_OfferFragment; compact?: boolean }) {
  // What the answer changes on screen (the offer leaves the inbox, the job joins ours) arrives as
  // its event, which the live module applies: no screen is read again.
  const [accept, accepted] = useMutation(ACCEPT);
  const [decline, declined] = useMutation(DECLINE);
  const [reason, setReason] = useState('');
  const [declining, setDeclining] = useState(false);
  const t = useT();
  return (
    <section className={compact ? 'offer compact' : 'panel offer'} aria-label={t('job.offer.label')}>
      <div className="row">
        <Countdown to={offer.expiresAt} label={t('job.offer.expiresIn')} warnMinutes={10} />
        <button type="button" onClick={() => void accept({ variables: { offerId: offer.id } }).catch(() => undefined)} disabled={accepted.loading}>
          {t('job.offer.accept')}
        </button>
        <button type="button" className="secondary" onClick={() => setDeclining((v) => !v)}>
          {t('job.offer.decline')}
        </button>
      </div>
      {declining && (
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            void decline({ variables: { offerId: offer.id, reason } }).catch(() => undefined);
          }}
        >
          <label className="grow">
            {t('job.offer.reason')}
            <input value={reason} required onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit" className="danger" disabled={!reason.trim() || declined.loading}>
            {t('job.offer.declineOffer')}
          </button>
        </form>
      )}
      <ErrorNote error={accepted.error ?? declined.error} />
    </section>
  );
}
