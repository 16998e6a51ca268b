/** What an attachment is: a photo of the work, a document (PDF), or the customer's drawn signature. */
export enum AttachmentKind {
  PHOTO = 'PHOTO',
  DOCUMENT = 'DOCUMENT',
  SIGNATURE = 'SIGNATURE',
  /** The PDF service report the portal makes at completion (modules/report); never uploaded. */
  REPORT = 'REPORT',
  /** A technician's certificate, uploaded by its organization's admin: belongs to the organization, not to a job. */
  CERTIFICATE = 'CERTIFICATE',
}

/** The two forms a file is served in: as stored, or its thumbnail (images only). */
export type FileVariant = 'full' | 'thumb';
