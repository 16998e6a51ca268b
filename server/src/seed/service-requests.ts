import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../modules/network/organization.entity.js';
import { ServiceRequest } from '../modules/customer/service-request.entity.js';
import { serialKeyOf } from '../modules/customer/request.service.js';

const HOUR = 3_600_000;

/** Two customers' requests whose serial matched no unit, waiting on the dispatcher's Customer requests screen. */
export async function seedServiceRequests(em: EntityManager, now: Date): Promise<void> {
  const maker = await em.findOneOrFail(Organization, { slug: 'maker' });
  const requests = [
    {
      serial: 'HX2026-0042',
      name: 'Jonas Weber',
      email: 'j.weber@baeckerei-weber.example',
      phone: '+49 89 5550142',
      hoursAgo: 3,
      locale: 'de',
      description: 'The compressor in the cold room starts and stops every few minutes; the room is at 9 °C.',
    },
    {
      serial: 'unknown, sticker worn',
      name: 'Clara Rossi',
      email: 'clara.rossi@hotel-lago.example',
      phone: null,
      hoursAgo: 26,
      // Italian: not a language of the portal, so the mails would be English.
      locale: null,
      description: 'Ice machine leaks water at the back since yesterday.',
    },
  ];
  for (const r of requests) {
    em.create(ServiceRequest, {
      manufacturer: maker,
      serial: r.serial,
      serialKey: serialKeyOf(r.serial),
      description: r.description,
      contactName: r.name,
      contactEmail: r.email,
      contactPhone: r.phone,
      locale: r.locale,
      clientAddress: 'seed',
      createdAt: new Date(now.getTime() - r.hoursAgo * HOUR),
    });
  }
  await em.flush();
}
