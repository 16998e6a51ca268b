/** POST /uploads: one file for a job (multipart, the bearer token as for /graphql); the attachment's id, or an error in words. */
export async function uploadFile(
  token: string | null,
  jobId: string,
  kind: 'PHOTO' | 'SIGNATURE' | 'DOCUMENT',
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
  if (code === 'PAYLOAD_TOO_LARGE') throw new Error('The file is larger than 15 MB.');
  throw new Error(body.errors?.[0]?.message ?? `The upload failed (${response.status}).`);
}
