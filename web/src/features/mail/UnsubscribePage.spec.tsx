import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { i18nWrapper } from '../../i18n/testing';
import type { Language } from '../../i18n';
import { UnsubscribePage } from './UnsubscribePage';

afterEach(cleanup);

// Opening the page sends nothing (only its button does), so the client needs no link.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

async function renderPage(language: Language) {
  const I18n = await i18nWrapper(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18n>
      <MemoryRouter initialEntries={['/unsubscribe/t0ken']}>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </MemoryRouter>
    </I18n>
  );
  return render(<UnsubscribePage />, { wrapper });
}

describe("the customer's unsubscribe page", () => {
  it('asks in German, and names the tab in German', async () => {
    const { container } = await renderPage('de');
    expect(screen.getByRole('heading', { name: 'Diese E-Mails abbestellen?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abmelden' })).toBeTruthy();
    expect(container.textContent).not.toMatch(/emails|Unsubscribe|service request/);
    expect(document.title).toMatch(/^Abmelden · /);
  });

  it('asks in English as before', async () => {
    await renderPage('en');
    expect(screen.getByRole('heading', { name: 'Stop these emails?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unsubscribe' })).toBeTruthy();
  });
});
