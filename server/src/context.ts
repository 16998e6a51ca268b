import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Orm } from './db/orm.js';
import type { Clock } from './shared/clock.js';
import { TokenService } from './shared/tokens.js';
import type { EventHub } from './modules/events/event-hub.js';
import type { DeadlineScheduler } from './modules/sla/deadline-scheduler.js';
import type { FileServices } from './modules/files/file-services.js';
import type { ServiceReports } from './modules/report/service-report.service.js';
import type { RetentionSweep } from './modules/customer/retention.js';
import type { RequestLimits } from './modules/customer/request-throttle.js';
import type { JobQueue } from './modules/outbound/job-queue.js';
import type { EventConsumers } from './modules/outbound/event-consumers.js';
import type { ClaimSettings, MessagesConfig } from './config.js';
import type { MessageLinks } from './shared/message-links.js';
import { isApiKey } from './modules/apikey/api-key-secret.js';
import type { ApiKeyAuth } from './modules/apikey/api-key-auth.js';
import { createLoaders, type Loaders } from './loaders.js';
import { unauthenticated } from './shared/errors.js';
import type { Scope } from './shared/scope.js';
import type { Viewer } from './shared/viewer.js';
import { languageOfHeader, type Language } from './shared/languages.js';

/** Process-wide parts every request shares. */
export interface AppDeps {
  orm: Orm;
  clock: Clock;
  tokens: TokenService;
  hub: EventHub;
  scheduler: DeadlineScheduler;
  /** The daily sweep of customer data past retention. */
  retention: RetentionSweep;
  log: Logger;
  /** The file store and the signer of file URLs. */
  files: FileServices;
  /** Service reports of completed jobs (modules/report). */
  reports: ServiceReports;
  /** The PostgreSQL job queue (pg-boss) that sends mail and webhooks. */
  queue: JobQueue;
  /** The event log's consumers (mail, webhooks); `drain()` waits for what has committed. */
  consumers: EventConsumers;
  /** Mail settings and the base of links in messages. */
  messages: MessagesConfig & { publicUrl: string };
  /** Signs and verifies the links in messages (offer actions, unsubscribe). */
  links: MessageLinks;
  /** Verifies API keys and closes the WebSockets of revoked ones. */
  apiKeys: ApiKeyAuth;
  config: { subscriberBufferLimit: number; planReads: boolean; requestLimits: RequestLimits; loanDays: number; claims: ClaimSettings };
}

/** One context shape for HTTP requests and WebSocket operations. */
export interface Context {
  deps: AppDeps;
  viewer: Viewer | null;
  /** Expiry of the bearer token, for closing sockets whose token ran out. */
  tokenExpiresAt: Date | null;
  /** The client's network address, for throttling sign-ins. */
  clientAddress: string;
  /** The language the client asks for (Accept-Language, or a WebSocket's `locale` connection parameter); graphql/viewer-language.ts reads it. */
  requestedLanguage: Language | null;
  /** This request's (or WebSocket's) logger: its lines carry the request id. */
  log: Logger;
  /** On a WebSocket: closes it (a subscriber too slow to keep up is cut off and resumes from its cursor). */
  closeConnection?: (code: number, reason: string) => void;
  em: EntityManager;
  loaders: Loaders;
  /** Drops the entity manager and loaders, so the next use starts fresh: a subscription calls it before each execution so nothing is served stale. */
  refresh(): void;
}

/** What the transport knows of the caller. */
export interface Caller {
  authorization: unknown;
  clientAddress?: string;
  /** An Accept-Language header or a language code. */
  language?: unknown;
  log?: Logger;
}

/** Who a bearer credential speaks for, and until when (null: an API key, valid until revoked). */
export interface Credentials {
  viewer: Viewer;
  expiresAt: Date | null;
}

/**
 * One path for both kinds of bearer credential, for HTTP, uploads and WebSockets alike: an API key
 * (`spk_…`) acts as its integration user, anything else is a signed token. Null when it is
 * unknown, revoked, forged or expired.
 */
export async function authenticate(deps: AppDeps, credential: string): Promise<Credentials | null> {
  if (isApiKey(credential)) {
    const viewer = await deps.apiKeys.verify(credential);
    return viewer ? { viewer, expiresAt: null } : null;
  }
  const verified = await deps.tokens.verify(credential).catch(() => null);
  return verified ? { viewer: { userId: verified.userId, orgId: verified.orgId, role: verified.role }, expiresAt: verified.expiresAt } : null;
}

/**
 * Verifies the bearer token or API key (if any) and opens a fresh unit of work. A missing, forged,
 * expired or revoked one leaves no viewer: public operations still answer, everything else is
 * UNAUTHENTICATED.
 */
export async function buildContext(deps: AppDeps, { authorization, clientAddress = 'unknown', language, log = deps.log }: Caller): Promise<Context> {
  const credential = TokenService.fromHeader(authorization);
  const verified = credential ? await authenticate(deps, credential) : null;
  return new RequestContext(deps, verified?.viewer ?? null, verified?.expiresAt ?? null, clientAddress, languageOfHeader(language), log);
}

/**
 * The unit of work and loaders are made when first used: an idle subscriber holds neither, and a
 * planned read needs neither. They are getters on the prototype, over a holder the context's
 * shallow copies share: Apollo copies the context per operation (Object.assign), which would
 * otherwise call the getters and make both for every request.
 */
class RequestContext implements Context {
  closeConnection?: (code: number, reason: string) => void;
  private readonly made: { em: EntityManager | null; loaders: Loaders | null } = { em: null, loaders: null };

  constructor(
    readonly deps: AppDeps,
    readonly viewer: Viewer | null,
    readonly tokenExpiresAt: Date | null,
    readonly clientAddress: string,
    readonly requestedLanguage: Language | null,
    readonly log: Logger,
  ) {}

  get em(): EntityManager {
    return (this.made.em ??= this.deps.orm.em.fork() as EntityManager);
  }

  get loaders(): Loaders {
    return (this.made.loaders ??= createLoaders(this.em, this.viewer));
  }

  refresh(): void {
    this.made.em = null;
    this.made.loaders = null;
  }
}

/** The viewer and time a service call works with; UNAUTHENTICATED without a token. */
export function scopeOf(context: Context): Scope {
  if (!context.viewer) throw unauthenticated();
  return { em: context.em, viewer: context.viewer, clock: context.deps.clock };
}
