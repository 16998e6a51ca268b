import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';
import { TechnicianCertificationInput, TechnicianCertificationObject } from './technician-certification.types.js';
import { addTechnicianCertification, removeTechnicianCertification, technicianCertifications } from './technician-certification.service.js';

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
