import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { JobType } from '../job/job.enums.js';
import { DateTime } from '../../graphql/scalars.js';

@ObjectType('TechnicianCertification', {
  simpleResolvers: true,
  description: 'A technician may do these job types on this product line until the expiry; standards that require a certified technician ask for one',
})
export class TechnicianCertificationObject {
  @Field(() => ID) id!: string;
  @Field(() => ID) technicianId!: string;
  @Field(() => ID) productLineId!: string;
  @Field(() => String) productLineName!: string;
  @Field(() => [String]) jobTypes!: string[];
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => Boolean, { description: 'Not expired' }) valid!: boolean;
}

@InputType('TechnicianCertificationInput')
export class TechnicianCertificationInput {
  @Field(() => ID) technicianId!: string;
  @Field(() => ID, { description: 'A product line of a manufacturer whose network the organization belongs to' }) productLineId!: string;
  @Field(() => [JobType]) @ArrayMinSize(1) @ArrayMaxSize(20) jobTypes!: JobType[];
  @Field(() => DateTime) expiresAt!: Date;
}
