import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { i18nWrapper } from '../i18n/testing';
import { ErrorNote } from './ErrorNote';

afterEach(cleanup);

/** A failed operation as Apollo Client hands it to a screen. */
function failure(message: string, extensions: Record<string, unknown>) {
  return new CombinedGraphQLErrors({ errors: [{ message, extensions }] });
}

const notEligible = failure('Not eligible for this job: Nordhaus (Does not serve region DE-BY)', {
  code: 'NOT_ELIGIBLE',
  partners: [
    {
      partnerId: 'p1',
      partnerName: 'Nordhaus',
      reasons: ['Does not serve region DE-BY'],
      reasonCodes: [{ code: 'candidate.outsideRegion', params: { region: 'DE-BY' }, text: 'Does not serve region DE-BY' }],
    },
  ],
});

describe('ErrorNote', () => {
  it("names each refused partner with its reasons in the reader's language, not the API's English", async () => {
    render(<ErrorNote error={notEligible} />, { wrapper: await i18nWrapper('de') });
    const note = screen.getByRole('alert');
    expect(note.textContent).toContain('Nordhaus: ');
    expect(note.textContent).toContain('DE-BY');
    expect(note.textContent).not.toContain('Does not serve region');
  });

  it("renders an error's own reasons, and falls back to the server's words without them", async () => {
    const uncertified = failure('Ann is not certified for REPAIR on Pumps', {
      code: 'NOT_ELIGIBLE',
      reasons: [
        {
          code: 'schedule.technicianNotCertified',
          params: { technician: 'Ann', jobType: 'REPAIR', productLine: 'Pumps' },
          text: 'Ann is not certified for REPAIR on Pumps',
        },
      ],
    });
    const { unmount } = render(<ErrorNote error={uncertified} />, { wrapper: await i18nWrapper('de') });
    expect(screen.getByRole('alert').textContent).toContain('Ann ist nicht für');
    unmount();
    render(<ErrorNote error={failure('Offer closed at 10:00', { code: 'OFFER_CLOSED' })} />, { wrapper: await i18nWrapper('en') });
    expect(screen.getByRole('alert').textContent).toContain('Offer closed at 10:00');
  });
});
