import { describe, expect, it } from 'vitest';
import { greatCircleKm, pointOf } from './distance.js';

const ZURICH = { latitude: 47.3769, longitude: 8.5417 };
const BASEL = { latitude: 47.5596, longitude: 7.5886 };
const HAMBURG = { latitude: 53.5511, longitude: 9.9937 };

describe('great-circle distance', () => {
  it.each([
    // Along a meridian one degree is 2π × 6371.0088 / 360 = 111.195 km.
    ['six degrees along a meridian', { latitude: 47, longitude: 8 }, { latitude: 53, longitude: 8 }, 667.17],
    // The published great-circle distance between the city centres.
    ['Zurich–Basel', ZURICH, BASEL, 74.5],
    ['a quarter of the equator', { latitude: 0, longitude: 0 }, { latitude: 0, longitude: 90 }, 10_007.5],
    ['pole to pole', { latitude: 90, longitude: 0 }, { latitude: -90, longitude: 0 }, 20_015.1],
  ])('%s: %s km', (_name, a, b, km) => {
    expect(Math.abs(greatCircleKm(a, b) - km)).toBeLessThan(0.5);
  });

  it('is symmetric and zero at the same point', () => {
    expect(greatCircleKm(ZURICH, HAMBURG)).toBe(greatCircleKm(HAMBURG, ZURICH));
    expect(greatCircleKm(BASEL, BASEL)).toBe(0);
  });

  it('crosses the antimeridian the short way', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 179.5 }, { latitude: 0, longitude: -179.5 })).toBeCloseTo(111.2, 1);
  });
});

describe('a point', () => {
  it('needs both coordinates', () => {
    expect(pointOf(47, 8)).toEqual({ latitude: 47, longitude: 8 });
    expect(pointOf(0, 0)).toEqual({ latitude: 0, longitude: 0 });
    expect(pointOf(47, null)).toBeNull();
    expect(pointOf(undefined, 8)).toBeNull();
  });
});
