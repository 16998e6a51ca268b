import type { Catalogue, StatusReasonCode } from './mail-catalogue.types.js';
import type { PhraseParams } from '../../shared/phrases.js';

/** A status change's reason in the catalogue's language where the server decided it; a person's reason as typed. */
export function statusReason(reasons: Catalogue['statusReasons'], reason: string, reasonCode: { code: string; params: PhraseParams } | null): string {
  if (!reasonCode || !Object.hasOwn(reasons, reasonCode.code)) return reason;
  return reasons[reasonCode.code as StatusReasonCode](reasonCode.params);
}
