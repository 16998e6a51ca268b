import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AttachmentObject } from './files.types.js';
import type { Attachment } from './attachment.entity.js';
import { ServiceJobObject } from '../job/job.types.js';
import type { ServiceJob } from '../job/service-job.entity.js';
import { UserObject } from '../network/network.types.js';
import { isPlainObject } from '../../planner/planned-values.js';
import type { Context } from '../../context.js';

/** What the URL fields read of an attachment: the entity, or the planner's row (files.plan.ts). */
type AttachmentRow = Pick<Attachment, 'id' | 'thumbnailKey'>;

@Resolver(() => AttachmentObject)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'A signed link to the file, valid for some minutes (made when read)' })
  url(@Root() attachment: AttachmentRow, @Ctx() context: Context): string {
    return context.deps.files.urls.url(attachment.id, 'full', context.deps.clock.now());
  }

  @FieldResolver(() => String, { nullable: true, description: 'A signed link to a small image of it (images only)' })
  thumbnailUrl(@Root() attachment: AttachmentRow, @Ctx() context: Context): string | null {
    return attachment.thumbnailKey ? context.deps.files.urls.url(attachment.id, 'thumb', context.deps.clock.now()) : null;
  }

  @FieldResolver(() => UserObject, { nullable: true, description: 'Null for a file the portal made' })
  uploadedBy(@Root() attachment: Attachment, @Ctx() context: Context) {
    return !isPlainObject(attachment) && attachment.uploadedBy ? context.loaders.user.load(attachment.uploadedBy.id) : null;
  }
}

@Resolver(() => ServiceJobObject)
export class JobAttachmentsResolver {
  @FieldResolver(() => [AttachmentObject], { description: 'Photos, documents and signatures of the case file, oldest first' })
  attachments(@Root() job: ServiceJob, @Ctx() context: Context) {
    return context.loaders.attachmentsByJob.load(job.id);
  }
}
