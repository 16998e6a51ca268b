import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity.js';
import { badInput, notFound } from '../../shared/errors.js';
import { LANGUAGES, canonicalTimeZone, isLanguage } from '../../shared/languages.js';
import type { Viewer } from '../../shared/viewer.js';

export interface Preferences {
  /** Absent: unchanged; null: cleared (the browser decides). */
  locale?: string | null;
  timeZone?: string | null;
}

/** The caller's own language and time zone: a language the portal speaks, a time zone Intl knows (stored as Intl names it). */
export async function setMyPreferences(em: EntityManager, viewer: Viewer, input: Preferences): Promise<User> {
  const changes: Partial<Pick<User, 'locale' | 'timeZone'>> = {};
  if (input.locale !== undefined) {
    if (input.locale !== null && !isLanguage(input.locale)) {
      throw badInput(`locale must be one of ${LANGUAGES.join(', ')}`, { field: 'locale', supported: [...LANGUAGES] });
    }
    changes.locale = input.locale;
  }
  if (input.timeZone !== undefined) {
    const zone = input.timeZone === null ? null : canonicalTimeZone(input.timeZone);
    if (input.timeZone !== null && !zone) throw badInput('timeZone must be an IANA time zone, e.g. Europe/Berlin', { field: 'timeZone' });
    changes.timeZone = zone;
  }
  const user = await em.findOne(User, viewer.userId);
  if (!user) throw notFound('User');
  em.assign(user, changes);
  await em.flush();
  return user;
}
