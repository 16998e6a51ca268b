import { Field, Float, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { OrganizationObject } from '../network/network.types.js';
import { ServiceJobObject } from '../job/job.types.js';

@ObjectType('JobCharges', { simpleResolvers: true, description: 'Parts at list price and labour at the agreed rate (never above the ceiling)' })
export class JobChargesObject {
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => Float) partsAmount!: number;
  @Field(() => Float) laborAmount!: number;
  @Field(() => Float) total!: number;
  @Field(() => String, { description: 'MANUFACTURER (warranty, contract) or CUSTOMER (post-warranty)' }) payer!: string;
}

@ObjectType('ReimbursementStatement', { simpleResolvers: true })
export class ReimbursementStatementObject {
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => [JobChargesObject]) claims!: JobChargesObject[];
  @Field(() => Float) partsTotal!: number;
  @Field(() => Float) laborTotal!: number;
  @Field(() => Float) total!: number;
}
