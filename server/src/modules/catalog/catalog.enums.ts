/** The Lele–Sheth matrix: repair cost × failure cost sets how a product line is serviced. */
export enum ServiceStrategy {
  DISPOSABLE = 'DISPOSABLE',
  REPAIRABLE = 'REPAIRABLE',
  RAPID_RESPONSE = 'RAPID_RESPONSE',
  NEVER_FAIL = 'NEVER_FAIL',
}

/** Default priority per strategy (1 is most urgent). */
export const STRATEGY_PRIORITY: Record<ServiceStrategy, number> = {
  NEVER_FAIL: 1,
  RAPID_RESPONSE: 2,
  REPAIRABLE: 3,
  DISPOSABLE: 4,
};
