import { lazySqlViewer, type SqlViewer } from '../modules/access/visibility.sql.js';
import type { Role } from '../shared/roles.js';
import { historyAudienceKeys } from '../modules/access/audience.js';
import type { Viewer } from '../shared/viewer.js';

/** What a planned statement is run with: who asks, the time, and the root field's checked arguments. */
export interface ReadInput<A = unknown> {
  viewer: Viewer;
  now: Date;
  args: A;
}

/** How one parameter's value is taken from a request's input. */
export type Binding<A = unknown> = (input: ReadInput<A>) => unknown;

/** What a planned type's SQL may use of the statement it is part of. */
export interface SqlContext {
  /** The viewer's ids as parameters, for visibility conditions. */
  readonly viewer: SqlViewer;
  /** The request's time (the server's clock, which tests move). */
  readonly now: string;
  /** A fresh row alias. */
  alias(): string;
}

/**
 * A statement being compiled: its SQL is made once per selection shape, its parameters are
 * bindings, evaluated per request. Parameters are made when first used (PostgreSQL refuses a
 * prepared statement with a parameter it cannot type), and a named one only once.
 */
export class Statement<A = unknown> implements SqlContext {
  readonly bindings: Binding<A>[] = [];
  readonly viewer: SqlViewer;
  private readonly named = new Map<string, string>();
  private aliases = 0;

  constructor(role: Role) {
    this.viewer = lazySqlViewer(role, {
      orgId: () => this.param('viewer.orgId', 'uuid', (input) => input.viewer.orgId),
      userId: () => this.param('viewer.userId', 'uuid', (input) => input.viewer.userId),
      historyKeys: () => this.param('viewer.historyKeys', 'text[]', (input) => historyAudienceKeys(input.viewer)),
    });
  }

  /** `$n::type` for the named value, made on first use. */
  param(name: string, type: string, binding: Binding<A>): string {
    let placeholder = this.named.get(name);
    if (placeholder === undefined) {
      this.bindings.push(binding);
      this.named.set(name, (placeholder = `$${this.bindings.length}::${type}`));
    }
    return placeholder;
  }

  /** The request's time (the server's clock, which tests move). */
  get now(): string {
    return this.param('now', 'timestamptz', (input) => input.now.toISOString());
  }

  /** A fresh row alias. */
  alias(): string {
    return `t${++this.aliases}`;
  }
}
