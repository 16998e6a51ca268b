import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './server.js';
import { buildNetwork, type NetworkFixture, type NetworkOptions } from './factory.js';
import { Api } from './operations.js';

export interface UseServerOptions extends TestServerOptions {
  /** A second in-process instance on the same database and clock, as another replica would be. */
  twin?: boolean;
}

export interface UseNetworkOptions extends NetworkOptions {
  /** How the server starts; a function when it needs what an earlier hook set up. */
  server?: UseServerOptions | (() => UseServerOptions);
  /** A second manufacturer's network on the same server. */
  rival?: NetworkOptions;
}

export interface ServerHandle {
  readonly server: TestServer;
  readonly api: Api;
  /** Only with `twin: true`. */
  readonly twin: TestServer;
}

export interface NetworkHandle extends ServerHandle {
  readonly net: NetworkFixture;
  /** Only with `rival`. */
  readonly rival: NetworkFixture;
}

/**
 * A test file's server, started before its tests and stopped (its database dropped) after them.
 * The handle's fields are there once `beforeAll` has run: read them inside tests and hooks.
 */
export function useServer(options: UseServerOptions | (() => UseServerOptions) = {}): ServerHandle {
  const state: Settable<ServerHandle> = {};
  beforeAll(async () => {
    const { twin, ...serverOptions } = typeof options === 'function' ? options() : options;
    const server = await startTestServer(serverOptions);
    Object.assign(state, { server, api: new Api(server) });
    // The twin runs with the same settings, as another replica would.
    if (twin) state.twin = await startTestServer({ databaseUrl: server.databaseUrl, clock: server.clock, config: serverOptions.config });
  });
  afterAll(async () => {
    await state.twin?.stop();
    await state.server?.stop();
  });
  return lazyHandle<ServerHandle>({ server: () => state.server, api: () => state.api, twin: () => state.twin });
}

/** `useServer`, plus a small complete network of its own (and a rival's) built before the tests. */
export function useNetwork(options: UseNetworkOptions = {}): NetworkHandle {
  const { server: serverOptions, rival, ...network } = options;
  const running = useServer(serverOptions);
  const state: Settable<Pick<NetworkHandle, 'net' | 'rival'>> = {};
  beforeAll(async () => {
    state.net = await buildNetwork(running.server, network);
    if (rival) state.rival = await buildNetwork(running.server, rival);
  });
  return lazyHandle<NetworkHandle>({
    server: () => running.server,
    api: () => running.api,
    twin: () => running.twin,
    net: () => state.net,
    rival: () => state.rival,
  });
}

/** What a hook fills in. */
type Settable<T> = { -readonly [K in keyof T]?: T[K] };

/** An object whose fields are read when used, and say so plainly when read before the hook that sets them. */
function lazyHandle<T extends object>(readers: { [K in keyof T]: () => T[K] | undefined }): T {
  const handle = {} as T;
  for (const [key, read] of Object.entries(readers) as [string, () => unknown][]) {
    Object.defineProperty(handle, key, {
      enumerable: true,
      get: () => read() ?? notSetUp(key),
    });
  }
  return handle;
}

function notSetUp(key: string): never {
  throw new Error(`${key} is not set up: read it inside a test or hook, and ask for it in the options of useServer/useNetwork`);
}
