import { column, timestamp, type PlannedType } from '../../planner/planned-type.js';

/** How the planner reads an attachment; its URLs are signed by the resolver at read time from the planned keys. */
export const FILES_PLANS: Record<string, PlannedType> = {
  Attachment: {
    table: 'attachment',
    fields: {
      id: column('id'),
      kind: column('kind'),
      contentType: column('content_type'),
      byteSize: column('byte_size'),
      width: column('width'),
      height: column('height'),
      signerName: column('signer_name'),
      signedAt: timestamp('signed_at'),
      createdAt: timestamp('created_at'),
      uploadedBy: { one: 'User', join: (row, user) => `${user}.id = ${row}.uploaded_by_id` },
      thumbnailKey: column('thumbnail_key'),
      url: { needs: ['id'] },
      thumbnailUrl: { needs: ['id', 'thumbnailKey'] },
    },
  },
};
