import { siteTimeZoneSql } from '../calendar/sla-time.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../../shared/roles.js';
import type { MailKind } from './mail.enums.js';
import type { JobFacts } from './mail-facts.js';

/**
 * What a batch of events needs to become messages, each read in one statement for the whole batch
 * (jobs, organizations, findings, recipients, preferences, unsubscribes): no query per event.
 */

const uuids = (ids: Iterable<string>) => `{${[...new Set(ids)].join(',')}}`;
/** A PostgreSQL array literal of any strings (quoted, backslashes and quotes escaped). */
const texts = (values: Iterable<string>) => `{${[...new Set(values)].map((value) => `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`).join(',')}}`;

export interface JobRow extends JobFacts {
  id: string;
  customerToken: string;
  /** A component job's customer follows the parent job: no customer mail of its own. */
  parentId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  technicianName: string | null;
  /** The customer's language: the one their /request form was sent in, else the customer's own; null: English. */
  customerLocale: string | null;
  /** Where the work happens: the site's zone, else the serving partner's calendar's, else the manufacturer's (the customer's times are written in it). */
  siteTimeZone: string | null;
}

export async function jobsById(tx: EntityManager, ids: string[]): Promise<Map<string, JobRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.execute<JobRow[]>(
    `select j.id, j.number, j.description, j.customer_token as "customerToken", j.parent_id as "parentId",
       u.serial, u.site_address as "siteAddress", m.name as model, mf.name as "manufacturerName",
       c.email as "customerEmail", c.name as "customerName", t.name as "technicianName",
       coalesce(r.locale, c.locale) as "customerLocale",
       ${siteTimeZoneSql('j')} as "siteTimeZone"
     from service_job j
     join equipment_unit u on u.id = j.equipment_id
     join product_model m on m.id = u.model_id
     join organization mf on mf.id = j.manufacturer_id
     left join customer c on c.id = u.customer_id
     left join app_user t on t.id = j.technician_id
     left join service_request r on r.job_id = j.id
     where j.id = any(?::uuid[])`,
    [uuids(ids)],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

export async function organizationNames(tx: EntityManager, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.execute<{ id: string; name: string }[]>(`select id, name from organization where id = any(?::uuid[])`, [uuids(ids)]);
  return new Map(rows.map((row) => [row.id, row.name]));
}

export interface FindingRow {
  id: string;
  text: string;
}

export async function findingsById(tx: EntityManager, ids: string[]): Promise<Map<string, FindingRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.execute<FindingRow[]>(`select id, text from audit_finding where id = any(?::uuid[])`, [uuids(ids)]);
  return new Map(rows.map((row) => [row.id, row]));
}

export interface RecipientUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string;
  /** Their mails' language and time zone; null: English, UTC. */
  locale: string | null;
  timeZone: string | null;
}

/** The people of these organizations in these roles (the rules then pick per event); an API key's integration user has no mailbox. */
export async function usersOf(tx: EntityManager, organizationIds: string[], roles: Role[]): Promise<RecipientUser[]> {
  if (organizationIds.length === 0 || roles.length === 0) return [];
  return tx.execute<RecipientUser[]>(
    `select id, email, name, role, organization_id as "organizationId", locale, time_zone as "timeZone" from app_user
     where organization_id = any(?::uuid[]) and role::text = any(?::text[]) and not integration order by email`,
    [uuids(organizationIds), texts(roles)],
  );
}

/** `userId:kind` of the kinds these users switched off. */
export async function switchedOff(tx: EntityManager, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx.execute<{ user_id: string; kind: MailKind }[]>(
    `select user_id, kind from notification_preference where user_id = any(?::uuid[]) and not enabled`,
    [uuids(userIds)],
  );
  return new Set(rows.map((row) => `${row.user_id}:${row.kind}`));
}

/** Of these addresses (lower-cased), those that unsubscribed. */
export async function unsubscribed(tx: EntityManager, addresses: string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const rows = await tx.execute<{ address: string }[]>(`select address from mail_unsubscribe where address = any(?::text[])`, [texts(addresses)]);
  return new Set(rows.map((row) => row.address));
}
