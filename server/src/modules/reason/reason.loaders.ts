import { ReasonCode } from './reason-code.entity.js';
import { byId, type LoaderFactory } from '../../shared/loader-kit.js';

/** A code is reached only through what named it (an offer, a finding), which the viewer already sees. */
export const REASON_LOADERS = {
  reasonCode: (em) => byId(em, ReasonCode),
} satisfies Record<string, LoaderFactory>;
