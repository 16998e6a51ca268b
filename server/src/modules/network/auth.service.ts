import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity.js';
import { dummyPasswordHash, verifyPassword } from '../../shared/passwords.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import type { TokenService } from '../../shared/tokens.js';

/** Email and password to a bearer token. A wrong email and a wrong password fail alike, in the same time. */
export async function login(em: EntityManager, tokens: TokenService, email: string, password: string): Promise<{ token: string; user: User }> {
  const user = await em.findOne(User, { email: email.trim().toLowerCase() }, { populate: ['passwordHash'] });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !valid) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password');
  const token = await tokens.issue({ userId: user.id, orgId: user.organization.id, role: user.role });
  return { token, user };
}
