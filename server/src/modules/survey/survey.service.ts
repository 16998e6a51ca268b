import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Survey } from './survey.entity.js';
import { ServiceJob } from '../job/service-job.entity.js';
import { JobStatus } from '../job/job.enums.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { AppError, ErrorCode, badInput, notFound } from '../../shared/errors.js';
import type { Clock } from '../../shared/clock.js';

/** The customer's answer, by the token of their link (the survey opens when the job is closed): no login, one answer per token. */
export async function submitSurvey(em: EntityManager, clock: Clock, token: string, rating: number, comment?: string | null): Promise<Survey> {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) throw badInput('The rating is a whole number from 1 to 5', { field: 'rating' });
  const text = comment?.trim() || null;
  return changeState(em, { at: clock.now(), actorId: null }, async (tx, change) => {
    const job = token ? await tx.findOne(ServiceJob, { customerToken: token }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!job) throw notFound('Survey');
    if (job.status !== JobStatus.CLOSED) throw new AppError(ErrorCode.INVALID_TRANSITION, 'The survey opens once the job is closed.');
    if (await tx.count(Survey, { job: job.id })) throw new AppError(ErrorCode.CONFLICT, 'This survey has already been answered. Thank you!');
    const survey = tx.create(Survey, { job, rating, comment: text, submittedAt: change.at });
    change.emit(EventKind.SURVEY_SUBMITTED, { job }, { rating, comment: text });
    return survey;
  });
}
