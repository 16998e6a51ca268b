import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { JobType } from '../job/job.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { AttachmentObject } from '../files/files.types.js';
import type { Attachment } from '../files/attachment.entity.js';

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
  @Field(() => AttachmentObject, { nullable: true, description: 'The uploaded certificate file (kind CERTIFICATE), when one was given' })
  certificate?: Attachment | null;
}

@InputType('TechnicianCertificationInput')
export class TechnicianCertificationInput {
  @Field(() => ID) technicianId!: string;
  @Field(() => ID, { description: 'A product line of a manufacturer whose network the organization belongs to' }) productLineId!: string;
  @Field(() => [JobType]) @ArrayMinSize(1) @ArrayMaxSize(20) jobTypes!: JobType[];
  @Field(() => DateTime) expiresAt!: Date;
  @Field(() => ID, { nullable: true, description: 'A certificate file uploaded through POST /uploads (kind CERTIFICATE, no jobId) by the organization' })
  @IsOptional()
  certificateId?: string | null;
}
