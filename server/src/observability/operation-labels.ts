import { readFileSync } from 'node:fs';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../shared/logger.js';
import { CLIENT_CODES } from '../graphql/format-error.js';

/** The label of every operation the portal does not send itself. */
export const OTHER_OPERATION = 'other';

/**
 * The portal's own operation names, from `schema/operations.json` (written by the web's codegen
 * beside the schema, checked for drift with it). Metrics label only these by name: an operation
 * name is the client's to choose, and a label per invented name would grow without bound.
 */
export function loadKnownOperations(file: string, log: Logger): ReadonlySet<string> {
  try {
    const names: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(names) && names.every((name) => typeof name === 'string')) return new Set(names);
    log.warn({ file }, 'the known operations file is not a list of names: every operation counts as other');
  } catch (error) {
    log.warn({ file, error: error instanceof Error ? error.message : String(error) }, 'no known operations file: every operation counts as other');
  }
  return new Set();
}

export function operationLabel(known: ReadonlySet<string>, name: string | null | undefined): string {
  return name && known.has(name) ? name : OTHER_OPERATION;
}

/** `ok`, or the first error's code: one of the codes a client can be answered with (format-error.ts). */
export function outcomeLabel(errors: readonly Pick<GraphQLFormattedError, 'extensions'>[] | undefined): string {
  if (!errors?.length) return 'ok';
  const code = errors[0].extensions?.code;
  return typeof code === 'string' && OUTCOME_CODES.has(code) ? code : 'error';
}

const OUTCOME_CODES: ReadonlySet<string> = new Set([...CLIENT_CODES, 'INTERNAL_SERVER_ERROR', 'PAYLOAD_TOO_LARGE']);
