import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity.js';
import { LoginAttempt } from './login-attempt.entity.js';
import { dummyPasswordHash, verifyPassword } from '../../shared/passwords.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import type { TokenService } from '../../shared/tokens.js';
import type { Clock } from '../../shared/clock.js';

/** Failed sign-ins allowed in the window, per account and per address, before the next ones are refused unchecked. */
export const LOGIN_LIMITS = { perAccount: 5, perAddress: 30, windowMinutes: 15 } as const;

interface Attempt {
  email: string;
  password: string;
  address: string;
}

/**
 * Email and password to a bearer token. A wrong email and a wrong password fail alike, in the same
 * time. Repeated failures are throttled per account and per address, counted in the database so
 * every server instance sees them.
 */
export async function login(em: EntityManager, tokens: TokenService, clock: Clock, attempt: Attempt): Promise<{ token: string; user: User }> {
  const email = attempt.email.trim().toLowerCase();
  const now = clock.now();
  await assertNotThrottled(em, email, attempt.address, now);
  const user = await em.findOne(User, { email }, { populate: ['passwordHash'] });
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), attempt.password);
  await em.insert(LoginAttempt, { email, address: attempt.address, at: now, succeeded: Boolean(user && valid) });
  if (!user || !valid) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong email or password');
  const token = await tokens.issue({ userId: user.id, orgId: user.organization.id, role: user.role });
  return { token, user };
}

async function assertNotThrottled(em: EntityManager, email: string, address: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - LOGIN_LIMITS.windowMinutes * 60_000);
  const [row] = await em.execute<{ account: string; address: string; oldest: Date | null }[]>(
    `select
       count(*) filter (where email = ? and at > greatest(?, coalesce((select max(at) from login_attempt where email = ? and succeeded), ?))) as account,
       count(*) filter (where address = ?) as address,
       min(at) as oldest
     from login_attempt where not succeeded and at > ? and (email = ? or address = ?)`,
    [email, since, email, since, address, since, email, address],
  );
  if (Number(row.account) >= LOGIN_LIMITS.perAccount || Number(row.address) >= LOGIN_LIMITS.perAddress) {
    const retryAfterSeconds = Math.max(
      60,
      Math.ceil(((row.oldest ? new Date(row.oldest).getTime() : now.getTime()) + LOGIN_LIMITS.windowMinutes * 60_000 - now.getTime()) / 1000),
    );
    throw new AppError(ErrorCode.UNAUTHENTICATED, `Too many failed sign-ins. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`, {
      retryAfterSeconds,
    });
  }
}
