import type { Role } from './roles.js';

/** Who is asking: taken from a verified token, the input to every authorization rule (modules/access/policy.ts). */
export interface Viewer {
  userId: string;
  orgId: string;
  role: Role;
  /** Set when the caller is an API key (modules/apikey), which acts as its own integration user. */
  apiKeyId?: string;
}
