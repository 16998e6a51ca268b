import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { i18nWrapper } from '../i18n/testing';
import type { Language } from '../i18n';
import type { ReturnRow_ReturnFragment } from '../gql/graphql';
import { ReturnActions } from './ReturnActions';
import { ReturnStateNote } from './ReturnState';

afterEach(cleanup);

// The actions only send when pressed, which these specs never do: a client without a link is enough.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

async function renderIn(language: Language, ui: ReactNode) {
  const I18n = await i18nWrapper(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ApolloProvider client={client}>
      <I18n>{children}</I18n>
    </ApolloProvider>
  );
  return render(ui, { wrapper });
}

const ra = (extra: Partial<ReturnRow_ReturnFragment>): ReturnRow_ReturnFragment => ({
  __typename: 'ReturnAuthorization',
  id: 'ra1',
  number: 'RA-2026-000001',
  state: 'REQUESTED',
  faultySerial: 'FS-1',
  requestNote: null,
  trackingCode: null,
  requestedAt: '2026-11-20T09:00:00Z',
  returnBy: '2026-12-04T09:00:00Z',
  shippedAt: null,
  receivedAt: null,
  inspectedAt: null,
  result: null,
  inspectionNote: null,
  part: { __typename: 'Part', id: 'p1', sku: 'CMP-1', name: 'Compressor' },
  partner: { __typename: 'Organization', id: 'o1', name: 'Alpine Service' },
  job: { __typename: 'ServiceJob', id: 'j1', number: 'SJ-2026-000001' },
  claim: { __typename: 'WarrantyClaim', id: 'c1', number: 'WC-2026-000001' },
  viewerCan: { __typename: 'ReturnActions', ship: false, receive: false, inspect: false },
  ...extra,
});

describe('a return’s next step', () => {
  it('asks the partner for the tracking code it ships with', async () => {
    await renderIn('en', <ReturnActions ra={ra({ viewerCan: { __typename: 'ReturnActions', ship: true, receive: false, inspect: false } })} />);
    expect(screen.getByRole('form', { name: 'Ship return RA-2026-000001' })).toBeTruthy();
    expect(screen.getByLabelText('Tracking code')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Received' })).toBeNull();
  });

  it('offers the manufacturer the inspection with its three results, in German', async () => {
    await renderIn(
      'de',
      <ReturnActions ra={ra({ state: 'RECEIVED', viewerCan: { __typename: 'ReturnActions', ship: false, receive: false, inspect: true } })} />,
    );
    expect(screen.getByRole('form', { name: 'Rücksendung RA-2026-000001 prüfen' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Kein Fehler gefunden' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Unsachgemäße Verwendung' })).toBeTruthy();
    expect(screen.queryByLabelText('Sendungsnummer')).toBeNull();
  });

  it('shows where it stands: state, result, tracking', async () => {
    await renderIn('en', <ReturnStateNote ra={ra({ state: 'INSPECTED', result: 'NO_FAULT_FOUND', trackingCode: 'DHL-9', returnBy: null })} />);
    expect(screen.getByText('Inspected')).toBeTruthy();
    expect(screen.getByText('No fault found')).toBeTruthy();
    expect(screen.getByText('Tracking: DHL-9')).toBeTruthy();
  });
});
