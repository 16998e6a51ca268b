import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MemoryRouter } from 'react-router';
import { i18nWrapper } from '../../i18n/testing';
import type { Language } from '../../i18n';
import type { CustomerQuote_QuoteFragment, QuoteCard_JobFragment } from '../../gql/graphql';
import { QuoteCard } from './QuoteCard';
import { CustomerQuote } from './CustomerQuote';

afterEach(cleanup);

// Nothing is sent in these specs (no button that answers or sends is pressed): a client without a link is enough.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

async function renderIn(language: Language, ui: ReactNode) {
  const I18n = await i18nWrapper(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>
      <MemoryRouter>
        <I18n>{children}</I18n>
      </MemoryRouter>
    </ApolloProvider>
  );
  return render(ui, { wrapper });
}

const eur = (amount: string) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });
const figures = {
  taxRate: '19.00',
  net: eur('205.00'),
  tax: eur('38.95'),
  gross: eur('243.95'),
  validUntil: '2026-12-15T09:00:00Z',
  sentAt: '2026-12-01T09:00:00Z',
  answeredAt: null,
  declineReason: null,
};
const lines = [
  { kind: 'LABOR' as const, description: 'Labour', quantity: '2.00', unitPrice: eur('70.00'), amount: eur('140.00') },
  { kind: 'PART' as const, description: 'Door seal', quantity: '1.00', unitPrice: eur('25.00'), amount: eur('25.00') },
  { kind: 'TRAVEL' as const, description: 'Travel and call-out', quantity: '1.00', unitPrice: eur('40.00'), amount: eur('40.00') },
];

const job = (state: 'SENT' | 'DECLINED' | null, complete = false): QuoteCard_JobFragment => ({
  __typename: 'ServiceJob',
  id: 'j1',
  coverage: 'POST_WARRANTY',
  status: 'IN_PROGRESS',
  assignedPartner: { __typename: 'Organization', id: 'p1', currency: 'EUR' },
  equipment: { __typename: 'EquipmentUnit', id: 'u1', model: { __typename: 'ProductModel', id: 'm1' } },
  viewerCan: { __typename: 'JobActions', complete },
  quote: state
    ? {
        __typename: 'Quote',
        id: 'q1',
        number: 'SJ-2026-000001-Q1',
        state,
        ...figures,
        declineReason: state === 'DECLINED' ? 'Too expensive' : null,
        lines: lines.map((line) => ({ __typename: 'QuoteLine' as const, ...line, part: null })),
      }
    : null,
});

const customerQuote = (answerToken: string | null): CustomerQuote_QuoteFragment => ({
  __typename: 'CustomerQuote',
  number: 'SJ-2026-000001-Q1',
  state: 'SENT',
  partnerName: 'Alpine Service',
  answerToken,
  ...figures,
  lines: lines.map((line) => ({ __typename: 'CustomerQuoteLine' as const, ...line })),
});

describe('the quote on the case file', () => {
  it('shows the lines, the tax at its rate and the total, waiting for the customer; the partner may send a new one', async () => {
    await renderIn('en', <QuoteCard job={job('SENT', true)} />);
    expect(screen.getByRole('heading', { name: 'Quote SJ-2026-000001-Q1' })).toBeTruthy();
    expect(screen.getByText('Awaiting the customer')).toBeTruthy();
    expect(screen.getByText('Tax (19 %)')).toBeTruthy();
    expect(screen.getByText('€243.95')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send a new quote (replaces the open one)' })).toBeTruthy();
  });

  it('shows no composer to whoever may not work the job, and says the customer declined, in German', async () => {
    await renderIn('de', <QuoteCard job={job('DECLINED')} />);
    expect(screen.getByText('Abgelehnt')).toBeTruthy();
    expect(screen.getByText(/Der Kunde hat abgelehnt: „Too expensive“/)).toBeTruthy();
    expect(screen.getByText('Steuer (19 %)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Kostenvoranschlag/ })).toBeNull();
  });

  it('opens the composer for a started paid job without a quote', async () => {
    await renderIn('en', <QuoteCard job={job(null, true)} />);
    expect(screen.getByRole('form', { name: 'New quote' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a line' }));
    expect(screen.getByRole('combobox', { name: 'Part of line 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send the quote to the customer' })).toHaveProperty('disabled', true);
  });
});

describe("the customer's quote", () => {
  it('offers Accept and Decline while it awaits the answer; declining asks why', async () => {
    await renderIn('en', <CustomerQuote quote={customerQuote('token')} />);
    expect(screen.getByText(/Alpine Service quotes the work on your unit/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Accept the quote' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Decline the quote' }));
    expect(screen.getByLabelText('Why do you decline? (optional)')).toBeTruthy();
  });

  it('answers nothing once it cannot be answered, in German', async () => {
    await renderIn('de', <CustomerQuote quote={customerQuote(null)} intent="decline" />);
    expect(screen.getByText(/kann nicht mehr beantwortet werden/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
