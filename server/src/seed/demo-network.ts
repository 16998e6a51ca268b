import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/network/organization.entity.js';
import { NetworkMembership } from '../modules/network/network-membership.entity.js';
import { User } from '../modules/network/user.entity.js';
import { Certification } from '../modules/network/certification.entity.js';
import { OrgKind, Role } from '../modules/network/network.enums.js';
import { ProductLine } from '../modules/catalog/product-line.entity.js';
import { ProductModel } from '../modules/catalog/product-model.entity.js';
import { Part } from '../modules/catalog/part.entity.js';
import { Customer } from '../modules/catalog/customer.entity.js';
import { EquipmentUnit } from '../modules/catalog/equipment-unit.entity.js';
import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';
import { QualityStandard } from '../modules/quality/quality-standard.entity.js';
import { JobType } from '../modules/job/job.enums.js';
import { hashPassword } from '../shared/passwords.js';
import {
  CUSTOMER_NAMES,
  MAKER_LINES,
  OTHER_CUSTOMERS,
  OTHER_LINES,
  PARTNERS,
  PEOPLE,
  REGION_CITIES,
  REGIONS,
  STREETS,
  CITY_ZONES,
  type LineSeed,
} from './network-data.js';
import { standardFor } from './standards.js';
import { seedCalendars } from './calendars.js';
import { demoPreferences } from './languages.js';
import { seedTechnicianTime } from './technician-time.js';
import { seedReasonCodes } from './reason-codes.js';
import { STAFF_CUSTOMER, seedCustomerStaff } from './customer-staff.js';

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers: the same demo network every time. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

/**
 * The static part of the demo: two manufacturers, a dozen partners of every kind, product lines of
 * every strategy with models, parts and standards, customers, equipment, certifications and users.
 * One flush; the history of jobs is played afterwards through the services (job-history.ts).
 */
export async function seedDemoNetwork(em: EntityManager, now: Date): Promise<void> {
  const random = seededRandom(42);
  const passwordHash = await hashPassword('demo');
  let person = 0;
  const users: User[] = [];
  const user = (organization: Organization, email: string, role: Role) => {
    const made = em.create(User, { email, name: PEOPLE[person++ % PEOPLE.length], role, organization, passwordHash, ...demoPreferences(organization.slug) });
    users.push(made);
    return made;
  };

  const maker = em.create(Organization, { slug: 'maker', name: 'Helvetra Industrial Systems', kind: OrgKind.MANUFACTURER });
  const other = em.create(Organization, { slug: 'other', name: 'Nordkraft Appliances', kind: OrgKind.MANUFACTURER });
  user(maker, 'admin@maker.demo', Role.ADMIN);
  user(maker, 'dispatcher@maker.demo', Role.DISPATCHER);
  user(maker, 'parts@maker.demo', Role.PARTS_CLERK);
  user(maker, 'auditor@maker.demo', Role.AUDITOR);
  user(other, 'admin@other.demo', Role.ADMIN);
  user(other, 'dispatcher@other.demo', Role.DISPATCHER);

  const organizations = [maker, other];
  const makerLines = MAKER_LINES.map((seed) => catalogue(em, maker, seed, random));
  const otherLines = OTHER_LINES.map((seed) => catalogue(em, other, seed, random));

  for (const seed of PARTNERS) {
    const partner = em.create(Organization, {
      slug: seed.slug,
      name: seed.name,
      kind: seed.kind,
      status: seed.status,
      regions: seed.regions,
      capacity: seed.capacity,
      laborRate: seed.laborRate,
      latitude: seed.point[0],
      longitude: seed.point[1],
      serviceRadiusKm: seed.serviceRadiusKm ?? null,
    });
    em.create(NetworkMembership, { manufacturer: maker, partner });
    organizations.push(partner);
    user(partner, `admin@${seed.slug}.demo`, Role.PARTNER_ADMIN);
    user(partner, `tech@${seed.slug}.demo`, Role.TECHNICIAN);
    if (seed.secondTech) user(partner, `tech2@${seed.slug}.demo`, Role.TECHNICIAN);
    const until = (months: number) => new Date(now.getTime() + months * 30 * DAY);
    // Consortium partners service the components they make: repair and inspection only; others do everything.
    const jobTypes = seed.kind === OrgKind.CONSORTIUM_PARTNER ? [JobType.REPAIR, JobType.INSPECTION] : Object.values(JobType);
    for (const { line } of makerLines) {
      if (line.strategy === ServiceStrategy.DISPOSABLE && seed.kind === OrgKind.CONSORTIUM_PARTNER) continue;
      em.create(Certification, { partner, productLine: line, jobTypes, expiresAt: until(random.int(12, 24)) });
    }
    if (seed.alsoOther) {
      em.create(NetworkMembership, { manufacturer: other, partner });
      for (const { line } of otherLines) em.create(Certification, { partner, productLine: line, jobTypes, expiresAt: until(18) });
    }
    // One lapsed certification, as real networks have.
    if (seed.slug === 'riverside-tech') {
      em.create(Certification, { partner, productLine: makerLines[3].line, jobTypes: [JobType.INSTALLATION], expiresAt: new Date(now.getTime() - 20 * DAY) });
    }
  }

  seedCalendars(em, organizations, now);
  seedTechnicianTime(em, users, now);
  seedReasonCodes(em, [maker, other]);
  const makerUnits = installedBase(em, maker, makerLines, CUSTOMER_NAMES, 300, 'HX', random, now);
  installedBase(em, other, otherLines, OTHER_CUSTOMERS, 40, 'NK', random, now);
  // Made last, so every other row of the demo stays as it was (the people's names are drawn in order).
  const hospital = makerUnits.find((unit) => unit.customer?.name === STAFF_CUSTOMER)!.customer!;
  const regions = [...new Set(makerUnits.filter((unit) => unit.customer === hospital).map((unit) => unit.region))].sort();
  seedCustomerStaff(
    em,
    maker,
    makerLines.map(({ line }) => line),
    hospital,
    regions,
    user,
    users,
    now,
  );
  await em.flush();
}

interface Catalogue {
  line: ProductLine;
  models: ProductModel[];
}

function catalogue(em: EntityManager, manufacturer: Organization, seed: LineSeed, random: ReturnType<typeof seededRandom>): Catalogue {
  // Never-fail equipment is kept running by maintenance every six months.
  const maintenanceIntervalMonths = seed.strategy === ServiceStrategy.NEVER_FAIL ? 6 : null;
  const line = em.create(ProductLine, { manufacturer, name: seed.name, strategy: seed.strategy, maintenanceIntervalMonths });
  const models = seed.models.map((model) => em.create(ProductModel, { productLine: line, ...model }));
  seed.parts.forEach(([name, price], i) => {
    const part = em.create(Part, { manufacturer, sku: `${seed.prefix}-${1001 + i}`, name, listPrice: price.toFixed(2), currency: manufacturer.currency });
    const fits = models.filter(() => random.next() < 0.7);
    for (const model of fits.length > 0 ? fits : [models[0]]) part.models.add(model);
  });
  for (const jobType of Object.values(JobType))
    em.create(QualityStandard, { productLine: line, currency: manufacturer.currency, ...standardFor(seed.strategy, jobType) });
  return { line, models };
}

function installedBase(
  em: EntityManager,
  manufacturer: Organization,
  lines: Catalogue[],
  names: readonly string[],
  count: number,
  prefix: string,
  random: ReturnType<typeof seededRandom>,
  now: Date,
): EquipmentUnit[] {
  const units: EquipmentUnit[] = [];
  const customers = names.map((name) =>
    em.create(Customer, {
      manufacturer,
      name,
      email: `service@${name
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '')}.example`,
      phone: `+41 44 ${random.int(200, 999)} ${random.int(10, 99)} ${random.int(10, 99)}`,
    }),
  );
  for (let i = 0; i < count; i++) {
    const { line, models } = lines[i % lines.length];
    const model = random.pick(models);
    const sold = new Date(now.getTime() - random.int(10, 5 * 365) * DAY);
    const year = sold.getUTCFullYear();
    const warrantyEnd = new Date(sold.getTime() + model.warrantyMonths * 30 * DAY);
    const underContract = warrantyEnd < now && random.next() < 0.2;
    // Maintained units had their last visit some time within the last interval, so visits fall due spread out.
    const interval = line.maintenanceIntervalMonths ?? (underContract ? 12 : null);
    const lastMaintenance = interval ? new Date(Math.max(sold.getTime(), now.getTime() - random.int(5, interval * 30 + 10) * DAY)) : null;
    const region = REGIONS[i % REGIONS.length];
    const customer = random.pick(customers);
    const street = `${random.pick(STREETS)} ${random.int(1, 180)}`;
    // A city of the unit's region, the site a few km from its centre (drawn as many numbers as before: the rest of the demo stays as it was).
    const [city, latitude, longitude] = random.pick(REGION_CITIES[region]);
    const unit = em.create(EquipmentUnit, {
      manufacturer,
      serial: `${prefix}-${year}-${String(i + 1).padStart(6, '0')}`,
      model,
      customer,
      siteAddress: `${street}, ${city}`,
      siteTimeZone: CITY_ZONES[city],
      region,
      siteLatitude: Math.round((latitude + (((i * 7) % 11) - 5) * 0.006) * 10_000) / 10_000,
      siteLongitude: Math.round((longitude + (((i * 13) % 11) - 5) * 0.009) * 10_000) / 10_000,
      saleDate: sold.toISOString().slice(0, 10),
      underContract,
      lastMaintenanceAt: lastMaintenance,
    });
    units.push(unit);
  }
  return units;
}
