import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { ErrorCode } from '../shared/errors.js';

/** Every code a client can be answered with; a failure without one is INTERNAL_SERVER_ERROR. */
export const CLIENT_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * What a client sees of a failure: domain errors and GraphQL's own parse/validation errors as
 * they are; argument validation as BAD_USER_INPUT; lost races as CONFLICT; anything else gets a
 * generic message that leaks nothing (error-log.ts logs it with its stack, where the request's
 * context is known).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return (
    clientError(formatted, error) ?? {
      message: 'Something went wrong on our side; the error was logged',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }
  );
}

/** The answer to an expected failure, or null when it was unexpected (a defect or an outage). */
export function clientError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | null {
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  const code = formatted.extensions?.code as string | undefined;
  if (original instanceof OptimisticLockError || original instanceof UniqueConstraintViolationException) {
    return { message: 'Someone else changed this at the same time; reload and try again', path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  const validation = isValidationError(original) ? original : isValidationError(formatted.extensions) ? formatted.extensions : null;
  if (validation) {
    return {
      message: `Some input is not valid: ${describeValidation(validation)}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
  }
  if (code && CLIENT_CODES.has(code)) {
    return code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT'
      ? { ...formatted, extensions: { ...formatted.extensions, code: code === 'GRAPHQL_VALIDATION_FAILED' ? code : ErrorCode.BAD_USER_INPUT } }
      : formatted;
  }
  return null;
}

interface ValidationErrorLike {
  validationErrors: { property: string; constraints?: Record<string, string>; children?: ValidationErrorLike['validationErrors'] }[];
}

function isValidationError(error: unknown): error is ValidationErrorLike {
  return typeof error === 'object' && error !== null && Array.isArray((error as ValidationErrorLike).validationErrors);
}

function describeValidation(error: ValidationErrorLike): string {
  const messages: string[] = [];
  const walk = (items: ValidationErrorLike['validationErrors']) => {
    for (const item of items) {
      messages.push(...Object.values(item.constraints ?? {}));
      if (item.children) walk(item.children);
    }
  };
  walk(error.validationErrors);
  return messages.join('; ') || 'check the values';
}
