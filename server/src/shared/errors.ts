import { GraphQLError } from 'graphql';

/** Every failure a client can act on has one of these codes (DESIGN.md, public contract). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  OFFER_CLOSED = 'OFFER_CLOSED',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  QUALITY_GATE_FAILED = 'QUALITY_GATE_FAILED',
  PRICE_ABOVE_LIST = 'PRICE_ABOVE_LIST',
  CONFLICT = 'CONFLICT',
  /** A public operation called too often from one address or for one thing (the /request form); `retryAfterSeconds` says when to try again. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A technician booked twice or during an absence; `conflicts` says what is in the way, `nextFreeSlots` when they are free. */
  SCHEDULE_CONFLICT = 'SCHEDULE_CONFLICT',
}

/** The one domain error type. Services throw it; the GraphQL layer turns it into an error with `extensions.code`. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError(ErrorCode.FORBIDDEN, message);
export const badInput = (message: string, details?: Record<string, unknown>) => new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const unauthenticated = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: a valid bearer token is required');
