import { afterEach, describe, expect, it } from 'vitest';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { i18nWrapper } from '../../i18n/testing';
import { ConflictNote } from './ConflictNote';
import type { Slot } from './calendar-events';

afterEach(cleanup);

const REFUSAL = new CombinedGraphQLErrors({
  errors: [{ message: 'The technician is not free then: they are booked for job SJ-2', extensions: { code: 'SCHEDULE_CONFLICT' } }],
});
const SLOTS: Slot[] = [
  { startsAt: '2026-12-01T14:00:00.000Z', endsAt: '2026-12-01T16:00:00.000Z' },
  { startsAt: '2026-12-02T07:00:00.000Z', endsAt: '2026-12-02T09:00:00.000Z' },
];

describe('ConflictNote', () => {
  it("says why in the reader's language and offers the free slots, in the technician's zone, to book", async () => {
    const booked: Slot[] = [];
    render(
      <ConflictNote error={REFUSAL} number="SJ-1" stays="1. Dez. 2026, 10:30" slots={SLOTS} timeZone="Europe/Berlin" onBook={(slot) => booked.push(slot)} />,
      {
        wrapper: await i18nWrapper('de', 'UTC'),
      },
    );
    expect(screen.getByRole('alert').textContent).toContain((await import('../../i18n/messages/de/errors.json')).default['errors.SCHEDULE_CONFLICT'].message);
    expect(screen.getByText('SJ-1 bleibt bei 1. Dez. 2026, 10:30.')).toBeTruthy();
    // 14:00 UTC is 15:00 in Berlin: the slots show in the technician's zone, not the reader's.
    const first = screen.getByRole('button', { name: 'SJ-1 für 01.12.2026, 15:00 bis 17:00 buchen' });
    fireEvent.click(first);
    expect(booked).toEqual([SLOTS[0]]);
    expect(screen.getAllByRole('button')).toHaveLength(2);
  });

  it('offers nothing to book when the refusal lists no slot', async () => {
    render(<ConflictNote error={REFUSAL} number="SJ-1" stays="—" slots={[]} timeZone="UTC" onBook={() => undefined} />, { wrapper: await i18nWrapper() });
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('The technician is booked or away at that time.');
  });
});
