import { randomBytes } from 'node:crypto';
import { Organization } from '../../server/dist/modules/network/organization.entity.js';
import { NetworkMembership } from '../../server/dist/modules/network/network-membership.entity.js';
import { User } from '../../server/dist/modules/network/user.entity.js';
import { Certification } from '../../server/dist/modules/network/certification.entity.js';
import { OrgKind, PartnerStatus, Role } from '../../server/dist/modules/network/network.enums.js';
import { ProductLine } from '../../server/dist/modules/catalog/product-line.entity.js';
import { ProductModel } from '../../server/dist/modules/catalog/product-model.entity.js';
import { Part } from '../../server/dist/modules/catalog/part.entity.js';
import { Customer } from '../../server/dist/modules/catalog/customer.entity.js';
import { EquipmentUnit } from '../../server/dist/modules/catalog/equipment-unit.entity.js';
import { ServiceStrategy } from '../../server/dist/modules/catalog/catalog.enums.js';
import { QualityStandard } from '../../server/dist/modules/quality/quality-standard.entity.js';
import { JobType } from '../../server/dist/modules/job/job.enums.js';
import { hashPassword } from '../../server/dist/shared/passwords.js';
import type { TestServer } from './server.js';

export interface Actor {
  id: string;
  email: string;
  token: string;
  orgId: string;
}

export interface PartnerFixture {
  id: string;
  slug: string;
  name: string;
  admin: Actor;
  tech: Actor;
}

export interface NetworkFixture {
  suffix: string;
  manufacturerId: string;
  dispatcher: Actor;
  partsClerk: Actor;
  auditor: Actor;
  admin: Actor;
  partners: PartnerFixture[];
  region: string;
  /** A unit under warranty in `region`. */
  warrantySerial: string;
  /** A unit past warranty, no contract, in `region`: paid work. */
  paidSerial: string;
  skus: string[];
  /** The REPAIR standard's checklist item ids. */
  checklist: string[];
  productLineId: string;
  modelId: string;
}

let passwordHash: Promise<string> | undefined;

export interface NetworkOptions {
  partners?: number;
  /** Statuses for the first partners, in order (default all ACTIVE). */
  statuses?: PartnerStatus[];
  capacity?: number;
  /** Photos the standards ask for (default 0). */
  minPhotos?: number;
  requiresSignature?: boolean;
  keepPhotoLocation?: boolean;
}

/**
 * A small, complete network of its own (unique names), written straight to the database: one
 * manufacturer with staff of every role, partners certified for REPAIR and MAINTENANCE in one
 * region, a product line with its standards, parts and equipment.
 */
export async function buildNetwork(server: TestServer, options: NetworkOptions = {}): Promise<NetworkFixture> {
  const em = server.deps.orm.em.fork();
  const suffix = randomBytes(4).toString('hex');
  const hash = await (passwordHash ??= hashPassword('demo'));
  const now = server.clock.now();
  const region = `R-${suffix.toUpperCase()}`;

  const manufacturer = em.create(Organization, { slug: `maker-${suffix}`, name: `Maker ${suffix}`, kind: OrgKind.MANUFACTURER });
  const line = em.create(ProductLine, { manufacturer, name: `Compressors ${suffix}`, strategy: ServiceStrategy.RAPID_RESPONSE });
  const model = em.create(ProductModel, { productLine: line, name: `CX-${suffix}`, warrantyMonths: 24 });
  for (const jobType of Object.values(JobType)) {
    em.create(QualityStandard, {
      productLine: line,
      jobType,
      responseMinutes: 120,
      resolutionMinutes: 1440,
      checklist: [
        { id: 'safety', label: 'Safety check done' },
        { id: 'test-run', label: 'Test run under load' },
      ],
      requiredReportFields: jobType === JobType.REPAIR ? ['resolution', 'failureCode'] : ['resolution'],
      minPhotos: options.minPhotos ?? 0,
      keepPhotoLocation: options.keepPhotoLocation ?? false,
      requiresSignature: options.requiresSignature ?? false,
      laborRateCeiling: '90.00',
      currency: 'EUR',
      maxLaborMinutes: 240,
    });
  }
  const skus = [`P-${suffix}-1`, `P-${suffix}-2`, `P-${suffix}-3`];
  skus.forEach((sku, i) => {
    const part = em.create(Part, { manufacturer, sku, name: `Part ${i + 1}`, listPrice: `${(i + 1) * 25}.00`, currency: 'EUR' });
    part.models.add(model);
  });
  const customer = em.create(Customer, { manufacturer, name: `Customer ${suffix}` });
  const warrantySerial = `W-${suffix}`;
  const paidSerial = `X-${suffix}`;
  const isoDay = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10);
  em.create(EquipmentUnit, { manufacturer, serial: warrantySerial, model, customer, siteAddress: '1 Test Street', region, saleDate: isoDay(100) });
  em.create(EquipmentUnit, { manufacturer, serial: paidSerial, model, customer, siteAddress: '2 Test Street', region, saleDate: isoDay(1200) });

  const staff = (role: Role, local: string) =>
    em.create(User, { email: `${local}-${suffix}@test.demo`, name: `${local} ${suffix}`, role, organization: manufacturer, passwordHash: hash });
  const people = {
    dispatcher: staff(Role.DISPATCHER, 'dispatcher'),
    partsClerk: staff(Role.PARTS_CLERK, 'parts'),
    auditor: staff(Role.AUDITOR, 'auditor'),
    admin: staff(Role.ADMIN, 'admin'),
  };
  const partnerRows = Array.from({ length: options.partners ?? 3 }, (_, i) => {
    const slug = `partner-${suffix}-${i + 1}`;
    const partner = em.create(Organization, {
      slug,
      name: `Partner ${i + 1} ${suffix}`,
      kind: i % 2 === 0 ? OrgKind.DEALER : OrgKind.INDEPENDENT_SPECIALIST,
      status: options.statuses?.[i] ?? PartnerStatus.ACTIVE,
      regions: [region],
      capacity: options.capacity ?? 5,
      laborRate: '70.00',
    });
    em.create(NetworkMembership, { manufacturer, partner });
    em.create(Certification, {
      partner,
      productLine: line,
      jobTypes: [JobType.REPAIR, JobType.MAINTENANCE],
      expiresAt: new Date(now.getTime() + 365 * 86_400_000),
    });
    const admin = em.create(User, { email: `admin@${slug}.test`, name: `Admin ${slug}`, role: Role.PARTNER_ADMIN, organization: partner, passwordHash: hash });
    const tech = em.create(User, { email: `tech@${slug}.test`, name: `Tech ${slug}`, role: Role.TECHNICIAN, organization: partner, passwordHash: hash });
    return { partner, admin, tech };
  });
  await em.flush();

  const actor = async (user: User): Promise<Actor> => ({
    id: user.id,
    email: user.email,
    orgId: user.organization.id,
    token: await server.deps.tokens.issue({ userId: user.id, orgId: user.organization.id, role: user.role }),
  });
  return {
    suffix,
    manufacturerId: manufacturer.id,
    dispatcher: await actor(people.dispatcher),
    partsClerk: await actor(people.partsClerk),
    auditor: await actor(people.auditor),
    admin: await actor(people.admin),
    partners: await Promise.all(
      partnerRows.map(async ({ partner, admin, tech }) => ({
        id: partner.id,
        slug: partner.slug,
        name: partner.name,
        admin: await actor(admin),
        tech: await actor(tech),
      })),
    ),
    region,
    warrantySerial,
    paidSerial,
    skus,
    checklist: ['safety', 'test-run'],
    productLineId: line.id,
    modelId: model.id,
  };
}

/** Makes a partner of one network also a certified partner of another manufacturer's network, in its region. */
export async function joinNetwork(server: TestServer, partner: PartnerFixture, net: NetworkFixture): Promise<void> {
  const em = server.deps.orm.em.fork();
  const org = await em.findOneOrFail(Organization, partner.id);
  org.regions = [...org.regions, net.region];
  em.create(NetworkMembership, { manufacturer: net.manufacturerId, partner: partner.id });
  em.create(Certification, {
    partner: partner.id,
    productLine: net.productLineId,
    jobTypes: [JobType.REPAIR],
    expiresAt: new Date(server.clock.now().getTime() + 365 * 86_400_000),
  });
  await em.flush();
}
