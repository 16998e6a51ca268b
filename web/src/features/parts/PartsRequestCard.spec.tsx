import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import { i18nWrapper } from '../../i18n/testing';
import type { Language } from '../../i18n';
import type { PartsRequestCard_RequestFragment } from '../../gql/graphql';
import { PartsRequestCard } from './PartsRequestCard';

afterEach(cleanup);

// The card only sends when a button is pressed, which these specs never do: a client without a link is enough.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

async function renderIn(language: Language, request: PartsRequestCard_RequestFragment) {
  const I18n = await i18nWrapper(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>
      <MemoryRouter>
        <I18n>{children}</I18n>
      </MemoryRouter>
    </ApolloProvider>
  );
  return render(<PartsRequestCard request={request} />, { wrapper });
}

const line = (id: string, sku: string, loaner: boolean, extra: Partial<PartsRequestCard_RequestFragment['lines'][number]> = {}) => ({
  __typename: 'PartsRequestLine' as const,
  id,
  quantity: 1,
  approvedQuantity: 1,
  loaner,
  loanerReturnBy: null,
  loanerReturnedAt: null,
  loanerReturnTrackingCode: null,
  loanerOverdue: false,
  part: { __typename: 'Part' as const, id: `p-${id}`, sku, name: `Part ${sku}`, listPrice: { __typename: 'Money' as const, amount: '89.00', currency: 'EUR' } },
  ...extra,
});

const request = (returnLoaner: boolean, lines: PartsRequestCard_RequestFragment['lines']): PartsRequestCard_RequestFragment => ({
  __typename: 'PartsRequest',
  id: 'r1',
  status: 'SHIPPED',
  trackingCode: null,
  decisionNote: null,
  createdAt: '2026-11-02T09:00:00Z',
  job: { __typename: 'ServiceJob', id: 'j1', number: 'SJ-2026-000001' },
  lines,
  viewerCan: { __typename: 'PartsRequestActions', decide: false, ship: false, receive: true, returnLoaner },
});

describe('PartsRequestCard: loaners', () => {
  it('shows each loaner out with its return-by date, an overdue badge, and a Returned button for the partner', async () => {
    await renderIn(
      'en',
      request(true, [
        line('a', 'CAP-1', false),
        line('b', 'LOAN-1', true, { loanerReturnBy: '2026-11-16T09:00:00Z', loanerOverdue: true }),
        line('c', 'LOAN-2', true, { loanerReturnBy: '2026-11-16T09:00:00Z', loanerReturnedAt: '2026-11-10T12:00:00Z' }),
      ]),
    );
    expect(screen.getByText(/Loaner LOAN-1: due back Nov 16, 2026/)).toBeTruthy();
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark loaner LOAN-1 returned' })).toBeTruthy();
    expect(screen.getByText('Loaner LOAN-2: returned Nov 10, 2026')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark loaner LOAN-2 returned' })).toBeNull();
    expect(screen.queryByText(/Loaner CAP-1/)).toBeNull();
  });

  it('asks for the tracking code the loaner goes back with when Returned is pressed, and shows it once returned', async () => {
    await renderIn(
      'en',
      request(true, [
        line('b', 'LOAN-1', true, { loanerReturnBy: '2026-11-16T09:00:00Z' }),
        line('c', 'LOAN-2', true, { loanerReturnBy: '2026-11-16T09:00:00Z', loanerReturnedAt: '2026-11-10T12:00:00Z', loanerReturnTrackingCode: 'DHL-77' }),
      ]),
    );
    expect(screen.queryByLabelText('Return tracking code')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Mark loaner LOAN-1 returned' }));
    const form = screen.getByRole('form', { name: 'Send loaner LOAN-1 back' });
    expect(form).toBeTruthy();
    expect(screen.getByLabelText('Return tracking code')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Confirm returned' })).toBeTruthy();
    expect(screen.getByText('Tracking: DHL-77')).toBeTruthy();
  });

  it('offers no Returned button to whoever may not return it, and speaks German', async () => {
    await renderIn('de', request(false, [line('b', 'LOAN-1', true, { loanerReturnBy: '2026-11-16T09:00:00Z', loanerOverdue: true })]));
    expect(screen.getByText(/Leihgerät LOAN-1: Rückgabe bis/)).toBeTruthy();
    expect(screen.getByText('Überfällig')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /LOAN-1/ })).toBeNull();
  });
});
