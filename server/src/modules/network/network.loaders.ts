import { Organization } from './organization.entity.js';
import { User } from './user.entity.js';
import { Certification } from './certification.entity.js';
import { TechnicianCertification } from './technician-certification.entity.js';
import { NetworkMembership } from './network-membership.entity.js';
import { byId, byParent, byRelation, type LoaderFactory } from '../../shared/loader-kit.js';

export const NETWORK_LOADERS = {
  organization: (em) => byId(em, Organization),
  user: (em) => byId(em, User),
  certificationsByPartner: (em) => byRelation(em, Certification, 'partner', { expiresAt: 'desc' }),
  /** An organization's technicians' certifications, with their lines; whoever asks checks the viewer may read them. */
  technicianCertificationsByOrganization: (em) =>
    byParent(
      (ids) => em.find(TechnicianCertification, { organization: { $in: ids } }, { populate: ['productLine'], orderBy: { expiresAt: 'asc', id: 'asc' } }),
      (row) => row.organization.id,
    ),
  /** The viewer's own network's membership of each partner asked about (pending ones too): a staff member's reach over a firm. */
  ownNetworkMembership: (em, viewer) =>
    byParent(
      (ids) => (viewer ? em.find(NetworkMembership, { manufacturer: viewer.orgId, partner: { $in: ids } }) : Promise.resolve([])),
      (row) => row.partner.id,
    ),
} satisfies Record<string, LoaderFactory>;
