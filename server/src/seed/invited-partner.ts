import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/network/organization.entity.js';
import { NetworkMembership } from '../modules/network/network-membership.entity.js';
import { TechnicianCertification } from '../modules/network/technician-certification.entity.js';
import { User } from '../modules/network/user.entity.js';
import { OrgKind, Role } from '../modules/network/network.enums.js';
import { ProductLine } from '../modules/catalog/product-line.entity.js';
import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';
import { JobType } from '../modules/job/job.enums.js';
import { PartnerInvitation } from '../modules/onboarding/partner-invitation.entity.js';
import { InvitationState } from '../modules/onboarding/onboarding.enums.js';
import { INVITATION_DAYS } from '../modules/onboarding/invitation-links.js';

const DAY = 86_400_000;
/** The invited firm's slug: its logins are admin@ and tech@ it, .demo (password demo). */
export const INVITED_SLUG = 'kaelte-nord';

/**
 * Onboarding on the demo network: a firm the maker invited that has registered (its admin and a
 * technician with a certification) and awaits the admin's approval (a pending membership: it is
 * offered nothing), and an invitation not yet answered. Written after the history, which it does
 * not touch: the firm had no jobs.
 */
export async function seedInvitedPartner(em: EntityManager, now: Date): Promise<void> {
  const maker = await em.findOneOrFail(Organization, { slug: 'maker' });
  const inviter = await em.findOneOrFail(User, { email: 'admin@maker.demo' }, { populate: ['passwordHash'] });
  const firm = em.create(Organization, {
    slug: INVITED_SLUG,
    name: 'Kälte Nord Service GmbH',
    kind: OrgKind.INDEPENDENT_SPECIALIST,
    status: null,
    regions: ['NORTH'],
    capacity: 0,
    currency: maker.currency,
    country: 'DE',
    address: 'Hafenstraße 4, 20457 Hamburg',
    createdAt: new Date(now.getTime() - 2 * DAY),
  });
  const person = (email: string, name: string, role: Role) =>
    em.create(User, { email, name, role, organization: firm, passwordHash: inviter.passwordHash, locale: 'de', timeZone: 'Europe/Berlin' });
  person(`admin@${INVITED_SLUG}.demo`, 'Greta Kühl', Role.PARTNER_ADMIN);
  const tech = person(`tech@${INVITED_SLUG}.demo`, 'Ole Frost', Role.TECHNICIAN);
  em.create(NetworkMembership, { manufacturer: maker, partner: firm, pending: true, since: new Date(now.getTime() - 2 * DAY) });
  const created = new Date(now.getTime() - 3 * DAY);
  const expiresAt = new Date(created.getTime() + INVITATION_DAYS * DAY);
  em.create(PartnerInvitation, {
    manufacturer: maker,
    email: `admin@${INVITED_SLUG}.demo`,
    firmName: 'Kälte Nord',
    kind: OrgKind.INDEPENDENT_SPECIALIST,
    locale: 'de',
    state: InvitationState.REGISTERED,
    invitedBy: inviter,
    partner: firm,
    expiresAt,
    createdAt: created,
    registeredAt: new Date(now.getTime() - 2 * DAY),
  });
  em.create(PartnerInvitation, {
    manufacturer: maker,
    email: 'service@frostline.example',
    firmName: 'Frostline Kältetechnik',
    kind: OrgKind.DEALER,
    locale: 'de',
    invitedBy: inviter,
    expiresAt: new Date(now.getTime() + (INVITATION_DAYS - 1) * DAY),
    createdAt: new Date(now.getTime() - DAY),
  });
  const line = (await em.find(ProductLine, { manufacturer: maker }, { orderBy: { name: 'asc' } })).find((l) => l.strategy !== ServiceStrategy.DISPOSABLE);
  if (line) {
    em.create(TechnicianCertification, {
      technician: tech,
      organization: firm,
      productLine: line,
      jobTypes: [JobType.REPAIR, JobType.MAINTENANCE],
      expiresAt: new Date(now.getTime() + 300 * DAY),
    });
  }
  await em.flush();
}
