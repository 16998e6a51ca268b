import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/network/organization.entity.js';
import { NetworkMembership } from '../modules/network/network-membership.entity.js';
import { Certification } from '../modules/network/certification.entity.js';
import { TechnicianCertification } from '../modules/network/technician-certification.entity.js';
import { OrgKind, PartnerStatus, Role } from '../modules/network/network.enums.js';
import type { User } from '../modules/network/user.entity.js';
import type { Customer } from '../modules/catalog/customer.entity.js';
import type { ProductLine } from '../modules/catalog/product-line.entity.js';
import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';
import { JobType } from '../modules/job/job.enums.js';

const DAY = 86_400_000;

/** The large customer whose own trained staff maintain its units, and their organization's slug (logins admin@ and tech@ it, .demo). */
export const STAFF_CUSTOMER = 'Klinik am Park';
export const STAFF_SLUG = 'klinik-staff';

/** Technicians of ordinary partners with a certification of their own: [email, line index, job types, months left]. */
const PARTNER_TECHNICIANS: readonly [string, number, JobType[], number][] = [
  ['tech@maker-north.demo', 0, [JobType.REPAIR, JobType.MAINTENANCE], 18],
  ['tech@alpine-service.demo', 1, [JobType.REPAIR], 12],
  ['tech@riverside-tech.demo', 0, [JobType.INSPECTION], 9],
];

/**
 * The clinic's own maintenance staff (one of the maker's largest customers, 11 units): a CUSTOMER_STAFF organization of the maker's network,
 * offered the clinic's units only, certified (as an organization and its technician) for
 * maintenance, repair and inspection on the maker's lines but the disposable ones; and a few
 * technicians of ordinary partners with certifications of their own.
 */
export function seedCustomerStaff(
  em: EntityManager,
  maker: Organization,
  lines: readonly ProductLine[],
  customer: Customer,
  regions: readonly string[],
  user: (organization: Organization, email: string, role: Role) => User,
  users: readonly User[],
  now: Date,
): void {
  const staff = em.create(Organization, {
    slug: STAFF_SLUG,
    name: `${STAFF_CUSTOMER} technical services`,
    kind: OrgKind.CUSTOMER_STAFF,
    status: PartnerStatus.ACTIVE,
    customer,
    regions: [...regions],
    capacity: 3,
  });
  em.create(NetworkMembership, { manufacturer: maker, partner: staff });
  user(staff, `admin@${STAFF_SLUG}.demo`, Role.PARTNER_ADMIN);
  const tech = user(staff, `tech@${STAFF_SLUG}.demo`, Role.TECHNICIAN);
  const jobTypes = [JobType.MAINTENANCE, JobType.REPAIR, JobType.INSPECTION];
  const expiresAt = new Date(now.getTime() + 365 * DAY);
  for (const line of lines) {
    if (line.strategy === ServiceStrategy.DISPOSABLE) continue;
    em.create(Certification, { partner: staff, productLine: line, jobTypes, expiresAt });
    em.create(TechnicianCertification, { technician: tech, organization: staff, productLine: line, jobTypes, expiresAt });
  }
  const byEmail = new Map(users.map((made) => [made.email, made]));
  for (const [email, lineIndex, types, months] of PARTNER_TECHNICIANS) {
    const technician = byEmail.get(email);
    if (!technician) continue;
    em.create(TechnicianCertification, {
      technician,
      organization: technician.organization,
      productLine: lines[lineIndex],
      jobTypes: types,
      expiresAt: new Date(now.getTime() + months * 30 * DAY),
    });
  }
}
