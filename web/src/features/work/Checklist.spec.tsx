import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { i18nWrapper } from '../../i18n/testing';
import { Checklist, type ChecklistAnswer } from './Checklist';

afterEach(cleanup);

let wrapper: Awaited<ReturnType<typeof i18nWrapper>>;
beforeAll(async () => {
  wrapper = await i18nWrapper();
});

const ITEMS = [
  { id: 'safety', label: 'Safety check done' },
  { id: 'test-run', label: 'Test run under load' },
];

let last: ChecklistAnswer[] = [];
function Harness() {
  const [answers, setAnswers] = useState<ChecklistAnswer[]>([]);
  last = answers;
  return <Checklist items={ITEMS} answers={answers} onChange={setAnswers} />;
}

describe('Checklist', () => {
  it('answers every item of the standard, with ticks and notes', () => {
    render(<Harness />, { wrapper });
    expect(screen.getByText('0 of 2 done')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Test run under load'));
    expect(last).toEqual([
      { itemId: 'safety', done: false },
      { itemId: 'test-run', done: true },
    ]);
    fireEvent.change(screen.getByLabelText('Note for Safety check done'), { target: { value: 'Breaker locked out' } });
    fireEvent.click(screen.getByLabelText('Safety check done'));
    expect(last).toEqual([
      { itemId: 'safety', done: true, note: 'Breaker locked out' },
      { itemId: 'test-run', done: true },
    ]);
    expect(screen.getByText('2 of 2 done')).toBeTruthy();
  });

  it('counts and labels the notes in German; the items are shown as the standard names them', async () => {
    render(<Harness />, { wrapper: await i18nWrapper('de') });
    expect(screen.getByText('0 von 2 erledigt')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Safety check done'));
    expect(screen.getByText('1 von 2 erledigt')).toBeTruthy();
    expect(screen.getByLabelText('Notiz zu Test run under load')).toBeTruthy();
  });
});
