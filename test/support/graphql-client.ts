import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

// biome-ignore lint/suspicious/noExplicitAny: an untyped query's data is whatever it selected; typed documents will replace these defaults
export interface Result<T = Record<string, any>> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
  status: number;
}

/** A plain HTTP GraphQL call, as any client makes it. */
// biome-ignore lint/suspicious/noExplicitAny: an untyped query's data is whatever it selected; typed documents will replace these defaults
export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Result<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Result<T>, 'status'>;
  return { ...body, status: response.status };
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
// biome-ignore lint/suspicious/noExplicitAny: an untyped query's data is whatever it selected; typed documents will replace these defaults
export async function gqlOk<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(url, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const errorCode = (result: Result): string | undefined => result.errors?.[0]?.extensions?.code;

export async function login(url: string, email: string, password = 'demo'): Promise<string> {
  const data = await gqlOk<{ login: { token: string } }>(url, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: password });
  return data.login.token;
}

export function wsClient(url: string, token?: string, extra: Partial<Parameters<typeof createClient>[0]> = {}): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: true,
    ...extra,
  });
}

export const EVENT_FIELDS = 'cursor kind at job { id status } offer { id status partner { id } } partsRequest { id status } actor { id } data';

export interface EventShape {
  cursor: string;
  kind: string;
  at: string;
  job: { id: string; status: string } | null;
  offer: { id: string; status: string; partner: { id: string } } | null;
  partsRequest: { id: string; status: string } | null;
  actor: { id: string } | null;
  data: Record<string, unknown>;
}

/**
 * A live subscription to serviceEvents that records everything it receives, with helpers to
 * wait for an event and to check that none arrived.
 */
export class EventRecorder {
  readonly events: EventShape[] = [];
  readonly errors: unknown[] = [];
  private waiters: (() => void)[] = [];
  private unsubscribe: () => void = () => undefined;
  completed = false;

  static async start(client: Client, variables: { after?: string; jobId?: string } = {}, fields = EVENT_FIELDS): Promise<EventRecorder> {
    const recorder = new EventRecorder();
    recorder.unsubscribe = client.subscribe<{ serviceEvents: EventShape }>(
      { query: `subscription($after: String, $jobId: ID) { serviceEvents(after: $after, jobId: $jobId) { ${fields} } }`, variables },
      {
        next: (message) => {
          if (message.errors) recorder.errors.push(...message.errors);
          if (message.data?.serviceEvents) recorder.events.push(message.data.serviceEvents);
          recorder.notify();
        },
        error: (error) => {
          recorder.errors.push(error);
          recorder.completed = true;
          recorder.notify();
        },
        complete: () => {
          recorder.completed = true;
          recorder.notify();
        },
      },
    );
    // The subscription is live once the server has acknowledged the connection and registered it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    return recorder;
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves with the first recorded event that matches; fails after `timeoutMs`. */
  async waitFor(predicate: (event: EventShape) => boolean, timeoutMs = 5000): Promise<EventShape> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (this.completed) throw new Error(`subscription ended: ${JSON.stringify(this.errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.events.map((e) => [e.kind, e.job?.status ?? null, e.at])).slice(0, 600)}; errors: ${JSON.stringify(this.errors).slice(0, 500)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Waits until `count` events have arrived. */
  async waitForCount(count: number, timeoutMs = 5000): Promise<EventShape[]> {
    await this.waitFor(() => this.events.length >= count, timeoutMs);
    return this.events;
  }

  stop(): void {
    this.unsubscribe();
  }
}

/** Polls until `check` holds; fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets pending deliveries arrive before asserting that something did not. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
