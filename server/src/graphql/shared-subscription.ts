import {
  createSourceEventStream,
  execute,
  Kind,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from '../context.js';
import { visibilityClass } from '../modules/access/audience.js';
import type { Viewer } from '../shared/viewer.js';

/**
 * graphql-ws's `subscribe`, executing each live event once per audience rather than once per
 * socket: everyone who asked the same document and would see the same answer shares one result.
 *
 * What makes two subscribers' answers equal: the same event object (the hub hands one object to
 * all of its audience), the same document (the guard caches parsed documents, so equal text is the
 * same node), the same variables except those that only feed the root field's arguments (the root
 * field returns the event as is; its arguments choose which events come, not what they show), and
 * the same visibility class (visibility is decided by role and organization, and for a technician
 * by the user).
 */
export function sharedSubscribe() {
  const resultVariables = new WeakMap<DocumentNode, string[] | null>();
  const results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  return async function subscribe(args: ExecutionArgs) {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterator(source)) return source as ExecutionResult;
    const context = args.contextValue as Context;
    const key = resultKey(args, context.viewer, resultVariables);
    const run = (payload: unknown): Promise<ExecutionResult> => {
      // Each execution reads through a fresh unit of work: nothing is served stale.
      context.refresh();
      return Promise.resolve(execute({ ...args, rootValue: payload }));
    };
    return mapIterator(source, (payload) => {
      if (typeof payload !== 'object' || payload === null) return run(payload);
      let byKey = results.get(payload);
      if (!byKey) results.set(payload, (byKey = new Map()));
      let result = byKey.get(key);
      if (!result) byKey.set(key, (result = run(payload)));
      return result;
    });
  };
}

function resultKey(args: ExecutionArgs, viewer: Viewer | null, cache: WeakMap<DocumentNode, string[] | null>): string {
  let names = cache.get(args.document);
  if (names === undefined) cache.set(args.document, (names = variablesBeyondRoot(args.document, args.operationName)));
  const variables = args.variableValues ?? {};
  // null: the document could not be analysed; then every variable counts.
  const used = names ?? Object.keys(variables).sort();
  return JSON.stringify([documentId(args.document), args.operationName ?? null, used.map((name) => variables[name] ?? null), visibilityClass(viewer)]);
}

const documentIds = new WeakMap<DocumentNode, number>();
let nextDocumentId = 1;
function documentId(document: DocumentNode): number {
  let id = documentIds.get(document);
  if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
  return id;
}

/** Variables used anywhere but in the root field's own arguments, sorted. */
function variablesBeyondRoot(document: DocumentNode, operationName: string | null | undefined): string[] | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation) return null;
  const rootArguments = new Set(operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? (selection.arguments ?? []) : [])));
  const used = new Set<string>();
  let insideRootArgument = 0;
  visit(document, {
    Argument: {
      enter: (node) => void (rootArguments.has(node) && insideRootArgument++),
      leave: (node) => void (rootArguments.has(node) && insideRootArgument--),
    },
    VariableDefinition: () => false,
    Variable: (node) => void (insideRootArgument === 0 && used.add(node.name.value)),
  });
  return [...used].sort();
}

function isAsyncIterator(value: unknown): value is AsyncIterator<unknown> & AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Events executed ahead of the one being delivered, per subscription: a burst's executions (each
 * a round trip to PostgreSQL, shared by the audience) overlap instead of queueing one behind the
 * other, while delivery keeps the log's order. An idle subscription holds one pending pull.
 */
const LOOKAHEAD = 16;

/**
 * Like graphql-js's own mapping of the source stream, but pipelined: as soon as an event is pulled
 * its mapping starts and the next event is pulled (up to LOOKAHEAD ahead of delivery); results come
 * out in the source's order. Ends the source when a mapping fails.
 */
function mapIterator<T, R>(source: AsyncIterator<T>, map: (value: T) => Promise<R>): AsyncIterableIterator<R> {
  const ahead: Promise<IteratorResult<R>>[] = [];
  let pulling = false;
  let ended = false;
  const close = async () => {
    ended = true;
    ahead.length = 0;
    await source.return?.();
  };
  const pull = () => {
    if (pulling || ended || ahead.length >= LOOKAHEAD) return;
    pulling = true;
    const result = source.next().then((step): IteratorResult<R> | Promise<IteratorResult<R>> => {
      pulling = false;
      if (step.done) {
        ended = true;
        return { done: true, value: undefined };
      }
      const mapped = map(step.value);
      pull();
      return mapped.then((value) => ({ done: false, value }));
    });
    // A failure is thrown when its turn comes (next()), not reported as unhandled while it waits.
    result.catch(() => undefined);
    ahead.push(result);
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      pull();
      const head = ahead.shift();
      if (!head) return { done: true, value: undefined };
      try {
        return await head;
      } catch (error) {
        await close();
        throw error;
      } finally {
        pull();
      }
    },
    async return() {
      await close();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      await close();
      throw error;
    },
  };
}
