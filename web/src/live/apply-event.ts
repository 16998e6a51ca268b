import type { ApolloCache, Reference } from '@apollo/client';
import type { Modifier, ModifierDetails } from '@apollo/client/cache';
import type { JobFilter, JobStatus, LiveEventFragment } from '../gql/graphql';
import { LIVE_EVENT } from './live.documents';

/**
 * Applies one live event to the Apollo cache, so that every screen built on it shows the change
 * without reading anything again. A plain module (no React): it runs in Node too (the F9 probes).
 *
 * 1. The event is written as it came: its job, offer and parts request, carrying every fragment a
 *    screen renders them with, replace what the cache held (every card showing them updates).
 * 2. Every stored list keeps its membership and count: a list of jobs, offers or parts requests
 *    holds what its filter admits, and a thing's status moves in or out of it as the event's
 *    typed move says (jobMove, offerMove, partsMove); its other attributes do not change. Lists
 *    are found by their filter, read from the field's stored key, whether on screen or not.
 * 3. The case file's own lists grow: its history, its offers, its parts requests.
 * 4. A claim's step carries the claim: it is written like the rest, and enters or leaves the
 *    lists of claims (`claims(states, partnerId)`) its state fits.
 * A thing the viewer may no longer see (the server resolved it as null) leaves every list.
 */
export function applyEvent(cache: ApolloCache, event: LiveEventFragment, now: Date = new Date()): void {
  cache.batch({
    update: (store) => {
      store.writeFragment({ id: store.identify(asEntity('ServiceEvent', event)), fragment: LIVE_EVENT, fragmentName: 'LiveEvent', data: event });
      store.modify({
        id: 'ROOT_QUERY',
        fields: {
          jobs: connectionModifier('JobEdge', (details) => jobChange(event, filterOf<JobFilter>(details), now)),
          offers: connectionModifier('JobOfferEdge', (details) => offerChange(event, filterOf<{ status?: string[] | null }>(details))),
          partsRequests: listModifier((details) => partsChange(event, (keyArgs(details.storeFieldName).status as string | null | undefined) ?? null)),
          claims: listModifier((details) => claimChange(event, keyArgs(details.storeFieldName))),
          job: (value, details) => (event.jobId && !event.job && keyArgs(details.storeFieldName).id === event.jobId ? null : value),
        },
      });
      if (event.jobId) growCaseFile(store, event);
      if (event.invitationId) moveInvitation(store, event);
    },
  });
}

/**
 * 4. A partner invitation registered or approved elsewhere: the admin's list shows its new state
 *    (an invitation not in the cache is left alone; a registered firm's details come with the next read).
 */
function moveInvitation(store: ApolloCache, event: LiveEventFragment): void {
  const id = store.identify({ __typename: 'PartnerInvitation', id: event.invitationId as string });
  if (!id) return;
  const fields: Record<string, Modifier<unknown>> = event.kind === 'PARTNER_REGISTERED'
    ? { state: () => 'REGISTERED', registeredAt: () => event.at }
    : event.kind === 'PARTNER_APPROVED'
      ? { state: () => 'APPROVED', decidedAt: () => event.at }
      : {};
  store.modify({ id, fields });
}

/** What an event does to one list: take the thing in, let it go, or only count it. */
interface Change {
  id: string;
  /** In the list after the event (and visible). */
  isIn: boolean;
  /** In the list (counted) before the event. */
  wasIn: boolean;
  /** The thing as the list shows it, to place it newest first. */
  entity?: { __typename: string; id: string; createdAt: string };
}

const OPEN: JobStatus[] = ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS'];

function jobChange(event: LiveEventFragment, filter: JobFilter, now: Date): Change | null {
  if (!event.jobId) return null;
  const job = event.job;
  if (!job) return { id: event.jobId, isIn: false, wasIn: false };
  const after = event.jobMove?.to ?? job.status;
  const before = event.jobMove ? event.jobMove.from : after;
  const fits = jobFits(filter, job, now);
  return {
    id: job.id,
    isIn: fits && within(filter.status, after),
    wasIn: fits && before != null && within(filter.status, before),
    entity: asEntity('ServiceJob', job),
  };
}

/** The job's attributes other than its status against a list's filter (as the server applies it). */
function jobFits(filter: JobFilter, job: NonNullable<LiveEventFragment['job']>, now: Date): boolean {
  const search = filter.search?.trim().toLowerCase();
  return (
    within(filter.type, job.type) &&
    within(filter.priority, job.priority) &&
    within(filter.region, job.equipment.region) &&
    (!filter.partnerId || job.assignedPartner?.id === filter.partnerId) &&
    (!search || [job.number, job.description, job.equipment.serial].some((text) => text.toLowerCase().includes(search))) &&
    (!filter.maintenanceOverdue ||
      (job.type === 'MAINTENANCE' && OPEN.includes(job.status) && job.maintenanceDueAt != null && Date.parse(job.maintenanceDueAt) < now.getTime()))
  );
}

function offerChange(event: LiveEventFragment, filter: { status?: string[] | null }): Change | null {
  const offer = event.offer;
  if (!offer) return null;
  const after = event.offerMove?.to ?? offer.status;
  const before = event.offerMove ? event.offerMove.from : after;
  return { id: offer.id, isIn: within(filter.status, after), wasIn: before != null && within(filter.status, before), entity: asEntity('JobOffer', offer) };
}

function partsChange(event: LiveEventFragment, status: string | null): Change | null {
  const request = event.partsRequest;
  if (!request) return null;
  const after = event.partsMove?.to ?? request.status;
  const before = event.partsMove ? event.partsMove.from : after;
  const admits = (value: string) => status === null || status === value;
  return { id: request.id, isIn: admits(after), wasIn: before != null && admits(before), entity: asEntity('PartsRequest', request) };
}

/** A claim's step: the claim in the lists its state and partner fit (the screens order their rows themselves). */
function claimChange(event: LiveEventFragment, args: { states?: string[] | null; partnerId?: string | null }): Change | null {
  const claim = event.claim;
  if (!claim) return null;
  const fits = within(args.states, claim.state) && (!args.partnerId || claim.partner.id === args.partnerId);
  return { id: claim.id, isIn: fits, wasIn: fits, entity: asEntity('WarrantyClaim', { ...claim, createdAt: claim.submittedAt ?? '' }) };
}

interface StoredEdge {
  __typename?: string;
  cursor: string;
  node: Reference;
}
interface StoredConnection {
  edges: StoredEdge[];
  pageInfo?: { hasNextPage?: boolean };
  totalCount?: number;
}

/** A paginated list (a relay connection with its count): the thing placed newest first within the loaded pages. */
function connectionModifier(edgeTypename: string, changeFor: (details: ModifierDetails) => Change | null): Modifier<unknown> {
  return (value, details) => {
    const stored = value as StoredConnection | null;
    if (!stored?.edges) return value;
    const change = changeFor(details);
    if (!change) return value;
    const index = stored.edges.findIndex((edge) => details.readField('id', edge.node) === change.id);
    const count = (delta: number, edges: StoredEdge[]) =>
      ({ ...stored, edges, ...(typeof stored.totalCount === 'number' ? { totalCount: Math.max(0, stored.totalCount + delta) } : {}) }) as typeof value;
    if (change.isIn && index < 0 && change.entity) {
      // A placed row has no cursor of its own: the next page is asked after the last row the server sent.
      const edges = placed(
        stored.edges,
        (edge) => edge.node,
        change.entity,
        details,
        !stored.pageInfo?.hasNextPage,
        (node) => ({ __typename: edgeTypename, cursor: '', node }),
      );
      return count(change.wasIn ? 0 : 1, edges);
    }
    if (!change.isIn && index >= 0)
      return count(
        -1,
        stored.edges.filter((_, i) => i !== index),
      );
    if (!change.isIn && change.wasIn) return count(-1, stored.edges);
    return value;
  };
}

/** A whole list (no pages): the thing placed newest first. */
function listModifier(changeFor: (details: ModifierDetails) => Change | null): Modifier<unknown> {
  return (value, details) => {
    const list = value as Reference[] | null;
    if (!Array.isArray(list)) return value;
    const change = changeFor(details);
    if (!change) return value;
    const index = list.findIndex((ref) => details.readField('id', ref) === change.id);
    if (change.isIn && index < 0 && change.entity)
      return placed(
        list,
        (ref) => ref,
        change.entity,
        details,
        true,
        (ref) => ref,
      );
    if (!change.isIn && index >= 0) return list.filter((_, i) => i !== index);
    return value;
  };
}

/**
 * The list with the entity inserted where it belongs newest first (createdAt, then id, as the
 * server orders); beyond the loaded rows only when they are all there is (`atEnd`).
 */
function placed<T>(
  items: readonly T[],
  refOf: (item: T) => Reference,
  entity: { __typename: string; id: string; createdAt: string },
  details: ModifierDetails,
  atEnd: boolean,
  make: (ref: Reference) => T,
): T[] {
  const newer = (ref: Reference) => {
    const createdAt = String(details.readField('createdAt', ref) ?? '');
    return createdAt > entity.createdAt || (createdAt === entity.createdAt && String(details.readField('id', ref)) > entity.id);
  };
  const at = items.findIndex((item) => !newer(refOf(item)));
  if (at < 0 && !atEnd) return [...items];
  const item = make(details.toReference(entity) as Reference);
  return at < 0 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}

/** The case file's history, offers and parts requests take the event's things in, in order. */
function growCaseFile(store: ApolloCache, event: LiveEventFragment): void {
  const append =
    (entity: { __typename: string; id?: string; cursor?: string } | null | undefined): Modifier<unknown> =>
    (value, details) => {
      if (!entity || !Array.isArray(value)) return value;
      const ref = details.toReference(entity as never) as Reference | undefined;
      return ref && !value.some((item: Reference) => item.__ref === ref.__ref) ? [...value, ref] : value;
    };
  const offerOfThisJob = event.offer && event.kind === 'JOB_OFFERED' ? asEntity('JobOffer', event.offer) : null;
  const requestOfThisJob = event.partsRequest && event.kind === 'PARTS_REQUESTED' ? asEntity('PartsRequest', event.partsRequest) : null;
  store.modify({
    id: store.identify({ __typename: 'ServiceJob', id: event.jobId }),
    fields: {
      events: append(asEntity('ServiceEvent', event)),
      offers: append(offerOfThisJob),
      partsRequests: append(requestOfThisJob),
    },
  });
}

const within = <T>(allowed: readonly T[] | null | undefined, value: T): boolean => !allowed?.length || allowed.includes(value);

/** An object of the schema with its type name, as the cache identifies it. */
function asEntity<T extends object>(typename: string, object: T): T & { __typename: string } & { id: string; createdAt: string } {
  return { ...object, __typename: typename } as T & { __typename: string } & { id: string; createdAt: string };
}

function filterOf<F>(details: ModifierDetails): F {
  const args = keyArgs(details.storeFieldName);
  return ((args.filter ?? args) as F) ?? ({} as F);
}

/**
 * The arguments a field was stored under: `jobs:{"filter":{…}}` for key arguments named in a
 * type policy, `job({"id":"…"})` otherwise (Apollo's two store-field-name forms).
 */
export function keyArgs(storeFieldName: string): Record<string, unknown> {
  const json = storeFieldName.match(/^[^:(]+(?::(.*)|\((.*)\))$/);
  const text = json?.[1] ?? json?.[2];
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}
