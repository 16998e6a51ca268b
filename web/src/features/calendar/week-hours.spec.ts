import { describe, expect, it } from 'vitest';
import { parseIntervals, weekHours, weekTexts, DEFAULT_WEEK } from './week-hours';

describe('a working week written as text', () => {
  it.each([
    ['08:00-17:00', ['08:00-17:00']],
    [' 08:00 - 12:00 ,13:00-17:00 ', ['08:00-12:00', '13:00-17:00']],
    ['08:00–12:00; 13:00-24:00', ['08:00-12:00', '13:00-24:00']],
    ['', []],
    ['8-17', null],
    ['08:00-25:00', null],
    ['24:00-08:00', null],
    ['08:00', null],
  ])('%j is %j', (text, intervals) => {
    expect(parseIntervals(text)).toEqual(intervals);
  });

  it('leaves closed weekdays out, names the ones written wrongly, and reads back what it wrote', () => {
    const texts = { ...DEFAULT_WEEK, FRI: '08:00-14:00', SAT: 'noon' };
    expect(weekHours(texts).invalid).toEqual(['SAT']);
    const { hours, invalid } = weekHours({ ...texts, SAT: '' });
    expect(invalid).toEqual([]);
    expect(hours.map((day) => day.day)).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
    expect(weekTexts(hours)).toEqual({ ...texts, SAT: '' });
  });
});
