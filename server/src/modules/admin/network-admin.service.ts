import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Organization } from '../network/organization.entity.js';
import { NetworkMembership } from '../network/network-membership.entity.js';
import { Certification } from '../network/certification.entity.js';
import { User } from '../network/user.entity.js';
import { OrgKind, PartnerStatus, type Role } from '../network/network.enums.js';
import { isStaffRole } from '../access/policy.js';
import { ProductLine } from '../catalog/product-line.entity.js';
import { Customer } from '../catalog/customer.entity.js';
import type { JobType } from '../job/job.enums.js';
import { announceStatus } from '../scorecard/partner-status.service.js';
import { networkChanged } from './admin-event.js';
import { changeState } from '../events/change.js';
import { hashPassword } from '../../shared/passwords.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { formatAmount, parseMoney, type MoneyText } from '../../shared/money.js';
import type { GeoPoint } from '../../shared/distance.js';

/** The partners of the admin's network, newest members last (a firm awaiting approval is an invitation's, not yet a partner). */
export async function networkPartners({ em, viewer }: Scope): Promise<Organization[]> {
  const memberships = await em.find(NetworkMembership, { manufacturer: viewer.orgId, pending: false }, { populate: ['partner'], orderBy: { since: 'asc' } });
  return memberships.map((m) => m.partner);
}

/** The manufacturer's customers by name (the admin's picker for a customer's own staff). */
export async function networkCustomers({ em, viewer }: Scope): Promise<Customer[]> {
  return em.find(Customer, { manufacturer: viewer.orgId }, { orderBy: { name: 'asc', id: 'asc' } });
}

async function partnerOfNetwork(tx: EntityManager, manufacturerId: string, partnerId: string, lock = false): Promise<Organization> {
  const member = isUuid(partnerId) ? await tx.findOne(NetworkMembership, { manufacturer: manufacturerId, partner: partnerId }) : null;
  if (!member) throw notFound('Partner');
  return tx.findOneOrFail(Organization, partnerId, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
}

export interface PartnerData {
  slug: string;
  name: string;
  kind: OrgKind;
  /** CUSTOMER_STAFF only: the customer whose staff it is. */
  customerId?: string | null;
  regions: string[];
  capacity: number;
  laborRate?: MoneyText | null;
  location?: GeoPoint | null;
  serviceRadiusKm?: number | null;
}

/** The most an agreed hourly rate may be. */
const MAX_RATE = 10_000;

/** Adds a new partner organization to the network; a slug already taken by another organization is a CONFLICT. */
export async function createPartner({ em, viewer, clock }: Scope, input: PartnerData): Promise<Organization> {
  if (input.kind === OrgKind.MANUFACTURER) throw badInput('A partner cannot be a manufacturer', { field: 'kind' });
  const staff = input.kind === OrgKind.CUSTOMER_STAFF;
  if (staff !== Boolean(input.customerId)) throw badInput("A customer's own staff, and only it, names its customer", { field: 'customerId' });
  const rate = input.laborRate ? parseMoney(input.laborRate.amount, input.laborRate.currency, 'laborRate', MAX_RATE) : null;
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    if (await tx.count(Organization, { slug: input.slug })) throw new AppError(ErrorCode.CONFLICT, `The slug "${input.slug}" is taken`);
    const customer = input.customerId && isUuid(input.customerId) ? await tx.findOne(Customer, { id: input.customerId, manufacturer: viewer.orgId }) : null;
    if (input.customerId && !customer) throw notFound('Customer');
    // Without a rate the partner prices in the manufacturer's currency until it agrees one.
    const currency = rate?.currency ?? (await tx.findOneOrFail(Organization, viewer.orgId)).currency;
    const partner = tx.create(Organization, {
      slug: input.slug,
      name: input.name.trim(),
      kind: input.kind,
      status: PartnerStatus.ACTIVE,
      regions: [...new Set(input.regions)],
      capacity: input.capacity,
      laborRate: rate ? formatAmount(rate) : null,
      currency,
      latitude: input.location?.latitude ?? null,
      longitude: input.location?.longitude ?? null,
      serviceRadiusKm: input.serviceRadiusKm ?? null,
      customer,
    });
    tx.create(NetworkMembership, { manufacturer: viewer.orgId, partner });
    networkChanged(change, viewer.orgId, { entity: 'Partner', id: partner.id, change: 'created', after: input }, partner.id);
    return partner;
  });
}

export interface PartnerChanges {
  name?: string | null;
  regions?: string[] | null;
  capacity?: number | null;
  laborRate?: MoneyText | null;
  location?: GeoPoint | null;
  /** 0 removes the radius. */
  serviceRadiusKm?: number | null;
  status?: PartnerStatus | null;
  statusReason?: string | null;
}

/** What an admin change of a partner shows before and after. */
const partnerTerms = (partner: Organization) => ({
  name: partner.name,
  regions: partner.regions,
  capacity: partner.capacity,
  laborRate: partner.laborRate,
  currency: partner.currency,
  latitude: partner.latitude ?? null,
  longitude: partner.longitude ?? null,
  serviceRadiusKm: partner.serviceRadiusKm ?? null,
});

/** Regions, capacity, rate, service point, radius and, by hand, the status (with the reason, announced like the automatic changes). */
export async function updatePartner({ em, viewer, clock }: Scope, partnerId: string, changes: PartnerChanges): Promise<Organization> {
  const rate = changes.laborRate ? parseMoney(changes.laborRate.amount, changes.laborRate.currency, 'laborRate', MAX_RATE) : null;
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const partner = await partnerOfNetwork(tx, viewer.orgId, partnerId, true);
    const before = partnerTerms(partner);
    if (changes.name) partner.name = changes.name.trim();
    if (changes.regions) partner.regions = [...new Set(changes.regions)];
    if (changes.capacity !== null && changes.capacity !== undefined) partner.capacity = changes.capacity;
    if (rate) Object.assign(partner, { laborRate: formatAmount(rate), currency: rate.currency });
    if (changes.location) Object.assign(partner, { latitude: changes.location.latitude, longitude: changes.location.longitude });
    if (changes.serviceRadiusKm !== null && changes.serviceRadiusKm !== undefined) partner.serviceRadiusKm = changes.serviceRadiusKm || null;
    const after = partnerTerms(partner);
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      networkChanged(change, viewer.orgId, { entity: 'Partner', id: partner.id, change: 'updated', before, after }, partner.id);
    }
    if (changes.status && changes.status !== partner.status) {
      const reason = changes.statusReason?.trim();
      if (!reason) throw badInput('Say why the status changes', { field: 'statusReason' });
      const from = partner.status ?? PartnerStatus.ACTIVE;
      partner.status = changes.status;
      await announceStatus(tx, change, partner.id, { from, to: changes.status, reason, score: null });
    }
    return partner;
  });
}

export interface CertificationData {
  partnerId: string;
  productLineId: string;
  jobTypes: JobType[];
  expiresAt: Date;
}

export async function grantCertification({ em, viewer, clock }: Scope, input: CertificationData): Promise<Certification> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const partner = await partnerOfNetwork(tx, viewer.orgId, input.partnerId);
    const line = isUuid(input.productLineId) ? await tx.findOne(ProductLine, { id: input.productLineId, manufacturer: viewer.orgId }) : null;
    if (!line) throw notFound('Product line');
    if (input.expiresAt <= clock.now()) throw badInput('A certification must expire in the future', { field: 'expiresAt' });
    const certification = tx.create(Certification, { partner, productLine: line, jobTypes: [...new Set(input.jobTypes)], expiresAt: input.expiresAt });
    networkChanged(
      change,
      viewer.orgId,
      {
        entity: 'Certification',
        id: certification.id,
        change: 'granted',
        after: { line: line.name, jobTypes: certification.jobTypes, expiresAt: input.expiresAt.toISOString() },
      },
      partner.id,
    );
    return certification;
  });
}

export async function revokeCertification({ em, viewer, clock }: Scope, id: string): Promise<boolean> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const certification = isUuid(id) ? await tx.findOne(Certification, { id, productLine: { manufacturer: viewer.orgId } }) : null;
    if (!certification) throw notFound('Certification');
    networkChanged(change, viewer.orgId, { entity: 'Certification', id, change: 'revoked' }, certification.partner.id);
    tx.remove(certification);
    return true;
  });
}

export interface UserData {
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  password: string;
}

/**
 * A manufacturer's admin adds staff (staff roles) and people of its partners (partner roles); a
 * partner's admin adds its own firm's people (an invited firm's technicians, say), nowhere else.
 */
export async function createUser({ em, viewer, clock }: Scope, input: UserData): Promise<User> {
  const ownOrganization = input.organizationId === viewer.orgId;
  const ownTeam = !isStaffRole(viewer.role);
  if (ownTeam && !ownOrganization) throw notFound('Organization');
  const ownStaff = ownOrganization && !ownTeam;
  if (ownStaff !== isStaffRole(input.role)) {
    throw badInput(ownStaff ? 'Manufacturer staff take a staff role' : 'Partner users are partner admins or technicians', { field: 'role' });
  }
  const passwordHash = await hashPassword(input.password);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    if (!ownOrganization) await partnerOfNetwork(tx, viewer.orgId, input.organizationId);
    const email = input.email.trim().toLowerCase();
    if (await tx.count(User, { email })) throw new AppError(ErrorCode.CONFLICT, 'A user with this email exists');
    const user = tx.create(User, { email, name: input.name.trim(), role: input.role, organization: input.organizationId, passwordHash });
    const what = { entity: 'User', id: user.id, change: 'created', after: { email, role: input.role } };
    if (ownTeam) {
      // A firm's own people: every network it serves (or applies to) hears of them, as of its technicians' certifications.
      for (const { manufacturer } of await tx.find(NetworkMembership, { partner: viewer.orgId })) networkChanged(change, manufacturer.id, what, viewer.orgId);
    } else networkChanged(change, viewer.orgId, what, ownStaff ? undefined : input.organizationId);
    return user;
  });
}

/** Users of the admin's organization and of its partners. */
export async function networkUsers({ em, viewer }: Scope): Promise<User[]> {
  const partners = (await em.find(NetworkMembership, { manufacturer: viewer.orgId })).map((m) => m.partner.id);
  return em.find(User, { organization: { $in: [viewer.orgId, ...partners] } }, { orderBy: { email: 'asc' } });
}
