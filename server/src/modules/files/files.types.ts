import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AttachmentKind } from './files.enums.js';
import { DateTime } from '../../graphql/scalars.js';

@ObjectType('Attachment', { simpleResolvers: true, description: 'A file of the case file: a photo, a document or a drawn signature' })
export class AttachmentObject {
  @Field(() => ID) id!: string;
  @Field(() => AttachmentKind) kind!: AttachmentKind;
  @Field(() => String, { description: 'What the stored file is (checked by its content, not its name)' }) contentType!: string;
  @Field(() => Int) byteSize!: number;
  @Field(() => Int, { nullable: true }) width?: number | null;
  @Field(() => Int, { nullable: true }) height?: number | null;
  @Field(() => String, { nullable: true, description: 'A signature: who signed' }) signerName?: string | null;
  @Field(() => DateTime, { nullable: true, description: 'A signature: when it was signed' }) signedAt?: Date | null;
  @Field(() => DateTime) createdAt!: Date;
}
