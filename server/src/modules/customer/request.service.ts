import type { EntityManager } from '@mikro-orm/postgresql';
import { ServiceRequest } from './service-request.entity.js';
import { ServiceRequestStatus } from './customer.enums.js';
import { assertRequestAllowed, type RequestLimits } from './request-throttle.js';
import { Organization } from '../network/organization.entity.js';
import { OrgKind } from '../network/network.enums.js';
import { User } from '../network/user.entity.js';
import { registerJob } from '../job/job-registration.js';
import { JobSource, JobType } from '../job/job.enums.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { changeState, type Change } from '../events/change.js';
import { badInput } from '../../shared/errors.js';
import { isLanguage } from '../../shared/translations.js';
import type { Clock } from '../../shared/clock.js';

export interface ServiceRequestData {
  manufacturer: string;
  serial: string;
  contactName: string;
  contactEmail: string;
  contactPhone?: string | null;
  address?: string | null;
  description: string;
  /** The customer's language: one of shared/translations.ts's, else none is kept. */
  language?: string | null;
}

export interface SubmittedRequest {
  request: ServiceRequest;
  job: ServiceJob | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The serial as compared for throttling: what a person may type differently for the same unit. */
export const serialKeyOf = (serial: string): string => serial.replace(/\s+/g, '').toUpperCase();

/**
 * A customer's request from /request, no account: kept in any case; when the manufacturer's unit
 * with this serial is found it becomes a NEW job marked CUSTOMER_REQUEST (JOB_CREATED, as any job
 * is born) that carries the request's token, so the customer's link shows the job at once.
 * Throttled per network address and per serial. One transaction.
 */
export async function submitServiceRequest(
  em: EntityManager,
  clock: Clock,
  limits: RequestLimits,
  input: ServiceRequestData,
  clientAddress: string,
): Promise<SubmittedRequest> {
  const data = normalized(input);
  return changeState(em, { at: clock.now(), actorId: null }, async (tx, change) => {
    const manufacturer = await tx.findOne(Organization, { slug: data.manufacturer, kind: OrgKind.MANUFACTURER });
    if (!manufacturer) throw badInput('Choose the manufacturer of your unit', { field: 'manufacturer' });
    const serialKey = serialKeyOf(data.serial);
    await assertRequestAllowed(tx, limits, clientAddress, serialKey, change.at);
    const request = tx.create(ServiceRequest, {
      manufacturer,
      serial: data.serial,
      serialKey,
      description: data.description,
      contactName: data.contactName,
      contactEmail: data.contactEmail,
      contactPhone: data.contactPhone,
      address: data.address,
      language: data.language,
      clientAddress,
      createdAt: change.at,
    });
    const unitId = await findUnit(tx, manufacturer.id, data.serial);
    const job = unitId ? await openJob(tx, change, request, unitId, null) : null;
    return { request, job };
  });
}

/** The unit by the serial as typed, or in capitals (serials are printed so, and typed otherwise). */
export async function findUnit(tx: EntityManager, manufacturerId: string, serial: string): Promise<string | null> {
  const candidates = [...new Set([serial, serial.toUpperCase()])];
  const [unit] = await tx.execute<{ id: string }[]>(
    'select id from equipment_unit where manufacturer_id = ? and serial = any(?::text[]) order by serial = ? desc limit 1',
    [manufacturerId, `{${candidates.map((s) => JSON.stringify(s)).join(',')}}`, serial],
  );
  return unit?.id ?? null;
}

/** The request becomes a NEW job for the dispatcher to triage, under the token the customer already holds. */
export async function openJob(tx: EntityManager, change: Change, request: ServiceRequest, unitId: string, handledBy: string | null): Promise<ServiceJob> {
  const job = await registerJob(tx, change, {
    unit: { id: unitId },
    type: JobType.REPAIR,
    description: request.description,
    createdBy: handledBy,
    origin: JobSource.CUSTOMER_REQUEST,
    source: JobSource.CUSTOMER_REQUEST,
    customerToken: request.token,
  });
  if (!job) throw badInput('The unit was not found', { field: 'serial' });
  request.job = job;
  request.status = ServiceRequestStatus.TRIAGED;
  request.handledAt = change.at;
  if (handledBy) request.handledBy = tx.getReference(User, handledBy);
  return job;
}

function normalized(input: ServiceRequestData): ServiceRequestData {
  const text = (value: string | null | undefined) => value?.trim() || null;
  const data = {
    manufacturer: input.manufacturer.trim(),
    serial: input.serial.trim(),
    contactName: input.contactName.trim(),
    contactEmail: input.contactEmail.trim(),
    contactPhone: text(input.contactPhone),
    address: text(input.address),
    description: input.description.trim(),
    language: isLanguage(input.language) ? input.language : null,
  };
  if (!data.serial) throw badInput('Enter the serial number from the unit’s type plate', { field: 'serial' });
  if (!data.contactName) throw badInput('Enter your name', { field: 'contactName' });
  if (!EMAIL.test(data.contactEmail)) throw badInput('Enter an email address we can answer to', { field: 'contactEmail' });
  if (!data.description) throw badInput('Describe the problem', { field: 'description' });
  return data;
}
