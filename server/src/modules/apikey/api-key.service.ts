import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './api-key.entity.js';
import { newApiKeySecret } from './api-key-secret.js';
import { User } from '../network/user.entity.js';
import { Reach, isStaffRole, reachOf } from '../access/policy.js';
import type { Role } from '../../shared/roles.js';
import { badInput, forbidden, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';

export interface ApiKeyData {
  name: string;
  role: Role;
}

/** What an integration user's password hash holds: no argon2 hash, so no password ever matches and it never signs in. */
const NO_PASSWORD = '!api-key: never signs in';

/**
 * Keys are managed by people: a key that could mint keys would, once leaked, outlive its own
 * revocation through the keys it made.
 */
function assertPerson({ viewer }: Scope): void {
  if (viewer.apiKeyId) throw forbidden('API keys are managed by signing in, not with an API key');
}

/**
 * A key for the viewer's organization, acting as a new integration user with the key's role: one
 * of the organization's own roles, and one that reaches the whole organization (a technician's
 * sees only its own assignments, which a key has none of). The secret is returned here only.
 */
export async function createApiKey(scope: Scope, input: ApiKeyData): Promise<{ key: ApiKey; secret: string }> {
  assertPerson(scope);
  const { em, viewer, clock } = scope;
  if (isStaffRole(input.role) !== isStaffRole(viewer.role)) {
    throw badInput(isStaffRole(viewer.role) ? "A manufacturer's key takes a staff role" : "A partner's key takes the partner admin role", { field: 'role' });
  }
  if (reachOf(input) === Reach.ASSIGNED) throw badInput('A key acts for the whole organization: choose a role that sees all of it', { field: 'role' });
  const { secret, prefix, hash } = newApiKeySecret();
  const name = input.name.trim();
  const key = await em.transactional(async (tx: EntityManager) => {
    const id = randomUUID();
    const createdBy = await tx.findOneOrFail(User, viewer.userId);
    const user = tx.create(User, {
      // The reserved .invalid domain (RFC 2606): unique, and never an address anything is sent to.
      email: `api-key-${id}@api-keys.invalid`,
      name: `API key: ${name}`,
      role: input.role,
      organization: viewer.orgId,
      passwordHash: NO_PASSWORD,
      integration: true,
    });
    return tx.create(ApiKey, { id, organization: viewer.orgId, user, name, prefix, secretHash: hash, createdBy, createdAt: clock.now() });
  });
  return { key, secret };
}

/** The organization's keys, live and revoked, newest first. */
export function listApiKeys(scope: Scope): Promise<ApiKey[]> {
  assertPerson(scope);
  const { em, viewer } = scope;
  return em.find(ApiKey, { organization: viewer.orgId }, { populate: ['user', 'createdBy'], orderBy: { createdAt: 'desc', id: 'asc' } });
}

/** Revokes one of the organization's keys at once (revoking it again changes nothing); its integration user stays, as the actor of what the key did. */
export async function revokeApiKey(scope: Scope, id: string): Promise<ApiKey> {
  assertPerson(scope);
  const { em, viewer, clock } = scope;
  return em.transactional(async (tx: EntityManager) => {
    const key = isUuid(id) ? await tx.findOne(ApiKey, { id, organization: viewer.orgId }, { populate: ['user', 'createdBy'] }) : null;
    if (!key) throw notFound('API key');
    key.revokedAt ??= clock.now();
    return key;
  });
}
