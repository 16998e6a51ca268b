import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ACCEPT, DECLINE } from './job.documents';
import { graphql } from '../../gql';
import type { OfferPanel_OfferFragment } from '../../gql/graphql';
import { Countdown } from '../../ui/Countdown';
import { ErrorNote } from '../../ui/ErrorNote';
import { useT } from '../../i18n';

export const OFFER_PANEL = graphql(`
  fragment OfferPanel_offer on JobOffer { id status expiresAt }
`);

/** The manufacturer's reasons for declining its offer, labelled in the reader's language. */
const DECLINE_CODES = graphql(`
  query DeclineCodes($offerId: ID!) { reasonCodes(kind: DECLINE, offerId: $offerId) { id code label } }
`);

/** A partner admin answers an offer before it expires: accept, or decline with a reason (one of the manufacturer's, and in its own words). */
export function OfferPanel({ offer, compact }: { offer: OfferPanel_OfferFragment; compact?: boolean }) {
  // What the answer changes on screen (the offer leaves the inbox, the job joins ours) arrives as
  // its event, which the live module applies: no screen is read again.
  const [accept, accepted] = useMutation(ACCEPT);
  const [decline, declined] = useMutation(DECLINE);
  const [reason, setReason] = useState('');
  const [code, setCode] = useState('');
  const [declining, setDeclining] = useState(false);
  const t = useT();
  const codes = useQuery(DECLINE_CODES, { variables: { offerId: offer.id }, skip: !declining });
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
            void decline({ variables: { offerId: offer.id, reason, reasonCode: code || null } }).catch(() => undefined);
          }}
        >
          {(codes.data?.reasonCodes.length ?? 0) > 0 && (
            <label>
              {t('translations.decline.code')}
              <select value={code} onChange={(e) => setCode(e.target.value)}>
                <option value="">{t('translations.decline.chooseCode')}</option>
                {codes.data?.reasonCodes.map((option) => (
                  <option key={option.id} value={option.code}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          )}
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
