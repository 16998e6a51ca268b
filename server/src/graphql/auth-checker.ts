import type { AuthChecker } from 'type-graphql';
import type { Context } from '../context.js';
import { can, type Capability } from '../modules/access/policy.js';
import { forbidden, unauthenticated } from '../shared/errors.js';

/**
 * `@Authorized()` needs a signed-in viewer; `@Authorized(Capability.X)` one whose role holds the
 * capability in the policy's table (modules/access/policy.ts). Which rows the viewer may touch is
 * decided by the same policy in the services.
 */
export const authChecker: AuthChecker<Context, Capability> = ({ context }, capabilities) => {
  if (!context.viewer) throw unauthenticated();
  const viewer = context.viewer;
  if (capabilities.length > 0 && !capabilities.some((capability) => can(viewer, capability))) throw forbidden('Your role may not do this');
  return true;
};
