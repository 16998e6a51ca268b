import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { i18nWrapper } from '../../i18n/testing';
import { CandidateList, type CandidateView } from './CandidateList';

afterEach(cleanup);

let wrapper: Awaited<ReturnType<typeof i18nWrapper>>;
beforeAll(async () => {
  wrapper = await i18nWrapper();
});

const candidate = (id: string, name: string, eligible: boolean, reasons: string[]): CandidateView => ({
  eligible,
  autoEligible: eligible,
  score: eligible ? 0.8 : 0.2,
  reasons,
  partner: { id, name, kind: 'DEALER', status: eligible ? 'ACTIVE' : 'SUSPENDED' },
});

const CANDIDATES = [
  candidate('a', 'Alpine Service', true, ['Active', 'Serves region NORTH']),
  candidate('b', 'Riverside Technik', true, ['Active', 'Capacity: 2 of 7 open jobs']),
  candidate('c', 'QuickFix 24', false, ['Suspended: receives no offers']),
];

describe('CandidateList', () => {
  it('shows every candidate in rank order, ineligible ones with why and not selectable', () => {
    render(<CandidateList candidates={CANDIDATES} onOffer={() => undefined} />, { wrapper });
    const items = screen.getAllByRole('listitem').filter((li) => li.className.includes('candidate'));
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual(['1. Alpine Service', '2. Riverside Technik', '3. QuickFix 24']);
    expect((screen.getByLabelText('Offer to QuickFix 24') as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText('Suspended: receives no offers')).toBeTruthy();
  });

  it('shows the distance to the site in whole km beside the partner, and its reason; none when unknown', () => {
    const near = { ...candidate('a', 'Alpine Service', true, ['Active', '38 km away']), distanceKm: 37.6 };
    const unknown = { ...candidate('b', 'Riverside Technik', true, ['Active', 'Distance unknown']), distanceKm: null };
    const { container } = render(<CandidateList candidates={[near, unknown]} onOffer={() => undefined} />, { wrapper });
    expect([...container.querySelectorAll('.distance')].map((el) => el.textContent?.trim())).toEqual(['38 km']);
    expect(screen.getByText('38 km away')).toBeTruthy();
    expect(screen.getByText('Distance unknown')).toBeTruthy();
  });

  it('offers to one partner, or broadcasts to several', () => {
    const onOffer = vi.fn();
    render(<CandidateList candidates={CANDIDATES} onOffer={onOffer} />, { wrapper });
    const submit = () => screen.getByRole('button');
    expect((submit() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Offer to Alpine Service'));
    expect(submit().textContent).toBe('Offer to partner');
    fireEvent.click(screen.getByLabelText('Offer to Riverside Technik'));
    expect(submit().textContent).toBe('Broadcast to 2 partners');
    fireEvent.click(submit());
    expect(onOffer).toHaveBeenCalledWith(['a', 'b']);
  });

  it('reads in German: the buttons, the partner’s kind and status, the distance', async () => {
    const german = await i18nWrapper('de');
    const near = { ...candidate('a', 'Alpine Service', true, ['Active']), distanceKm: 1234.4 };
    const { container } = render(<CandidateList candidates={[near, CANDIDATES[1]!]} onOffer={() => undefined} />, { wrapper: german });
    expect(screen.getAllByText('Händler').length).toBe(2);
    expect(screen.getAllByText('Aktiv').length).toBe(2);
    expect(container.querySelector('.distance')?.textContent?.trim()).toBe('1.234 km');
    fireEvent.click(screen.getByLabelText('An Alpine Service anbieten'));
    expect(screen.getByRole('button').textContent).toBe('Partner anbieten');
    fireEvent.click(screen.getByLabelText('An Riverside Technik anbieten'));
    expect(screen.getByRole('button').textContent).toBe('An 2 Partner senden');
  });

  it("says the reasons' codes in the reader's language, with plurals and dates, and an unknown code in the server's English", async () => {
    const coded: CandidateView = {
      ...candidate('a', 'Alpine Service', true, []),
      reasonCodes: [
        { code: 'candidate.capacity', params: { load: 1, capacity: 1 }, text: 'Capacity: 1 of 1 open jobs' },
        { code: 'candidate.certified', params: { jobType: 'REPAIR', productLine: 'Compressors', until: '2027-03-01' }, text: 'Certified …' },
        { code: 'candidate.fromTheFuture', params: { x: 1 }, text: 'A reason this portal does not know yet' },
      ],
    };
    render(<CandidateList candidates={[coded]} onOffer={() => undefined} />, { wrapper: await i18nWrapper('de', 'America/Los_Angeles') });
    expect(screen.getByText('Auslastung: 1 von 1 offenen Auftrag')).toBeTruthy();
    // The day stays the day the server said, in any time zone.
    expect(screen.getByText('Zertifiziert für Reparatur an Compressors bis 1. März 2027')).toBeTruthy();
    expect(screen.getByText('A reason this portal does not know yet')).toBeTruthy();
    cleanup();
    render(
      <CandidateList
        candidates={[{ ...coded, reasonCodes: [{ code: 'candidate.capacity', params: { load: 3, capacity: 5 }, text: '' }] }]}
        onOffer={() => undefined}
      />,
      {
        wrapper: await i18nWrapper('ru'),
      },
    );
    expect(screen.getByText('Загрузка: 3 из 5 открытых заказов')).toBeTruthy();
  });
});
