import type { MessageId, MessageValues } from '../../i18n';

/** Why an upload failed: too large, refused by the server (its own words, shown as they are), or an HTTP status without words. */
export class UploadFailure extends Error {
  constructor(
    readonly reason: 'tooLarge' | 'refused' | 'status',
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** POST /uploads: one file for a job, or a certificate of the organization (jobId '') (multipart, the bearer token as for /graphql); the attachment's id, or an UploadFailure. */
export async function uploadFile(
  token: string | null,
  jobId: string,
  kind: 'PHOTO' | 'SIGNATURE' | 'DOCUMENT' | 'CERTIFICATE',
  file: Blob,
  signerName?: string,
): Promise<string> {
  const form = new FormData();
  form.set('jobId', jobId);
  form.set('kind', kind);
  if (signerName) form.set('signerName', signerName);
  form.set('file', file, file instanceof File ? file.name : `${kind.toLowerCase()}.png`);
  const response = await fetch('/uploads', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await response.json().catch(() => ({}))) as { id?: string; errors?: { message: string; extensions?: { code?: string } }[] };
  if (response.ok && body.id) return body.id;
  const code = body.errors?.[0]?.extensions?.code;
  if (code === 'PAYLOAD_TOO_LARGE') throw new UploadFailure('tooLarge', 'The file is larger than 15 MB.');
  const message = body.errors?.[0]?.message;
  throw message ? new UploadFailure('refused', message) : new UploadFailure('status', `The upload failed (${response.status}).`, response.status);
}

/** An upload's failure in the reader's words (`t` from useT); a server's refusal in its own. */
export function describeUpload(failure: unknown, t: (id: MessageId, values?: MessageValues) => string): string {
  if (!(failure instanceof UploadFailure)) return t('work.upload.failed');
  if (failure.reason === 'tooLarge') return t('work.upload.tooLarge', { megabytes: 15 });
  if (failure.reason === 'status') return t('work.upload.failedStatus', { status: String(failure.status) });
  return failure.message;
}
