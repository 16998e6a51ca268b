import { Organization } from './organization.entity.js';
import { User } from './user.entity.js';
import { Certification } from './certification.entity.js';
import { byId, byRelation, type LoaderFactory } from '../../shared/loader-kit.js';

export const NETWORK_LOADERS = {
  organization: (em) => byId(em, Organization),
  user: (em) => byId(em, User),
  certificationsByPartner: (em) => byRelation(em, Certification, 'partner', { expiresAt: 'desc' }),
} satisfies Record<string, LoaderFactory>;
