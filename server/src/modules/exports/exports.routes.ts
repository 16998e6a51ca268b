import express from 'express';
import type { Logger } from 'pino';
import { buildContext, scopeOf, type AppDeps } from '../../context.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import { claimExport, statementExport } from './exports.service.js';
import { claimsCsv } from './claims.csv.js';
import { renderClaimPdf, renderStatementPdf } from './claims.pdf.js';

/**
 * `GET /exports/statement.csv|.pdf?partnerId=&from=&to=` and `GET /exports/claims/<id>.csv|.pdf`:
 * a partner's reimbursement statement and one claim as files, with a bearer token as /uploads
 * takes it. What the viewer may not read answers 404, as the GraphQL reads answer null.
 */
export function exportsRouter(deps: AppDeps): express.Router {
  const router = express.Router();
  router.get('/exports/statement.:format', (req, res) => void exportStatement(deps, req, res));
  router.get('/exports/claims/:file', (req, res) => void exportClaim(deps, req, res));
  return router;
}

type Format = 'csv' | 'pdf';

async function exportStatement(deps: AppDeps, req: express.Request, res: express.Response): Promise<void> {
  try {
    const format = formatOf(String(req.params.format));
    const scope = scopeOf(await buildContext(deps, { authorization: req.headers.authorization, clientAddress: req.ip, log: req.log }));
    const from = dateOf(req.query.from, 'from');
    const to = dateOf(req.query.to, 'to');
    const statement = await statementExport(scope, String(req.query.partnerId ?? ''), from, to);
    const name = `statement-${slug(statement.partner)}-${from.toISOString().slice(0, 10)}-${to.toISOString().slice(0, 10)}`;
    if (format === 'csv') send(res, claimsCsv(statement.claims), 'text/csv; charset=utf-8', `${name}.csv`);
    else send(res, await renderStatementPdf(statement, deps.clock.now()), 'application/pdf', `${name}.pdf`);
  } catch (error) {
    answerError(res, error, req.log);
  }
}

async function exportClaim(deps: AppDeps, req: express.Request, res: express.Response): Promise<void> {
  try {
    const file = String(req.params.file);
    const dot = file.lastIndexOf('.');
    const format = formatOf(dot < 0 ? '' : file.slice(dot + 1));
    const scope = scopeOf(await buildContext(deps, { authorization: req.headers.authorization, clientAddress: req.ip, log: req.log }));
    const claim = await claimExport(scope, file.slice(0, dot));
    if (format === 'csv') send(res, claimsCsv([claim]), 'text/csv; charset=utf-8', `claim-${slug(claim.number)}.csv`);
    else send(res, await renderClaimPdf(claim, deps.clock.now()), 'application/pdf', `claim-${slug(claim.number)}.pdf`);
  } catch (error) {
    answerError(res, error, req.log);
  }
}

function formatOf(text: string): Format {
  if (text === 'csv' || text === 'pdf') return text;
  throw new AppError(ErrorCode.NOT_FOUND, 'Exports are .csv or .pdf');
}

function dateOf(value: unknown, field: string): Date {
  const date = typeof value === 'string' ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw badInput(`${field}: an ISO 8601 date-time is required`, { field });
  return date;
}

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[^\w-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase() || 'export';

function send(res: express.Response, body: string | Buffer, contentType: string, filename: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(body);
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  // Not allowed to see it answers as if it were not there.
  [ErrorCode.FORBIDDEN]: 404,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

function answerError(res: express.Response, error: unknown, log: Logger): void {
  if (res.headersSent) return;
  if (error instanceof AppError) {
    const status = STATUS[error.code] ?? 400;
    const code = status === 404 ? ErrorCode.NOT_FOUND : error.code;
    const message = status === 404 ? 'Not found' : error.message;
    res.status(status).json({ errors: [{ message, extensions: { ...error.extensions, code } }] });
    return;
  }
  log.error({ err: error }, 'export failed');
  res.status(500).json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
}
