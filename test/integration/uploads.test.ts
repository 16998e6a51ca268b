import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import exifReader from 'exif-reader';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { errorCode, until } from '../support/graphql-client.js';
import { readPdf } from '../support/pdf.js';
import { pdfBytes, photoJpeg, signaturePng } from '../support/images.js';

const network = useNetwork({ partners: 2, capacity: 50, minPhotos: 2, requiresSignature: true, rival: { partners: 1, capacity: 50 } });
const MINUTE = 60_000;

const ATTACHMENTS = graphql(`
  query UploadsAttachments($id: ID!) {
    job(id: $id) { id attachments { id kind contentType byteSize width height signerName signedAt createdAt uploadedBy { id } url thumbnailUrl } }
  }
`);
const SET_STANDARD = graphql(`
  mutation UploadsSetStandard($i: QualityStandardInput!) { setQualityStandard(input: $i) { id minPhotos keepPhotoLocation requiresPhoto } }
`);

const attachmentsOf = async (jobId: string, actor = network.net.partners[0].tech) =>
  (await network.api.ok(actor, ATTACHMENTS, { id: jobId })).job?.attachments ?? [];
const fetchFile = (path: string, headers: Record<string, string> = {}) => fetch(`${network.server.url}${path}`, { headers });

describe('POST /uploads and the signed file URLs', () => {
  it('takes a real JPEG, re-encodes it without its location, thumbnails it and serves both through signed URLs', async () => {
    const { api, net } = network;
    const tech = net.partners[0].tech;
    const { job } = await api.startedJob(net);
    const original = await photoJpeg({ gps: true });
    expect(exifReader((await sharp(original).metadata()).exif!).GPSInfo?.GPSLatitude).toEqual([48, 8, 14]);

    const id = await api.uploadOk(tech, job.id, 'PHOTO', original, { filename: 'IMG_0001.JPG', contentType: 'image/jpeg' });
    const [photo] = await attachmentsOf(job.id);
    expect(photo).toMatchObject({ id, kind: 'PHOTO', contentType: 'image/jpeg', width: 800, height: 600, signerName: null, uploadedBy: { id: tech.id } });
    expect(photo.url).toMatch(new RegExp(`^/files/${id}\\?v=full&exp=\\d+&sig=[\\w-]+$`));

    const full = await fetchFile(photo.url);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('image/jpeg');
    expect(full.headers.get('x-content-type-options')).toBe('nosniff');
    expect(full.headers.get('content-disposition')).toMatch(/^inline; filename="photo-[0-9a-f]{8}\.jpg"$/);
    expect(full.headers.get('cache-control')).toMatch(/^private, max-age=\d+, immutable$/);
    const maxAge = Number(/max-age=(\d+)/.exec(full.headers.get('cache-control')!)![1]);
    expect(maxAge).toBeGreaterThan(5 * 60);
    expect(maxAge).toBeLessThanOrEqual(15 * 60);
    const bytes = Buffer.from(await full.arrayBuffer());
    expect(bytes.length).toBe(photo.byteSize);
    const stored = await sharp(bytes).metadata();
    expect(stored.format).toBe('jpeg');
    expect(stored.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from('TestPhone'))).toBe(false);

    const etag = full.headers.get('etag')!;
    expect((await fetchFile(photo.url, { 'if-none-match': etag })).status).toBe(304);

    const thumb = await fetchFile(photo.thumbnailUrl!);
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const thumbMeta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(Math.max(thumbMeta.width!, thumbMeta.height!)).toBe(320);
  });

  it('keeps the location when the standard says so', async () => {
    const { api, net } = network;
    const keep = (value: boolean) =>
      api.ok(net.admin, SET_STANDARD, {
        i: {
          productLineId: net.productLineId,
          jobType: 'REPAIR',
          responseMinutes: 120,
          resolutionMinutes: 1440,
          checklist: net.checklist.map((id) => ({ id, label: id })),
          requiredReportFields: ['resolution', 'failureCode'],
          requiresSignature: true,
          keepPhotoLocation: value,
          laborRateCeiling: { amount: '90.00', currency: 'EUR' },
          maxLaborMinutes: 240,
        },
      });
    // An existing standard keeps its photo count when neither minPhotos nor requiresPhoto is sent.
    expect((await keep(true)).setQualityStandard).toMatchObject({ minPhotos: 2, keepPhotoLocation: true, requiresPhoto: true });
    try {
      const { job } = await api.startedJob(net);
      await api.uploadOk(net.partners[0].tech, job.id, 'PHOTO', await photoJpeg({ gps: true }));
      const [photo] = await attachmentsOf(job.id);
      const stored = await sharp(Buffer.from(await (await fetchFile(photo.url)).arrayBuffer())).metadata();
      expect(exifReader(stored.exif!).GPSInfo?.GPSLongitude).toEqual([11, 34, 31]);
    } finally {
      await keep(false);
    }
  });

  it('takes a PDF as a document, served as a download without a thumbnail', async () => {
    const { api, net } = network;
    const { job } = await api.startedJob(net);
    const id = await api.uploadOk(net.partners[0].admin, job.id, 'DOCUMENT', pdfBytes(), { filename: 'quote.pdf' });
    const [document] = await attachmentsOf(job.id);
    expect(document).toMatchObject({
      id,
      kind: 'DOCUMENT',
      contentType: 'application/pdf',
      width: null,
      thumbnailUrl: null,
      uploadedBy: { id: net.partners[0].admin.id },
    });
    const response = await fetchFile(document.url);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="document-[0-9a-f]{8}\.pdf"$/);
    expect(Buffer.from(await response.arrayBuffer()).equals(pdfBytes())).toBe(true);
  });

  it('judges the type by content: a text file named and declared as a JPEG, a PDF sent as a photo, a JPEG as a document, a truncated image, an unknown kind, a signature without a name', async () => {
    const { api, net } = network;
    const tech = net.partners[0].tech;
    const { job } = await api.startedJob(net);
    const fake = await api.upload(tech, job.id, 'PHOTO', Buffer.from('<html><script>alert(1)</script></html>'), {
      filename: 'holiday.jpg',
      contentType: 'image/jpeg',
    });
    expect(fake.status).toBe(415);
    expect(fake.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(fake.body.errors?.[0].message).toMatch(/must be a JPEG, PNG, WebP or AVIF image; this file is of an unknown type/);
    const pdfAsPhoto = await api.upload(tech, job.id, 'PHOTO', pdfBytes(), { filename: 'photo.jpg', contentType: 'image/jpeg' });
    expect(pdfAsPhoto.status).toBe(415);
    expect(pdfAsPhoto.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', detected: 'application/pdf' });
    const jpegAsDocument = await api.upload(tech, job.id, 'DOCUMENT', await photoJpeg());
    expect(jpegAsDocument.status).toBe(415);
    const truncated = await api.upload(tech, job.id, 'PHOTO', (await photoJpeg()).subarray(0, 400));
    expect(truncated.status).toBe(400);
    expect(truncated.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badKind = await api.upload(tech, job.id, 'VIDEO' as 'PHOTO', await photoJpeg());
    expect([badKind.status, badKind.body.errors?.[0].extensions?.code]).toEqual([400, 'BAD_USER_INPUT']);
    const unsigned = await api.upload(tech, job.id, 'SIGNATURE', await signaturePng());
    expect([unsigned.status, unsigned.body.errors?.[0].extensions?.field]).toEqual([400, 'signerName']);
    expect(await attachmentsOf(job.id)).toEqual([]);
  });

  it('refuses a file over 15 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const { api, net } = network;
    const { job } = await api.startedJob(net);
    const big = Buffer.alloc(15 * 1024 * 1024 + 1, 0xff);
    const answer = await api.upload(net.partners[0].tech, job.id, 'PHOTO', big);
    expect(answer.status).toBe(413);
    expect(answer.body.errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await attachmentsOf(job.id)).toEqual([]);
  });

  it('lets only whoever works the job upload; others get what GraphQL would answer', async () => {
    const { api, net, rival } = network;
    const { job } = await api.startedJob(net);
    const photo = await photoJpeg();
    const status = async (actor: Parameters<typeof api.upload>[0]) => {
      const answer = await api.upload(actor, job.id, 'PHOTO', photo);
      return [answer.status, answer.body.errors?.[0]?.extensions?.code ?? (answer.body.id ? 'OK' : undefined)];
    };
    expect(await status(undefined)).toEqual([401, 'UNAUTHENTICATED']);
    expect(await status(net.dispatcher)).toEqual([403, 'FORBIDDEN']);
    expect(await status(net.auditor)).toEqual([403, 'FORBIDDEN']);
    expect(await status(net.partners[1].admin)).toEqual([404, 'NOT_FOUND']);
    expect(await status(net.partners[1].tech)).toEqual([404, 'NOT_FOUND']);
    expect(await status(rival.partners[0].tech)).toEqual([404, 'NOT_FOUND']);
    expect(await status(rival.admin)).toEqual([404, 'NOT_FOUND']);
    expect((await api.upload(net.partners[0].tech, '00000000-0000-4000-8000-000000000000', 'PHOTO', photo)).status).toBe(404);
    expect((await api.upload(net.partners[0].tech, 'not-a-uuid', 'PHOTO', photo)).status).toBe(404);
    expect(await status(net.partners[0].admin)).toEqual([201, 'OK']);
    expect(await status(net.partners[0].tech)).toEqual([201, 'OK']);

    // Who sees the job sees its attachments and their URLs; who does not, gets no job at all.
    expect(await attachmentsOf(job.id, net.dispatcher)).toHaveLength(2);
    expect((await api.ok(net.partners[1].admin, ATTACHMENTS, { id: job.id })).job).toBeNull();
    expect((await api.ok(rival.admin, ATTACHMENTS, { id: job.id })).job).toBeNull();
  });

  it('signs a URL for one variant of one attachment, for a while: it opens nothing else and expires', async () => {
    const { api, net, rival, server } = network;
    const { job } = await api.startedJob(net);
    const { job: other } = await api.startedJob(rival, rival.partners[0], rival.warrantySerial);
    await api.uploadOk(net.partners[0].tech, job.id, 'PHOTO', await photoJpeg({ hue: 10 }));
    const otherId = await api.uploadOk(rival.partners[0].tech, other.id, 'PHOTO', await photoJpeg({ hue: 90 }));
    const [photo] = await attachmentsOf(job.id);
    expect((await fetchFile(photo.url)).status).toBe(200);

    const forbidden = async (path: string) => {
      const response = await fetchFile(path);
      return [response.status, ((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code];
    };
    // The same signature on another job's attachment, on the other variant, or with another expiry.
    expect(await forbidden(photo.url.replace(photo.id, otherId))).toEqual([403, 'FORBIDDEN']);
    expect(await forbidden(photo.url.replace('v=full', 'v=thumb'))).toEqual([403, 'FORBIDDEN']);
    expect(await forbidden(photo.url.replace(/exp=(\d+)/, (_m, exp) => `exp=${Number(exp) + 3600}`))).toEqual([403, 'FORBIDDEN']);
    expect(await forbidden(photo.url.replace(/sig=[\w-]+/, 'sig='))).toEqual([403, 'FORBIDDEN']);
    expect(await forbidden(`/files/${photo.id}`)).toEqual([403, 'FORBIDDEN']);

    // Past its expiry (at most 15 minutes), the URL no longer opens; a fresh read signs a new one.
    server.clock.advance(16 * MINUTE);
    const expired = await fetchFile(photo.url);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason).toBe('EXPIRED');
    const [fresh] = await attachmentsOf(job.id);
    expect(fresh.url).not.toBe(photo.url);
    expect((await fetchFile(fresh.url)).status).toBe(200);
  });
});

const COMPLETE = graphql(`
  mutation UploadsComplete($input: CompleteJobInput!) { completeJob(input: $input) { id status } }
`);

describe('the quality gate counts real evidence', () => {
  it('wants photos of this job uploaded since it started and a drawn signature; strings and foreign ids do not count', async () => {
    const { api, net, rival } = network;
    const tech = net.partners[0].tech;
    const { job } = await api.assignedJob(net);
    const schedule = await api.schedule(net.partners[0].admin, job.id, tech.id);
    expect(schedule.errors).toBeUndefined();
    // A photo before the work started is kept, but is no evidence of the work.
    const early = await api.uploadOk(tech, job.id, 'PHOTO', await photoJpeg({ hue: 0 }));
    expect((await api.start(tech, job.id)).errors).toBeUndefined();
    const { job: rivalJob } = await api.startedJob(rival, rival.partners[0], rival.warrantySerial);
    const foreign = await api.uploadOk(rival.partners[0].tech, rivalJob.id, 'PHOTO', await photoJpeg({ hue: 50 }));
    const { job: sibling } = await api.startedJob(net);
    const siblingPhoto = await api.uploadOk(tech, sibling.id, 'PHOTO', await photoJpeg({ hue: 70 }));

    const report = {
      jobId: job.id,
      resolution: 'Replaced the valve',
      failureCode: 'E-MECH',
      checklist: net.checklist.map((itemId) => ({ itemId, done: true })),
    };
    const complete = (extra: Record<string, unknown>) => api.call(tech, COMPLETE, { input: { ...report, ...extra } });

    const strings = await complete({
      photoUrls: ['https://files.example.invalid/a.jpg', 'https://files.example.invalid/b.jpg'],
      customerSignature: 'A. Customer',
    });
    expect(errorCode(strings)).toBe('QUALITY_GATE_FAILED');
    expect(strings.errors?.[0].extensions?.missing).toEqual([
      { kind: 'PHOTO', id: 'photo', label: 'At least 2 photos taken during the work (0 so far)', code: 'gate.photos', params: { required: 2, taken: 0 } },
      { kind: 'SIGNATURE', id: 'signature', label: "The customer's drawn signature", code: 'gate.signature', params: {} },
    ]);

    const during = [await api.uploadOk(tech, job.id, 'PHOTO', await photoJpeg({ hue: 120 }))];
    const signature = await api.uploadOk(tech, job.id, 'SIGNATURE', await signaturePng(), { signerName: 'Dana Customer' });
    expect(errorCode(await complete({ photoIds: [...during, foreign], signatureId: signature }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await complete({ photoIds: [...during, siblingPhoto], signatureId: signature }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await complete({ photoIds: [...during, signature], signatureId: signature }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await complete({ photoIds: during, signatureId: during[0] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await complete({ photoIds: ['nonsense'], signatureId: signature }))).toBe('BAD_USER_INPUT');

    const tooFew = await complete({ photoIds: [early, ...during], signatureId: signature });
    expect(tooFew.errors?.[0].extensions?.missing).toEqual([
      { kind: 'PHOTO', id: 'photo', label: 'At least 2 photos taken during the work (1 so far)', code: 'gate.photos', params: { required: 2, taken: 1 } },
    ]);

    during.push(await api.uploadOk(tech, job.id, 'PHOTO', await photoJpeg({ hue: 160 })));
    const done = await complete({ photoIds: during, signatureId: signature, photoUrls: ['https://legacy.example/x.jpg'] });
    expect(done.errors).toBeUndefined();
    expect(done.data?.completeJob.status).toBe('COMPLETED');

    // The service report follows the completion, made in the background from this evidence.
    await until(async () => (await attachmentsOf(job.id, net.dispatcher)).some((a) => a.kind === 'REPORT'), 20_000, 'the service report');
    const attachments = await attachmentsOf(job.id, net.dispatcher);
    expect(attachments.map((a) => a.kind)).toEqual(['PHOTO', 'PHOTO', 'SIGNATURE', 'PHOTO', 'REPORT']);
    const serviceReport = attachments.find((a) => a.kind === 'REPORT')!;
    expect(serviceReport).toMatchObject({ contentType: 'application/pdf', uploadedBy: null, thumbnailUrl: null });
    const pdf = await fetchFile(serviceReport.url);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const read = readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(read.text).toContain('Dana Customer');
    expect(read.text).toContain('Replaced the valve');
    // The two photos of the work and the one before it, and the signature.
    expect(read.images).toBe(4);
    expect(attachments.find((a) => a.kind === 'SIGNATURE')).toMatchObject({ signerName: 'Dana Customer', contentType: 'image/png' });
    expect(attachments.find((a) => a.kind === 'SIGNATURE')?.signedAt).toBeTruthy();
    // Once completed, the evidence is closed.
    const late = await api.upload(tech, job.id, 'PHOTO', await photoJpeg());
    expect([late.status, late.body.errors?.[0].extensions?.code]).toEqual([409, 'INVALID_TRANSITION']);
  });
});
