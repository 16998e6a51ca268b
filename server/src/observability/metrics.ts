import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import type { Logger } from '../shared/logger.js';
import type { EventHub, PoolGauges } from '../modules/events/event-hub.js';
import type { DeadlineScheduler, TickResult } from '../modules/sla/deadline-scheduler.js';
import { operationLabel, outcomeLabel } from './operation-labels.js';

/** What the metrics read when scraped; each is the live object, nothing is copied. */
export interface MetricSources {
  hub: EventHub;
  scheduler: DeadlineScheduler;
  ormPool: () => Promise<PoolGauges>;
  openSockets: () => number;
  openSocketOperations: () => number;
  knownOperations: ReadonlySet<string>;
  log: Logger;
}

export type Transport = 'http' | 'ws';

export interface Metrics {
  registry: Registry;
  /** One finished operation; `seconds` for HTTP, where a request has a duration. */
  countOperation(name: string | null | undefined, errors: Parameters<typeof outcomeLabel>[0], transport: Transport, seconds?: number): void;
  apolloPlugin(): ApolloServerPlugin<Context>;
}

const FIRED_KINDS: Record<keyof TickResult, string> = {
  offersExpired: 'offer_expired',
  responseBreaches: 'response_breach',
  resolutionBreaches: 'resolution_breach',
  maintenancePlanned: 'maintenance_planned',
  loanersOverdue: 'loaners_overdue',
};

/**
 * One registry per server instance (tests run several in one process), so nothing goes to
 * prom-client's global registry. Counters and histograms are pushed as things happen; gauges are
 * read from their sources when /metrics is scraped.
 */
export function createMetrics(sources: MetricSources): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const operations = new Counter({
    name: 'portal_graphql_operations_total',
    help: 'GraphQL operations by name (the portal’s own, else "other"), outcome ("ok" or the error code) and transport',
    labelNames: ['operation', 'outcome', 'transport'] as const,
    registers,
  });
  const duration = new Histogram({
    name: 'portal_graphql_request_duration_seconds',
    help: 'GraphQL requests over HTTP, from the parsed request to the response, by operation',
    labelNames: ['operation'] as const,
    registers,
  });

  new Gauge({
    name: 'portal_websocket_connections',
    help: 'Open WebSocket connections',
    registers,
    collect() {
      this.set(sources.openSockets());
    },
  });
  new Gauge({
    name: 'portal_graphql_subscriptions',
    help: 'Operations running on WebSocket connections now (live subscriptions)',
    registers,
    collect() {
      this.set(sources.openSocketOperations());
    },
  });

  eventLogGauges(sources, registers);
  poolGauges(sources, registers);
  deadlineMetrics(sources.scheduler, registers);

  const countOperation: Metrics['countOperation'] = (name, errors, transport, seconds) => {
    const operation = operationLabel(sources.knownOperations, name);
    operations.inc({ operation, outcome: outcomeLabel(errors), transport });
    if (seconds !== undefined) duration.observe({ operation }, seconds);
  };
  const apolloPlugin = (): ApolloServerPlugin<Context> => ({
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, request, response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          countOperation(operationName ?? request.operationName, errors, 'http', (performance.now() - started) / 1000);
        },
      };
    },
  });
  return { registry, countOperation, apolloPlugin };
}

/** How far this instance's deliveries trail the log: the newest sequence against the last delivered. */
function eventLogGauges({ hub, log }: MetricSources, registers: Registry[]): void {
  new Gauge({
    name: 'portal_event_hub_delivered_sequence',
    help: 'The last event sequence this instance delivered to subscribers',
    registers,
    collect() {
      this.set(hub.head);
    },
  });
  new Gauge({
    name: 'portal_event_hub_lag_events',
    help: 'Events committed to the log and not yet delivered by this instance (newest sequence minus delivered)',
    registers,
    async collect() {
      try {
        const newest = await hub.newestSequence();
        this.set(Math.max(0, newest - hub.head));
      } catch (error) {
        // The database is away: no figure rather than a stale one; /readyz says why.
        this.reset();
        log.warn({ error: error instanceof Error ? error.message : String(error) }, 'metrics could not read the newest event sequence');
      }
    },
  });
}

/** The ORM's pool (requests) and the event reader's (replays and the live pump). */
function poolGauges({ hub, ormPool }: MetricSources, registers: Registry[]): void {
  const pools = async (): Promise<[string, PoolGauges][]> => [
    ['orm', await ormPool()],
    ['events', hub.poolGauges],
  ];
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'Database connections held by a pool, by state (busy: checked out; idle: ready)',
    labelNames: ['pool', 'state'] as const,
    registers,
    async collect() {
      for (const [pool, gauges] of await pools()) {
        this.set({ pool, state: 'busy' }, gauges.totalCount - gauges.idleCount);
        this.set({ pool, state: 'idle' }, gauges.idleCount);
      }
    },
  });
  new Gauge({
    name: 'portal_db_pool_waiting',
    help: 'Queries waiting for a free connection, by pool',
    labelNames: ['pool'] as const,
    registers,
    async collect() {
      for (const [pool, gauges] of await pools()) this.set({ pool }, gauges.waitingCount);
    },
  });
  new Gauge({
    name: 'portal_db_pool_max',
    help: 'The most connections a pool opens',
    labelNames: ['pool'] as const,
    registers,
    async collect() {
      for (const [pool, gauges] of await pools()) this.set({ pool }, gauges.options.max ?? 10);
    },
  });
}

function deadlineMetrics(scheduler: DeadlineScheduler, registers: Registry[]): void {
  const ticks = new Counter({
    name: 'portal_deadline_ticks_total',
    help: 'Deadline scheduler passes, by outcome',
    labelNames: ['outcome'] as const,
    registers,
  });
  const tickDuration = new Histogram({ name: 'portal_deadline_tick_duration_seconds', help: 'How long a deadline scheduler pass took', registers });
  const fired = new Counter({
    name: 'portal_deadlines_fired_total',
    help: 'Deadlines fired by the scheduler, by kind',
    labelNames: ['kind'] as const,
    registers,
  });
  for (const kind of Object.values(FIRED_KINDS)) fired.inc({ kind }, 0);
  for (const outcome of ['ok', 'failed']) ticks.inc({ outcome }, 0);
  scheduler.onTick(({ result, seconds }) => {
    ticks.inc({ outcome: result ? 'ok' : 'failed' });
    tickDuration.observe(seconds);
    if (!result) return;
    for (const [key, kind] of Object.entries(FIRED_KINDS) as [keyof TickResult, string][]) if (result[key] > 0) fired.inc({ kind }, result[key]);
  });
}
