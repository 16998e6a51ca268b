import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Capability, can, seesNetwork } from '../access/policy.js';
import { OrganizationObject } from '../network/network.types.js';
import type { Organization } from '../network/organization.entity.js';
import { scopeOf, type Context } from '../../context.js';
import { TechnicianCertificationInput, TechnicianCertificationObject } from './technician-certification.types.js';
import {
  addTechnicianCertification,
  certifiableProductLines,
  certificationOf,
  removeTechnicianCertification,
  technicianCertifications,
} from './technician-certification.service.js';
import { ProductLineObject } from '../catalog/catalog.types.js';
import type { ProductLine } from '../catalog/product-line.entity.js';

@Resolver(() => TechnicianCertificationObject)
export class TechnicianCertificationResolver {
  @Authorized(Capability.TECHNICIAN_TIME_READ)
  @Query(() => [TechnicianCertificationObject], {
    description:
      "The certifications of the organization's technicians (a partner admin every technician's, optionally one; a technician their own), soonest expiry first",
  })
  technicianCertifications(
    @Arg('technicianId', () => ID, { nullable: true }) technicianId: string | null | undefined,
    @Ctx() context: Context,
  ): Promise<TechnicianCertificationObject[]> {
    return technicianCertifications(scopeOf(context), technicianId);
  }

  @Authorized(Capability.TECHNICIAN_CERTIFICATION_SET)
  @Query(() => [ProductLineObject], {
    description: "The product lines the organization's technicians may be certified on: those of every network it is in or applies to (an invited firm's too)",
  })
  certifiableProductLines(@Ctx() context: Context): Promise<ProductLine[]> {
    return certifiableProductLines(scopeOf(context));
  }

  @Authorized(Capability.TECHNICIAN_CERTIFICATION_SET)
  @Mutation(() => TechnicianCertificationObject, {
    description: 'Adds a certification of a technician of the organization (a NETWORK_CHANGED event only the organization reads)',
  })
  addTechnicianCertification(
    @Arg('input', () => TechnicianCertificationInput) input: TechnicianCertificationInput,
    @Ctx() context: Context,
  ): Promise<TechnicianCertificationObject> {
    return addTechnicianCertification(scopeOf(context), input);
  }

  @Authorized(Capability.TECHNICIAN_CERTIFICATION_SET)
  @Mutation(() => TechnicianCertificationObject, { description: 'Removes a certification of a technician of the organization; answers it as it was' })
  removeTechnicianCertification(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<TechnicianCertificationObject> {
    return removeTechnicianCertification(scopeOf(context), id);
  }
}

@Resolver(() => OrganizationObject)
export class FirmCertificationsResolver {
  @FieldResolver(() => [TechnicianCertificationObject], {
    description:
      "Its technicians' certifications with their certificate files: for the firm's own admin, and for the staff of a network it belongs to or applies to; empty for anyone else",
  })
  async technicianCertifications(@Root() org: Organization, @Ctx() context: Context): Promise<TechnicianCertificationObject[]> {
    const viewer = context.viewer;
    if (!viewer) return [];
    const own = viewer.orgId === org.id && can(viewer, Capability.TECHNICIAN_ASSIGN);
    const staff = seesNetwork(viewer) && (await context.loaders.ownNetworkMembership.load(org.id)).length > 0;
    if (!own && !staff) return [];
    const rows = await context.loaders.technicianCertificationsByOrganization.load(org.id);
    const now = context.deps.clock.now();
    return Promise.all(rows.map(async (row) => certificationOf(row, now, (await context.loaders.certificatesByCertification.load(row.id)).at(-1) ?? null)));
  }
}
