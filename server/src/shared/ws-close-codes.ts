/** Close codes, as graphql-ws names its own (common.ts): ours sit in the 4400 range. */
export enum WsCloseCode {
  Forbidden = 4403,
  TooManyConnections = 4429,
  /** The subscriber read too slowly; it reconnects and resumes from its last cursor. */
  SlowConsumer = 4499,
}
