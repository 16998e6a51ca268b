import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { i18nWrapper } from '../../i18n/testing';
import { ClaimFigures } from './ClaimFigures';

afterEach(cleanup);

const card = {
  claimRejectionRate: 0.25,
  claimPerJob: [
    { amount: '1234.50', currency: 'EUR' },
    { amount: '500.00', currency: 'DKK' },
  ],
  networkMedianClaimPerJob: [{ amount: '1000.10', currency: 'EUR' }],
  medianHoursToSubmit: 26.04,
};

describe('ClaimFigures', () => {
  it('shows the partner its figures per currency and staff the network median beside them', async () => {
    render(<ClaimFigures card={card} />, { wrapper: await i18nWrapper() });
    expect(screen.getByText('Claims rejected: 25%')).toBeTruthy();
    expect(screen.getByText('Claimed per job: €1,234.50 + DKK 500.00')).toBeTruthy();
    expect(screen.getByText('Network median per job: €1,000.10')).toBeTruthy();
    expect(screen.getByText('Median time to submit: 26.0 h')).toBeTruthy();
  });

  it('leaves the network median out for a partner (null), and reads in German', async () => {
    render(<ClaimFigures card={{ ...card, networkMedianClaimPerJob: null, claimRejectionRate: null, medianHoursToSubmit: null }} />, {
      wrapper: await i18nWrapper('de'),
    });
    expect(screen.queryByText(/Netzwerk-Median/)).toBeNull();
    expect(screen.getByText('Abgelehnte Anträge: —')).toBeTruthy();
    expect(screen.getByText('Beantragt je Auftrag: 1.234,50 € + 500,00 DKK')).toBeTruthy();
  });
});
