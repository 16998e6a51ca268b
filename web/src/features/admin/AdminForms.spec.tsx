import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReactNode } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { SessionProvider } from '../../session/session';
import { i18nWrapper } from '../../i18n/testing';
import type { Language } from '../../i18n';
import english from '../../i18n/messages/en/admin.json';
import german from '../../i18n/messages/de/admin.json';
import { AddPartner, AddUser, EditStandard, GrantCertification, SetPrice } from './AdminForms';

afterEach(cleanup);

// The forms only send on submit, which these specs never do: a client without a link is enough.
const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });

beforeEach(() => {
  sessionStorage.setItem(
    'portal.session',
    JSON.stringify({
      token: 'spec',
      user: {
        id: 'u1',
        name: 'Ada Admin',
        email: 'ada@demo',
        role: 'ADMIN',
        organization: { id: 'm1', name: 'Nordkühl', kind: 'MANUFACTURER', currency: 'EUR' },
      },
    }),
  );
});

const STANDARD = {
  jobType: 'REPAIR',
  responseMinutes: 240,
  resolutionMinutes: 2880,
  minPhotos: 2,
  keepPhotoLocation: false,
  requiresSignature: true,
  requiresCertifiedTechnician: false,
  maxLaborMinutes: 480,
  laborRateCeiling: { amount: '95.00', currency: 'EUR' },
  requiredReportFields: [],
  checklist: [{ id: 'safety', label: 'Safety check done' }],
};

async function renderForms(language: Language) {
  const I18n = await i18nWrapper(language);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18n>
      <SessionProvider>
        <ApolloProvider client={client}>{children}</ApolloProvider>
      </SessionProvider>
    </I18n>
  );
  return render(
    <>
      <AddPartner />
      <GrantCertification partners={[{ id: 'p1', name: 'Alpine Service' }]} lines={[{ id: 'l1', name: 'Cold rooms' }]} />
      <SetPrice />
      <AddUser organizations={[{ id: 'p1', name: 'Alpine Service' }]} />
      <EditStandard productLineId="l1" standard={STANDARD} />
    </>,
    { wrapper },
  );
}

/** Every text a reader meets: the text of each element and its accessible names and hints. */
function textsOf(root: HTMLElement): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent?.trim() ?? '');
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of ['aria-label', 'title', 'placeholder']) texts.push(element.getAttribute(attribute)?.trim() ?? '');
  }
  return texts.filter(Boolean);
}

describe('the admin forms in German', () => {
  it('show no English label of the admin area (a word both languages share aside)', async () => {
    const { container } = await renderForms('de');
    const germanOf = german as Record<string, { message: string }>;
    const englishOnly = new Set(
      Object.entries(english as Record<string, string>)
        .filter(([id, message]) => !message.includes('{') && message !== germanOf[id]?.message)
        .map(([, message]) => message),
    );
    const shown = textsOf(container);
    expect(shown.filter((text) => englishOnly.has(text))).toEqual([]);
    // Shown in German: headings, labels, options and the standard's title.
    expect(screen.getByRole('form', { name: 'Partner hinzufügen' })).toBeTruthy();
    expect(screen.getByRole('form', { name: 'Zertifizierung erteilen' })).toBeTruthy();
    expect(screen.getAllByLabelText('Währung').length).toBe(2);
    expect(screen.getByLabelText('Erstes Passwort (mindestens 8 Zeichen)')).toBeTruthy();
    expect(screen.getByText('Kundenunterschrift erforderlich')).toBeTruthy();
    expect(screen.getByText('Zertifizierter Techniker erforderlich')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Speichern' }).length).toBe(5);
  });

  it('keep their English names in English (the browser tests find them so)', async () => {
    await renderForms('en');
    expect(screen.getByRole('form', { name: 'Add a partner' })).toBeTruthy();
    expect(screen.getByRole('form', { name: /standard$/ })).toBeTruthy();
    expect(screen.getByLabelText('Slug (logins are admin@slug.demo)')).toBeTruthy();
    expect(screen.getByLabelText('Requires a certified technician')).toBeTruthy();
  });

  it("asks for the customer when the partner is a customer's own staff", async () => {
    await renderForms('en');
    expect(screen.queryByLabelText(/Customer it serves/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'CUSTOMER_STAFF' } });
    expect(screen.getByLabelText(/Customer it serves/)).toBeTruthy();
  });
});
