import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql/index.js';
import type { ServiceEventsSubscription, ServiceEventsSubscriptionVariables, TypedDocumentString } from '../gql/graphql.js';

export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

/** What a document whose type is unknown (its text built at run time, or malformed on purpose) answers. */
export type UntypedData = Record<string, unknown>;

export interface Result<T = UntypedData> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
  status: number;
}

/** A document typed by graphql-codegen (`graphql(...)` in test code, generated into test/gql/). */
export type TypedDocument<R, V> = TypedDocumentString<R, V>;

/** The variables of a call: optional when the operation requires none. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A GraphQL request over HTTP as any client sends it: the document's text and its variables as JSON. */
export async function post(url: string, query: string, variables: unknown = {}, token?: string): Promise<Result<unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<Result<unknown>, 'status'>;
  return { ...body, status: response.status };
}

/** A call with a typed document, or with the text of one where typing is impossible. */
export function gql<R, V>(url: string, document: TypedDocument<R, V>, variables: V, token?: string): Promise<Result<R>>;
export function gql(url: string, document: string, variables?: UntypedData, token?: string): Promise<Result>;
export function gql(url: string, document: TypedDocument<unknown, unknown> | string, variables?: unknown, token?: string): Promise<Result<unknown>> {
  return post(url, document.toString(), variables, token);
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export function gqlOk<R, V>(url: string, document: TypedDocument<R, V>, variables: V, token?: string): Promise<R>;
export function gqlOk(url: string, document: string, variables?: UntypedData, token?: string): Promise<UntypedData>;
export async function gqlOk(url: string, document: TypedDocument<unknown, unknown> | string, variables?: unknown, token?: string): Promise<unknown> {
  return dataOf(await post(url, document.toString(), variables, token));
}

/** The data of an answer without errors; throws with the errors otherwise. */
export function dataOf(result: Result<unknown>): unknown {
  if (result.errors?.length || !result.data) throw new Error(`GraphQL call failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export const errorCode = (result: Result<unknown>): string | undefined => result.errors?.[0]?.extensions?.code;

export const LOGIN = graphql(`
  mutation Login($e: String!, $p: String!) { login(email: $e, password: $p) { token } }
`);

export async function login(url: string, email: string, password = 'demo'): Promise<string> {
  const data = await gqlOk(url, LOGIN, { e: email, p: password });
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

/** The live feed with every field the tests look at. */
export const SERVICE_EVENTS = graphql(`
  subscription ServiceEvents($after: String, $jobId: ID) {
    serviceEvents(after: $after, jobId: $jobId) { cursor kind at job { id status } offer { id status partner { id } } partsRequest { id status } actor { id } data }
  }
`);

export type EventShape = ServiceEventsSubscription['serviceEvents'];

/**
 * A live subscription to serviceEvents that records everything it receives, with helpers to
 * wait for an event and to check that none arrived. `SERVICE_EVENTS` unless another document
 * asks for fewer fields.
 */
export class EventRecorder<E = EventShape> {
  readonly events: E[] = [];
  readonly errors: unknown[] = [];
  private waiters: (() => void)[] = [];
  private unsubscribe: () => void = () => undefined;
  completed = false;

  static start(client: Client, variables?: ServiceEventsSubscriptionVariables): Promise<EventRecorder>;
  static start<E, V>(client: Client, variables: V, document: TypedDocument<{ serviceEvents: E }, V>): Promise<EventRecorder<E>>;
  static async start(
    client: Client,
    variables: unknown = {},
    document: TypedDocument<{ serviceEvents: unknown }, never> = SERVICE_EVENTS,
  ): Promise<EventRecorder<unknown>> {
    const recorder = new EventRecorder<unknown>();
    recorder.unsubscribe = client.subscribe<{ serviceEvents: unknown }>(
      { query: document.toString(), variables: variables as Record<string, unknown> },
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
  async waitFor(predicate: (event: E) => boolean, timeoutMs = 5000): Promise<E> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found) return found;
      if (this.completed) throw new Error(`subscription ended: ${JSON.stringify(this.errors)}`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `no matching event within ${timeoutMs} ms; got ${JSON.stringify(this.events.map(summary)).slice(0, 600)}; errors: ${JSON.stringify(this.errors).slice(0, 500)}`,
        );
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
  async waitForCount(count: number, timeoutMs = 5000): Promise<E[]> {
    await this.waitFor(() => this.events.length >= count, timeoutMs);
    return this.events;
  }

  stop(): void {
    this.unsubscribe();
  }
}

/** An event in a failure message: its kind, its job's status and its time, where the document asked for them. */
function summary(event: unknown): unknown[] {
  const { kind, job, at } = event as { kind?: string; job?: { status?: string } | null; at?: string };
  return [kind, job?.status ?? null, at];
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
