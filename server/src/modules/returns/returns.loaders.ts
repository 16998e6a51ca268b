import { ReturnAuthorization } from './return-authorization.entity.js';
import { returnScope } from './returns.visibility.js';
import { ClaimLine } from '../billing/warranty-claim.entity.js';
import { byId, byRelation, scoped, type LoaderFactory } from '../../shared/loader-kit.js';

export const RETURNS_LOADERS = {
  returnAuthorization: (em, viewer) => byId(em, ReturnAuthorization, scoped(viewer, returnScope)),
  /** A return's claim line (whoever sees the return sees its claim). */
  returnClaimLine: (em) => byId(em, ClaimLine),
  /** The return of a claim line, if the viewer may see it (one at most per line). */
  returnsByClaimLine: (em, viewer) => byRelation(em, ReturnAuthorization, 'claimLine', { id: 'asc' }, scoped(viewer, returnScope)),
} satisfies Record<string, LoaderFactory>;
