import express from 'express';
import busboy from 'busboy';
import type { Logger } from 'pino';
import { buildContext, scopeOf, type AppDeps } from '../../context.js';
import { Attachment } from './attachment.entity.js';
import { uploadAttachment, type Upload } from './files.service.js';
import type { FileVariant } from './files.enums.js';
import { AppError, ErrorCode } from '../../shared/errors.js';
import { isUuid } from '../../shared/scope.js';

/** The largest file POST /uploads takes (GraphQL bodies keep their 1 MB). */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** What a client may send past the limit before we stop reading and close the connection. */
const DRAIN_LIMIT_BYTES = 4 * 1024 * 1024;
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.INVALID_TRANSITION]: 409,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/**
 * `POST /uploads` (bearer token, multipart: `jobId`, `kind`, for a signature `signerName`, and one
 * `file` of up to 15 MB; answers 201 `{ id }`) and `GET /files/<id>?v=&exp=&sig=` (a signed URL
 * from `Attachment.url`). Errors are JSON the way GraphQL's are: `{ errors: [{ message, extensions: { code } }] }`.
 */
export function filesRouter(deps: AppDeps): express.Router {
  const router = express.Router();
  router.post('/uploads', (req, res) => void upload(deps, req, res));
  router.get('/files/:id', (req, res) => void serve(deps, req, res));
  return router;
}

async function upload(deps: AppDeps, req: express.Request, res: express.Response): Promise<void> {
  try {
    const context = await buildContext(deps, { authorization: req.headers.authorization, clientAddress: req.ip, log: req.log });
    const scope = scopeOf(context);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES) return refuseTooLarge(req, res);
    const form = await readForm(req);
    if (form === 'too large') return refuseTooLarge(req, res);
    const attachment = await uploadAttachment(scope, deps.files.storage, form);
    res.status(201).json({ id: attachment.id });
  } catch (error) {
    answerError(res, error, req.log);
  }
}

/** The form's fields and its one file, buffered (at most 15 MB); 'too large' when the file passes the limit. */
function readForm(req: express.Request): Promise<Upload | 'too large'> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 1024, parts: 12 } });
    } catch {
      return reject(new AppError(ErrorCode.BAD_USER_INPUT, 'Send the file as multipart/form-data'));
    }
    const fields: Record<string, string> = {};
    let bytes: Buffer | null = null;
    let tooLarge = false;
    parser.on('field', (name, value) => void (fields[name] = value));
    parser.on('file', (name, stream) => {
      if (name !== 'file' || bytes) return void stream.resume();
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        tooLarge = true;
        req.unpipe(parser);
        resolve('too large');
      });
      stream.on('end', () => void (bytes = Buffer.concat(chunks)));
    });
    parser.on('error', () => reject(new AppError(ErrorCode.BAD_USER_INPUT, 'The multipart form could not be read')));
    parser.on('close', () => {
      if (tooLarge) return;
      if (!bytes || bytes.length === 0) return reject(new AppError(ErrorCode.BAD_USER_INPUT, 'The form has no file (field "file")', { field: 'file' }));
      resolve({ jobId: fields.jobId ?? '', kind: fields.kind ?? '', signerName: fields.signerName ?? null, bytes });
    });
    req.pipe(parser);
  });
}

/** 413 once the client has stopped sending (so it reads the answer), or at once with the connection closed when it sends on and on. */
function refuseTooLarge(req: express.Request, res: express.Response): void {
  const answer = () =>
    res.headersSent ||
    res.status(413).json({ errors: [{ message: `A file may have at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  if (req.readableEnded) return void answer();
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > MAX_UPLOAD_BYTES + DRAIN_LIMIT_BYTES) {
      res.setHeader('Connection', 'close');
      answer();
      req.destroy();
    }
  });
  req.on('end', answer);
  req.resume();
}

async function serve(deps: AppDeps, req: express.Request, res: express.Response): Promise<void> {
  try {
    const id = String(req.params.id);
    const variant = req.query.v === 'thumb' ? 'thumb' : req.query.v === 'full' ? 'full' : null;
    const expires = Number(req.query.exp);
    const signature = typeof req.query.sig === 'string' ? req.query.sig : '';
    if (!isUuid(id) || !variant || !Number.isInteger(expires) || !deps.files.urls.verify({ id, variant, expires }, signature)) {
      throw new AppError(ErrorCode.FORBIDDEN, 'This file link is not valid');
    }
    const remaining = expires - Math.floor(deps.clock.now().getTime() / 1000);
    if (remaining <= 0) throw new AppError(ErrorCode.FORBIDDEN, 'This file link has expired: reload the page for a fresh one', { reason: 'EXPIRED' });
    const attachment = await deps.orm.em.fork().findOne(Attachment, id);
    const file = attachment && fileOf(attachment, variant);
    const bytes = file && (await deps.files.storage.get(file.key));
    if (!attachment || !file || !bytes) throw new AppError(ErrorCode.NOT_FOUND, 'File not found');
    // The bytes of an id never change: the browser may keep them as long as the link is valid.
    const etag = `"${id}.${variant}"`;
    res.setHeader('Cache-Control', `private, max-age=${remaining}, immutable`);
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', bytes.length);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    const name = `${attachment.kind.toLowerCase()}-${id.slice(0, 8)}${variant === 'thumb' ? '-thumb' : ''}.${extension(file.contentType)}`;
    res.setHeader('Content-Disposition', `${file.contentType.startsWith('image/') ? 'inline' : 'attachment'}; filename="${name}"`);
    res.end(bytes);
  } catch (error) {
    answerError(res, error, req.log);
  }
}

function fileOf(attachment: Attachment, variant: FileVariant): { key: string; contentType: string } | null {
  if (variant === 'full') return { key: attachment.storageKey, contentType: attachment.contentType };
  return attachment.thumbnailKey ? { key: attachment.thumbnailKey, contentType: attachment.thumbnailContentType ?? 'image/webp' } : null;
}

const extension = (contentType: string): string => contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'bin';

function answerError(res: express.Response, error: unknown, log: Logger): void {
  if (res.headersSent) return;
  if (error instanceof AppError) {
    const unsupported = error.code === ErrorCode.BAD_USER_INPUT && error.extensions.reason === 'UNSUPPORTED_MEDIA_TYPE';
    const status = unsupported ? 415 : (STATUS[error.code] ?? 400);
    res.status(status).json({ errors: [{ message: error.message, extensions: error.extensions }] });
    return;
  }
  log.error({ err: error }, 'file route failed');
  res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
