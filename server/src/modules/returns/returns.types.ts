import { Field, ID, ObjectType } from 'type-graphql';
import { InspectionResult, ReturnState } from './returns.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { PartObject } from '../catalog/catalog.types.js';
import { ServiceJobObject } from '../job/job.types.js';
import { OrganizationObject } from '../network/network.types.js';
import { ClaimLineObject, WarrantyClaimObject } from '../claim/claim.types.js';

@ObjectType('ReturnActions', { simpleResolvers: true, description: 'The steps of the return the caller may take now' })
export class ReturnActionsObject {
  @Field(() => Boolean, { description: 'Ship it back with a tracking code (the claiming partner, while REQUESTED)' }) ship!: boolean;
  @Field(() => Boolean, { description: 'Record its arrival (the manufacturer, while SHIPPED)' }) receive!: boolean;
  @Field(() => Boolean, { description: 'Inspect it (the manufacturer, once RECEIVED)' }) inspect!: boolean;
}

@ObjectType('ReturnAuthorization', {
  simpleResolvers: true,
  description:
    "The manufacturer asks for a replaced warranty part back (a PART line of a claim with its faulty serial); the partner ships it with tracking, the manufacturer receives and inspects it. NO_FAULT_FOUND and MISUSE reject the claim line; CONFIRMED_FAULT counts in failure analysis. Seen by the network's staff and the claiming partner's admins",
})
export class ReturnAuthorizationObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'RA-<year>-<n>' }) number!: string;
  @Field(() => ReturnState) state!: ReturnState;
  @Field(() => WarrantyClaimObject, { nullable: true }) claim?: WarrantyClaimObject | null;
  @Field(() => ClaimLineObject, { nullable: true }) claimLine?: ClaimLineObject | null;
  @Field(() => PartObject, { nullable: true }) part?: PartObject | null;
  @Field(() => String, { nullable: true }) faultySerial?: string | null;
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => String, { nullable: true, description: "The manufacturer's note with the request" }) requestNote?: string | null;
  @Field(() => String, { nullable: true }) trackingCode?: string | null;
  @Field(() => DateTime) requestedAt!: Date;
  @Field(() => DateTime, { nullable: true, description: 'Ship it back by then (RETURN_DAYS calendar days after the request)' }) returnBy?: Date | null;
  @Field(() => DateTime, { nullable: true }) shippedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) receivedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) inspectedAt?: Date | null;
  @Field(() => InspectionResult, { nullable: true }) result?: InspectionResult | null;
  @Field(() => String, { nullable: true }) inspectionNote?: string | null;
  @Field(() => ReturnActionsObject) viewerCan!: ReturnActionsObject;
}
