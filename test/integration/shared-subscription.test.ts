import { describe, expect, it } from 'vitest';
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import { sharedSubscribe } from '../../server/dist/graphql/shared-subscription.js';

interface FakeEvent {
  seq: number;
}

/** A hub in miniature: pushes the same event object to every subscriber, as EventHub does. */
class Channel {
  private readonly queues: { items: FakeEvent[]; wake?: () => void }[] = [];

  stream(): AsyncIterableIterator<FakeEvent> {
    const queue: { items: FakeEvent[]; wake?: () => void } = { items: [] };
    this.queues.push(queue);
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next() {
        while (queue.items.length === 0) await new Promise<void>((resolve) => (queue.wake = resolve));
        return { done: false, value: queue.items.shift()! };
      },
      async return() {
        return { done: true, value: undefined };
      },
    };
  }

  push(event: FakeEvent): void {
    for (const queue of this.queues) {
      queue.items.push(event);
      queue.wake?.();
    }
  }
}

const executions: string[] = [];
const eventType = new GraphQLObjectType({
  name: 'Event',
  fields: {
    seq: { type: GraphQLInt },
    // What the viewer's visibility decides; counted, so the test sees how often a result was computed.
    seenBy: {
      type: GraphQLString,
      resolve: (_event, _args, context: { viewer: { orgId: string; userId: string } }) => {
        executions.push(context.viewer.userId);
        return context.viewer.orgId;
      },
    },
    label: {
      type: GraphQLString,
      args: { prefix: { type: GraphQLString } },
      resolve: (event: FakeEvent, args: { prefix: string }) => `${args.prefix}${event.seq}`,
    },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLInt } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      events: {
        type: eventType,
        args: { after: { type: GraphQLInt } },
        subscribe: (_root, _args, context: { channel: Channel }) => context.channel.stream(),
        resolve: (event: FakeEvent) => event,
      },
    },
  }),
});
const document = parse('subscription($after: Int, $prefix: String) { events(after: $after) { seq seenBy label(prefix: $prefix) } }');

describe('one subscription execution per audience', () => {
  it('shares a result among equal viewers and documents, and never across organizations, technicians or result-shaping variables', async () => {
    const channel = new Channel();
    const subscribe = sharedSubscribe();
    let refreshes = 0;
    const subscriber = async (role: string, orgId: string, userId: string, variables: Record<string, unknown>) => {
      const context = { channel, viewer: { role, orgId, userId }, refresh: () => refreshes++ };
      const stream = (await subscribe({ schema, document, contextValue: context, variableValues: variables })) as AsyncIterableIterator<ExecutionResult>;
      return { name: userId, next: () => stream.next().then((step) => step.value as ExecutionResult) };
    };
    const subscribers = [
      await subscriber('DISPATCHER', 'm1', 'dispatcher-1', { prefix: 'a' }),
      await subscriber('ADMIN', 'm1', 'admin-1', { prefix: 'a' }),
      await subscriber('DISPATCHER', 'm1', 'dispatcher-2', { prefix: 'a', after: 5 }),
      await subscriber('DISPATCHER', 'm1', 'dispatcher-3', { prefix: 'b' }),
      await subscriber('DISPATCHER', 'm2', 'dispatcher-4', { prefix: 'a' }),
      await subscriber('TECHNICIAN', 'p1', 'tech-1', { prefix: 'a' }),
      await subscriber('TECHNICIAN', 'p1', 'tech-2', { prefix: 'a' }),
    ];
    channel.push({ seq: 7 });
    const results = await Promise.all(subscribers.map((s) => s.next()));

    expect(results.map((r) => r.data)).toEqual([
      { events: { seq: 7, seenBy: 'm1', label: 'a7' } },
      { events: { seq: 7, seenBy: 'm1', label: 'a7' } },
      { events: { seq: 7, seenBy: 'm1', label: 'a7' } },
      { events: { seq: 7, seenBy: 'm1', label: 'b7' } },
      { events: { seq: 7, seenBy: 'm2', label: 'a7' } },
      { events: { seq: 7, seenBy: 'p1', label: 'a7' } },
      { events: { seq: 7, seenBy: 'p1', label: 'a7' } },
    ]);
    // dispatcher-2 differs only in the root field's cursor: it shares dispatcher-1's result. The
    // admin (another role), the other prefix, the other manufacturer and each technician do not.
    expect(executions.sort()).toEqual(['admin-1', 'dispatcher-1', 'dispatcher-3', 'dispatcher-4', 'tech-1', 'tech-2']);
    expect(refreshes).toBe(6);

    // A new event object is a new result, even for the same viewers.
    executions.length = 0;
    channel.push({ seq: 8 });
    await Promise.all(subscribers.map((s) => s.next()));
    expect(executions).toHaveLength(6);
  });
});
