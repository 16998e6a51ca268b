import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { i18nWrapper } from '../../i18n/testing';
import type { Language } from '../../i18n';
import type { InvitationRow_InvitationFragment } from '../../gql/graphql';
import { InvitationRow } from './PartnerInvitations';

afterEach(cleanup);

// The row's forms only send on submit, which these specs never do: a client without a link is enough.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

const REGISTERED: InvitationRow_InvitationFragment = {
  __typename: 'PartnerInvitation',
  id: 'i1',
  email: 'info@kaelte-nord.test',
  firmName: 'Kälte Nord',
  kind: 'DEALER',
  state: 'REGISTERED',
  expiresAt: '2026-12-15T09:00:00Z',
  createdAt: '2026-12-01T09:00:00Z',
  registeredAt: '2026-12-02T09:00:00Z',
  decidedAt: null,
  declineReason: null,
  partner: {
    __typename: 'Organization',
    id: 'p1',
    name: 'Kälte Nord Service GmbH',
    kind: 'DEALER',
    status: null,
    regions: ['NORTH'],
    capacity: 0,
    country: 'DE',
    address: 'Hafenstraße 4, Hamburg',
    technicianCertifications: [
      {
        __typename: 'TechnicianCertification',
        id: 'c1',
        productLineName: 'Kühlräume',
        jobTypes: ['REPAIR'],
        expiresAt: '2027-06-30T00:00:00Z',
        valid: true,
        certificate: { __typename: 'Attachment', id: 'a1', url: '/files/a1?v=full', contentType: 'application/pdf' },
      },
    ],
  },
};

async function renderRow(language: Language, invitation: InvitationRow_InvitationFragment) {
  const I18n = await i18nWrapper(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18n>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </I18n>
  );
  return render(<InvitationRow invitation={invitation} />, { wrapper });
}

describe('an invitation in the admin’s Partners area', () => {
  it('shows a registered firm with its technicians’ certificates and the approve and decline forms', async () => {
    await renderRow('en', REGISTERED);
    expect(screen.getByText('Registered, awaiting approval')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Certificate' }).getAttribute('href')).toBe('/files/a1?v=full');
    expect(screen.getByRole('form', { name: 'Approve Kälte Nord Service GmbH' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Decline' })).toBeTruthy();
  });

  it('speaks German, and a decided invitation offers no decision', async () => {
    await renderRow('de', { ...REGISTERED, state: 'APPROVED', decidedAt: '2026-12-03T09:00:00Z' });
    expect(screen.getByText('Freigegeben')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Zertifikat' })).toBeTruthy();
    expect(screen.queryByRole('form', { name: /freigeben/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Ablehnen' })).toBeNull();
  });
});
