import type { MoneyView } from '../../ui/money';
import { useFormat, useT } from '../../i18n';
import { ONE_DECIMAL } from './decimals';

interface ClaimCard {
  claimRejectionRate?: number | null;
  claimPerJob: readonly MoneyView[];
  networkMedianClaimPerJob?: readonly MoneyView[] | null;
  medianHoursToSubmit?: number | null;
}

/**
 * A partner's claim figures on its scorecard: the rejected share of what it claimed, what it claims
 * per job (per currency), against the network's median for the manufacturer's staff only, and how
 * soon after the work it claims.
 */
export function ClaimFigures({ card }: { card: ClaimCard }) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="facts-row">
      <span>{t('audit.claims.rejected', { value: f.percent(card.claimRejectionRate) })}</span>
      <span>{t('audit.claims.perJob', { value: f.moneyList(card.claimPerJob) })}</span>
      {card.networkMedianClaimPerJob && <span>{t('audit.claims.networkMedian', { value: f.moneyList(card.networkMedianClaimPerJob) })}</span>}
      <span>
        {t('audit.claims.toSubmit', {
          value: card.medianHoursToSubmit == null ? t('audit.none') : t('audit.claims.hours', { hours: f.number(card.medianHoursToSubmit, ONE_DECIMAL) }),
        })}
      </span>
    </div>
  );
}
