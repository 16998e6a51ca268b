import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CustomerJobViewObject, RequestManufacturerObject, ServiceRequestObject, ServiceRequestReceiptObject } from './customer.types.js';
import { JobFromServiceRequestArgs, ServiceRequestInput, ServiceRequestsArgs } from './customer.inputs.js';
import { ServiceRequestStatus } from './customer.enums.js';
import { trackJob, type CustomerJobView } from './tracking.service.js';
import { submitServiceRequest } from './request.service.js';
import { createJobFromServiceRequest, listServiceRequests, markServiceRequestHandled } from './triage.service.js';
import type { ServiceRequest } from './service-request.entity.js';
import { ServiceJobObject } from '../job/job.types.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { Organization } from '../network/organization.entity.js';
import { OrgKind } from '../network/network.enums.js';
import { Capability } from '../access/policy.js';
import { customerQuoteOfJob } from '../quote/customer-quote.js';

import { scopeOf, type Context } from '../../context.js';

/**
 * The customer's side, no account: the tracking link answers only to its token (exactly one job),
 * the request form to nobody in particular (throttled). The dispatcher's side triages the requests.
 */
@Resolver()
export class CustomerResolver {
  @Query(() => CustomerJobViewObject, { description: 'No login: the job of this customer link (/track/<token>); NOT_FOUND for any other token' })
  trackJob(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<CustomerJobView> {
    const { files, clock, links } = context.deps;
    return trackJob(
      context.em,
      token.slice(0, 200),
      (id) => files.urls.url(id, 'full', clock.now()),
      (jobId) => customerQuoteOfJob(context.em, links, clock, jobId),
    );
  }

  @Query(() => [RequestManufacturerObject], { description: 'No login: the manufacturers the /request form offers' })
  requestManufacturers(@Ctx() context: Context): Promise<RequestManufacturerObject[]> {
    return context.em.find(Organization, { kind: OrgKind.MANUFACTURER }, { fields: ['slug', 'name'], orderBy: { name: 'asc' } });
  }

  @Mutation(() => ServiceRequestReceiptObject, {
    description:
      'No login: the /request form. Throttled per address and per serial (TOO_MANY_REQUESTS); a NEW job when the unit is found, kept for the dispatcher in any case',
  })
  async submitServiceRequest(
    @Arg('input', () => ServiceRequestInput) input: ServiceRequestInput,
    @Ctx() context: Context,
  ): Promise<ServiceRequestReceiptObject> {
    const { request, job } = await submitServiceRequest(
      context.em,
      context.deps.clock,
      context.deps.config.requestLimits,
      { ...input, locale: input.locale ?? context.requestedLanguage },
      context.clientAddress,
    );
    return { token: request.token, trackingPath: `/track/${request.token}`, matched: job !== null, jobNumber: job?.number ?? null };
  }

  @Authorized(Capability.SERVICE_REQUEST_TRIAGE)
  @Query(() => [ServiceRequestObject], { description: "The manufacturer's customer requests, newest first (at most 200)" })
  async serviceRequests(@Args(() => ServiceRequestsArgs) { status }: ServiceRequestsArgs, @Ctx() context: Context): Promise<ServiceRequestObject[]> {
    return (await listServiceRequests(scopeOf(context), status ?? ServiceRequestStatus.NEW)).map(toObject);
  }

  @Authorized(Capability.SERVICE_REQUEST_TRIAGE)
  @Mutation(() => ServiceRequestObject, { description: 'Handled without a job (a duplicate, answered by phone)' })
  async markServiceRequestHandled(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ServiceRequestObject> {
    return toObject(await markServiceRequestHandled(scopeOf(context), id));
  }

  @Authorized(Capability.SERVICE_REQUEST_TRIAGE)
  @Mutation(() => ServiceJobObject, { description: "The unit found after all: a NEW job under the customer's link" })
  createJobFromServiceRequest(@Args(() => JobFromServiceRequestArgs) { id, serial }: JobFromServiceRequestArgs, @Ctx() context: Context): Promise<ServiceJob> {
    return createJobFromServiceRequest(scopeOf(context), id, serial);
  }
}

function toObject(request: ServiceRequest): ServiceRequestObject {
  return {
    id: request.id,
    status: request.status,
    serial: request.serial,
    description: request.description,
    contactName: request.contactName,
    contactEmail: request.contactEmail,
    contactPhone: request.contactPhone,
    address: request.address,
    createdAt: request.createdAt,
    handledAt: request.handledAt,
    jobId: request.job?.id ?? null,
    jobNumber: request.job?.number ?? null,
  };
}
