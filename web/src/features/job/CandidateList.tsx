import { useState } from 'react';
import { Badge } from '../../ui/Badge';
import { useEnumLabel, useFormat, useT } from '../../i18n';
import { usePhrase, type PhraseView } from '../../i18n/phrase';

export interface CandidateView {
  eligible: boolean;
  autoEligible: boolean;
  score: number;
  distanceKm?: number | null;
  /** In English; `reasonCodes` says the same in the reader's language. */
  reasons: string[];
  reasonCodes?: PhraseView[];
  partner: { id: string; name: string; kind: string; status?: string | null };
}

/**
 * The ranked partners for a job, eligible ones selectable, ineligible ones shown with why.
 * One selected partner is an offer; several are a broadcast where the first to accept wins.
 */
export function CandidateList({ candidates, busy, onOffer }: { candidates: CandidateView[]; busy?: boolean; onOffer(partnerIds: string[]): void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const say = usePhrase();
  const toggle = (id: string) => setChosen((list) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]));
  const t = useT();
  const format = useFormat();
  const enumLabel = useEnumLabel();
  return (
    <form
      aria-label={t('job.candidates.label')}
      onSubmit={(event) => {
        event.preventDefault();
        onOffer(chosen);
      }}
    >
      <ol className="plain candidates">
        {candidates.map((candidate, index) => (
          <li key={candidate.partner.id} className={candidate.eligible ? 'candidate' : 'candidate ineligible'}>
            <label className="row">
              <input
                type="checkbox"
                disabled={!candidate.eligible}
                checked={chosen.includes(candidate.partner.id)}
                onChange={() => toggle(candidate.partner.id)}
                aria-label={t('job.candidates.offerTo', { partner: candidate.partner.name })}
              />
              <span className="grow">
                <strong>
                  {index + 1}. {candidate.partner.name}
                </strong>{' '}
                <span className="small muted">{enumLabel('OrgKind', candidate.partner.kind)}</span>{' '}
                <Badge value={candidate.partner.status} of="PartnerStatus" />
                {candidate.distanceKm !== null && candidate.distanceKm !== undefined && (
                  <span className="small distance" title={t('job.candidates.distanceTitle')}>
                    {' '}
                    {format.number(candidate.distanceKm, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 })}
                  </span>
                )}
                <span className="score" title={t('job.candidates.scoreTitle')}>
                  {format.number(candidate.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}
                </span>
                <ul className="reasons small">
                  {(candidate.reasonCodes?.map(say) ?? candidate.reasons).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </span>
            </label>
          </li>
        ))}
      </ol>
      <button type="submit" disabled={busy || chosen.length === 0}>
        {chosen.length > 1 ? t('job.candidates.broadcast', { count: chosen.length }) : t('job.candidates.offer')}
      </button>
    </form>
  );
}
