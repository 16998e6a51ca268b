import { column, type PlannedType } from '../../planner/planned-type.js';

/** How the planner reads organizations and people. */
export const NETWORK_PLANS: Record<string, PlannedType> = {
  Organization: {
    table: 'organization',
    fields: {
      id: column('id'),
      slug: column('slug'),
      name: column('name'),
      kind: column('kind'),
      status: column('status'),
      regions: column('regions'),
      capacity: column('capacity'),
      currency: column('currency'),
      latitude: column('latitude'),
      longitude: column('longitude'),
      serviceRadiusKm: column('service_radius_km'),
      customerId: column('customer_id'),
      // Staff and the partner itself only: its resolver decides, through loaders.
      certifications: { needs: ['id'] },
      technicianCertifications: { needs: ['id'] },
      country: column('country'),
      address: column('address'),
    },
  },
  User: {
    table: 'app_user',
    fields: {
      id: column('id'),
      email: column('email'),
      name: column('name'),
      role: column('role'),
      locale: column('locale'),
      timeZone: column('time_zone'),
      organization: { one: 'Organization', join: (row, org) => `${org}.id = ${row}.organization_id` },
    },
  },
};
