/**
 * Great-circle distance, once in TypeScript and once as SQL with the same formula (haversine on
 * PostgreSQL's own `radians`, `sin`, `cos`, `atan2`, `sqrt`: no extension such as earthdistance or
 * PostGIS, so a managed database needs nothing). Dispatch ranks partners by it; the seed's desk
 * ranks in memory with the TypeScript one.
 */

/** The mean Earth radius (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** How much nearness counts in a manufacturer's dispatch ranking unless its policy says otherwise (the other factors weigh 1 together). */
export const DEFAULT_DISTANCE_WEIGHT = 0.5;

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two points, in km. */
export function greatCircleKm(a: GeoPoint, b: GeoPoint): number {
  const h =
    Math.sin(radians(b.latitude - a.latitude) / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(radians(b.longitude - a.longitude) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(Math.max(0, 1 - h)));
}

/**
 * The same distance as a SQL expression over four SQL expressions (columns or typed parameters)
 * in degrees; null when any of them is null. atan2 rather than asin(least(1, …)): `least` and
 * `greatest` skip nulls, and a missing coordinate must give null, not half the globe; `greatest(0, …)`
 * keeps rounding from taking a root of a negative number.
 */
export function greatCircleKmSql(a: { latitude: string; longitude: string }, b: { latitude: string; longitude: string }): string {
  const h =
    `power(sin(radians(${b.latitude} - ${a.latitude}) / 2), 2) + ` +
    `cos(radians(${a.latitude})) * cos(radians(${b.latitude})) * power(sin(radians(${b.longitude} - ${a.longitude}) / 2), 2)`;
  return `(2 * ${EARTH_RADIUS_KM} * atan2(sqrt(${h}), sqrt(greatest(0, 1 - (${h})))))`;
}

/** A point needs both coordinates; either alone is no point. */
export const pointOf = (latitude: number | null | undefined, longitude: number | null | undefined): GeoPoint | null =>
  latitude === null || latitude === undefined || longitude === null || longitude === undefined ? null : { latitude, longitude };
