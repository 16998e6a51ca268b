import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import type { Role } from '../modules/network/network.enums.js';
import { forbidden, unauthenticated } from '../shared/errors.js';

/**
 * `@Authorized()` needs a signed-in viewer; `@Authorized(roles)` one of those roles. Which rows
 * the viewer may touch is decided in the services (modules/access), the same for every operation.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(context.viewer.role)) throw forbidden('Your role may not do this');
  return true;
};
