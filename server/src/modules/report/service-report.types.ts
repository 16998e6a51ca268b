import type { ReportLocale } from './service-report.format.js';

/**
 * Everything a service report shows, as plain data: no entities, no database, no clock. The
 * renderer is a pure function of it, so it is fast to test and can run wherever the bytes are.
 */
export interface ServiceReportInput {
  /** The recipient's language and the time zone the report's times are shown in. */
  locale: ReportLocale;
  manufacturer: { name: string };
  job: { number: string; type: string; description: string };
  customer: { name: string; email: string | null; phone: string | null } | null;
  site: { address: string; region: string };
  equipment: {
    model: string;
    serial: string;
    productLine: string;
    /** The job's coverage (WARRANTY, CONTRACT, POST_WARRANTY), decided when it was created. */
    coverage: string;
    saleDate: string;
    warrantyEndsAt: Date;
    underContract: boolean;
  };
  partner: { name: string } | null;
  technician: { name: string; email: string } | null;
  times: {
    createdAt: Date;
    acceptedAt: Date | null;
    startedAt: Date | null;
    completedAt: Date | null;
    appointmentAt: Date | null;
  };
  work: { resolution: string; failureCode: string | null; laborMinutes: number | null };
  /** The standard's items in its order, each with the technician's answer (null: not answered). */
  checklist: ReportChecklistItem[];
  parts: ReportPartLine[];
  photos: ReportPhotoInput[];
  signature: ReportSignature | null;
  generatedAt: Date;
}

export interface ReportChecklistItem {
  label: string;
  done: boolean | null;
  note: string | null;
}

/** One line of one of the job's parts requests. */
export interface ReportPartLine {
  sku: string;
  name: string;
  quantity: number;
  /** What the parts desk approved; null while undecided. */
  approvedQuantity: number | null;
  loaner: boolean;
  /** The parts request's status (RECEIVED, SHIPPED, REJECTED, ...). */
  status: string;
}

/** An image as stored: JPEG or PNG bytes (pdfkit reads either by its content). */
export interface ReportPhoto {
  data: Uint8Array;
  caption: string;
}

/** A photo of the work: captioned with when it was taken, in the report's language and zone, unless its caption is given. */
export interface ReportPhotoInput {
  data: Uint8Array;
  takenAt?: Date;
  caption?: string;
}

export interface ReportSignature {
  data: Uint8Array;
  signerName: string;
  signedAt: Date;
}

export interface ReportImages {
  photos: ReportPhotoInput[];
  signature: ReportSignature | null;
}

/**
 * The seam to file storage: the caller says where a job's photos and signature come from (the
 * attachments of its completion), and the report needs nothing else from storage.
 */
export type ReportImageSource = (jobId: string) => Promise<ReportImages>;
