import type { EntityManager } from '@mikro-orm/postgresql';
import { Part } from '../catalog/part.entity.js';
import { ClaimLine, ClaimMessage, WarrantyClaim } from '../billing/warranty-claim.entity.js';
import { ClaimLineDecision, ClaimLineKind, ClaimMessageKind, ClaimState, EDITABLE_CLAIM_STATES, isInspectionRejection } from '../billing/claim.enums.js';
import { claimSums, lineAmount, reviewedState } from '../billing/claim-lines.js';
import { EventKind } from '../events/event.enums.js';
import { changeState } from '../events/change.js';
import { ReasonKind } from '../reason/reason.enums.js';
import { reasonCodeFor } from '../reason/reason.service.js';
import { claimScope, findVisibleClaim } from './claim-access.js';
import { limitFacts, lineLimit, type LimitFacts } from './claim-limits.js';
import type { ClaimLineDecisionInput, ClaimLineInput } from './claim.types.js';
import type { ClaimSettings } from '../../config.js';
import { AppError, ErrorCode, badInput } from '../../shared/errors.js';
import { Dec, formatAmount, isAbove, money, parseMoney, type Money } from '../../shared/money.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import type { FilterQuery } from '@mikro-orm/core';

const DAY_MS = 86_400_000;
const LINES_MAX = 100;
const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;

/** One claim the viewer sees, or null. */
export async function getClaim({ em, viewer }: Scope, id: string): Promise<WarrantyClaim | null> {
  return isUuid(id) ? em.findOne(WarrantyClaim, { $and: [{ id }, claimScope(viewer)] }) : null;
}

/** Claims the viewer sees, newest first; a partner filter and states narrow them. */
export async function listClaims(
  { em, viewer }: Scope,
  filter: { partnerId?: string | null; states?: ClaimState[] | null; first?: number | null },
): Promise<WarrantyClaim[]> {
  const where: FilterQuery<WarrantyClaim>[] = [claimScope(viewer)];
  if (filter.partnerId) {
    if (!isUuid(filter.partnerId)) return [];
    where.push({ partner: filter.partnerId });
  }
  if (filter.states && filter.states.length > 0) where.push({ state: { $in: filter.states } });
  const limit = Math.min(Math.max(filter.first ?? 50, 1), 500);
  return em.find(WarrantyClaim, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit });
}

function assertEditable(claim: WarrantyClaim, verb: string): void {
  if (!EDITABLE_CLAIM_STATES.includes(claim.state)) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${verb} a ${claim.state} claim: only a DRAFT or SENT_BACK claim`, { state: claim.state });
  }
}

/**
 * The partner replaces its claim's lines (DRAFT or SENT_BACK only): labour, parts shipped or from
 * its own stock with serials, travel. Each line is checked for what it names (a part of the
 * manufacturer's catalogue, a shipped parts-request line of this job, the price list's currency);
 * prices are checked against their limits when the claim is submitted.
 */
export async function updateClaim(scope: Scope, claimId: string, inputs: ClaimLineInput[]): Promise<WarrantyClaim> {
  const { em, viewer, clock } = scope;
  if (inputs.length === 0) throw badInput('A claim needs at least one line', { field: 'lines' });
  if (inputs.length > LINES_MAX) throw badInput(`A claim has at most ${LINES_MAX} lines`, { field: 'lines' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx) => {
    const claim = await findVisibleClaim(tx, viewer, claimId, true);
    assertEditable(claim, 'change');
    const facts = (await limitFacts(tx, [claim.id])).get(claim.id)!;
    const lines = [];
    for (const [i, input] of inputs.entries()) lines.push(await lineFrom(tx, claim, input, i, facts));
    claim.lines.removeAll();
    for (const line of lines) claim.lines.add(tx.create(ClaimLine, { ...line, claim }));
    claim.updatedAt = clock.now();
    return claim;
  });
}

/** A line's columns from its input; BAD_USER_INPUT naming `lines[i].<field>` for what does not fit. */
async function lineFrom(tx: EntityManager, claim: WarrantyClaim, input: ClaimLineInput, i: number, facts: LimitFacts) {
  const field = (name: string) => `lines[${i}].${name}`;
  const serials = { faultySerial: input.faultySerial?.trim() || null, replacementSerial: input.replacementSerial?.trim() || null };
  const priced = (given: Money | null, fallback: Money | null, currency: string, what: string): Money => {
    const price = given ?? fallback;
    if (!price) throw badInput(`${field('unitPrice')}: ${what} needs a unit price`, { field: field('unitPrice') });
    if (price.currency !== currency) {
      throw badInput(`${field('unitPrice')}: ${what} is claimed in ${currency}, the price list's currency (amounts are never converted)`, {
        field: field('unitPrice'),
      });
    }
    return price;
  };
  const given = input.unitPrice ? parseMoney(input.unitPrice.amount, input.unitPrice.currency, field('unitPrice')) : null;
  const base = { position: i + 1, kind: input.kind, ownStock: false, faultySerial: null, replacementSerial: null, minutes: null };
  if (input.kind !== ClaimLineKind.PART && (input.partId || input.partsRequestLineId || serials.faultySerial || serials.replacementSerial)) {
    throw badInput(`${field('partId')}: only a PART line names a part and its serials`, { field: field('partId') });
  }
  if (input.kind === ClaimLineKind.LABOR) {
    if (input.minutes == null) throw badInput(`${field('minutes')}: a LABOR line needs its minutes`, { field: field('minutes') });
    const unitPrice = priced(given, facts.labor, facts.labor.currency, 'labour');
    const quantity = new Dec(input.minutes).dividedBy(60).toDecimalPlaces(3);
    return {
      ...base,
      description: input.description?.trim() || 'Labour',
      minutes: input.minutes,
      quantity: quantity.toString(),
      ...stored(unitPrice, lineAmount({ kind: input.kind, quantity, minutes: input.minutes, unitPrice })),
    };
  }
  const quantity = parseQuantity(input.quantity, field('quantity'));
  if (input.kind === ClaimLineKind.TRAVEL) {
    if (quantity && !quantity.equals(1)) throw badInput(`${field('quantity')}: travel is claimed once per line`, { field: field('quantity') });
    const unitPrice = priced(given, null, facts.partnerCurrency, 'travel');
    return {
      ...base,
      description: input.description?.trim() || 'Travel',
      quantity: '1',
      ...stored(unitPrice, lineAmount({ kind: input.kind, quantity: new Dec(1), minutes: null, unitPrice })),
    };
  }
  const part = input.partId && isUuid(input.partId) ? await tx.findOne(Part, { id: input.partId, manufacturer: claim.manufacturer.id }) : null;
  if (!part) throw badInput(`${field('partId')}: a PART line names a part of the manufacturer's catalogue`, { field: field('partId') });
  const shipped = input.partsRequestLineId ? await shippedLine(tx, claim, input.partsRequestLineId, part.id, field('partsRequestLineId')) : null;
  const count = quantity ?? new Dec(shipped?.approved_quantity ?? 1);
  const unitPrice = priced(given, money(part.listPrice, part.currency), part.currency, `part ${part.sku}`);
  return {
    ...base,
    ...serials,
    description: input.description?.trim() || `${part.sku} ${part.name}`,
    part,
    partsRequestLine: shipped ? tx.getReference(tx.getMetadata().getByClassName('PartsRequestLine').class, shipped.id) : null,
    ownStock: !shipped,
    quantity: count.toString(),
    ...stored(unitPrice, lineAmount({ kind: input.kind, quantity: count, minutes: null, unitPrice })),
  };
}

const stored = (unitPrice: Money, amount: Money) => ({ unitPrice: formatAmount(unitPrice), currency: unitPrice.currency, amount: formatAmount(amount) });

function parseQuantity(text: string | null | undefined, field: string): Dec | null {
  if (text == null) return null;
  if (!QUANTITY.test(text) || new Dec(text).isZero()) throw badInput(`${field}: "${text}" is not a positive quantity like 2 or 1.5`, { field });
  return new Dec(text);
}

/** A parts-request line the manufacturer shipped for this claim's job, for this part. */
async function shippedLine(tx: EntityManager, claim: WarrantyClaim, lineId: string, partId: string, field: string) {
  const [row] = isUuid(lineId)
    ? await tx.execute<{ id: string; approved_quantity: number }[]>(
        `select l.id, l.approved_quantity from parts_request_line l join parts_request r on r.id = l.request_id
          where l.id = ? and l.part_id = ? and r.job_id = ? and r.status in ('SHIPPED', 'RECEIVED')`,
        [lineId, partId, claim.job.id],
      )
    : [];
  if (!row) throw badInput(`${field}: not a line of this job's shipped parts requests for this part`, { field });
  return row;
}

/**
 * DRAFT or SENT_BACK → SUBMITTED. Every line is checked against its limit (a part's list price,
 * labour's charged rate, CLAIM_TRAVEL_CEILING): PRICE_ABOVE_LIST names the lines above it. After
 * a send-back the partner's answer is required and joins the conversation. The review deadline is
 * set from this submission.
 */
export async function submitClaim(scope: Scope, claimId: string, answer: string | null | undefined, settings: ClaimSettings): Promise<WarrantyClaim> {
  const { em, viewer, clock } = scope;
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const claim = await findVisibleClaim(tx, viewer, claimId, true);
    assertEditable(claim, 'submit');
    const lines = claim.lines.getItems();
    if (lines.length === 0) throw badInput('A claim needs at least one line', { field: 'lines' });
    await assertWithinLimits(tx, claim, lines, settings);
    const text = answer?.trim() ?? '';
    const from = claim.state;
    if (from === ClaimState.SENT_BACK) {
      if (!text) throw badInput('Answer the reviewer’s question to resubmit', { field: 'answer' });
      tx.create(ClaimMessage, { claim, author: viewer.userId, kind: ClaimMessageKind.ANSWER, text, createdAt: change.at });
    } else if (text) {
      throw badInput('An answer is given only to a claim sent back', { field: 'answer' });
    }
    claim.state = ClaimState.SUBMITTED;
    claim.submittedAt = change.at;
    claim.reviewDueAt = new Date(change.at.getTime() + settings.reviewDays * DAY_MS);
    claim.updatedAt = change.at;
    const sums = claimSums(lines, claim.partner.currency);
    change.emit(
      EventKind.CLAIM_SUBMITTED,
      { claim },
      {
        ...step(claim, from),
        claimed: sums.claimed.map(moneyData),
        reviewDueAt: claim.reviewDueAt.toISOString(),
        answer: text || null,
      },
    );
    return claim;
  });
}

async function assertWithinLimits(tx: EntityManager, claim: WarrantyClaim, lines: ClaimLine[], settings: ClaimSettings): Promise<void> {
  const facts = (await limitFacts(tx, [claim.id])).get(claim.id)!;
  const partIds = lines.flatMap((line) => (line.part ? [line.part.id] : []));
  const parts = new Map((partIds.length > 0 ? await tx.find(Part, { id: { $in: partIds } }) : []).map((part) => [part.id, part]));
  const above = [];
  for (const line of lines) {
    const limit = lineLimit(line.kind, facts, settings, line.part ? (parts.get(line.part.id) ?? null) : null);
    const unitPrice = money(line.unitPrice, line.currency);
    if (limit && (limit.currency !== unitPrice.currency || isAbove(unitPrice, limit))) {
      above.push({
        lineId: line.id,
        position: line.position,
        kind: line.kind,
        description: line.description,
        unitPrice: moneyData(unitPrice),
        limit: moneyData(limit),
      });
    }
  }
  if (above.length > 0) {
    const named = above.map(
      (line) =>
        `line ${line.position} (${line.description}): ${line.unitPrice.amount} ${line.unitPrice.currency} above ${line.limit.amount} ${line.limit.currency}`,
    );
    throw new AppError(ErrorCode.PRICE_ABOVE_LIST, `Claimed above the price list: ${named.join('; ')}`, { lines: above });
  }
}

/** SUBMITTED → SENT_BACK with the reviewer's question; the partner answers when resubmitting. */
export async function sendBackClaim(scope: Scope, claimId: string, question: string): Promise<WarrantyClaim> {
  const { em, viewer, clock } = scope;
  const text = question.trim();
  if (!text) throw badInput('Ask the partner a question', { field: 'question' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const claim = await findVisibleClaim(tx, viewer, claimId, true);
    assertSubmitted(claim, 'send back');
    tx.create(ClaimMessage, { claim, author: viewer.userId, kind: ClaimMessageKind.QUESTION, text, createdAt: change.at });
    claim.state = ClaimState.SENT_BACK;
    claim.updatedAt = change.at;
    change.emit(EventKind.CLAIM_SENT_BACK, { claim }, { ...step(claim, ClaimState.SUBMITTED), question: text });
    return claim;
  });
}

function assertSubmitted(claim: WarrantyClaim, verb: string): void {
  if (claim.state !== ClaimState.SUBMITTED) {
    throw new AppError(ErrorCode.INVALID_TRANSITION, `Cannot ${verb} a ${claim.state} claim: only a SUBMITTED one`, { state: claim.state });
  }
}

/**
 * The review, line by line: every line gets a decision (APPROVED: its amount; ADJUSTED: less, with
 * a reason; REJECTED: nothing, with a reason). A reason is a CLAIM_LINE code of the manufacturer's
 * list, typed text, or both. The claim's state follows: APPROVED, REJECTED or PARTIALLY_APPROVED.
 */
export async function reviewClaim(scope: Scope, claimId: string, decisions: ClaimLineDecisionInput[]): Promise<WarrantyClaim> {
  const { em, viewer, clock } = scope;
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const claim = await findVisibleClaim(tx, viewer, claimId, true);
    assertSubmitted(claim, 'review');
    const lines = claim.lines.getItems();
    const byId = new Map(lines.map((line) => [line.id, line]));
    const seen = new Set<string>();
    for (const [i, input] of decisions.entries()) {
      const line = byId.get(input.lineId);
      if (!line) throw badInput(`lines[${i}].lineId: not a line of this claim`, { field: `lines[${i}].lineId` });
      if (seen.has(line.id)) throw badInput(`lines[${i}].lineId: decided twice`, { field: `lines[${i}].lineId` });
      seen.add(line.id);
      if (isInspectionRejection(line.decisionReasonCode)) {
        // The returned part's inspection rejected it before the review: that stands.
        if (input.decision !== ClaimLineDecision.REJECTED) {
          throw new AppError(
            ErrorCode.INVALID_TRANSITION,
            `lines[${i}]: line ${line.position} (${line.description}) was rejected by the inspection of its returned part (${line.decisionReasonCode}); that decision stands`,
            { field: `lines[${i}].decision` },
          );
        }
        continue;
      }
      await decide(tx, claim, line, input, `lines[${i}]`);
    }
    const undecided = lines.filter((line) => !seen.has(line.id) && !isInspectionRejection(line.decisionReasonCode));
    if (undecided.length > 0) {
      throw badInput(`Decide on every line: ${undecided.map((line) => `line ${line.position} (${line.description})`).join(', ')} not decided`, {
        field: 'lines',
        undecided: undecided.map((line) => line.id),
      });
    }
    claim.state = reviewedState(lines.map((line) => line.decision!));
    claim.reviewedAt = change.at;
    claim.updatedAt = change.at;
    change.emit(
      EventKind.CLAIM_REVIEWED,
      { claim },
      {
        ...step(claim, ClaimState.SUBMITTED),
        approved: claimSums(lines, claim.partner.currency).approved.map(moneyData),
        lines: lines.map((line) => ({
          lineId: line.id,
          decision: line.decision!,
          approvedAmount: line.approvedAmount!,
          reasonCode: line.decisionReasonCode ?? null,
        })),
      },
    );
    return claim;
  });
}

async function decide(tx: EntityManager, claim: WarrantyClaim, line: ClaimLine, input: ClaimLineDecisionInput, at: string): Promise<void> {
  const reason = input.reason?.trim() || null;
  const code = input.reasonCode ? (await reasonCodeFor(tx, claim.manufacturer.id, ReasonKind.CLAIM_LINE, input.reasonCode, `${at}.reasonCode`)).code : null;
  const amount = money(line.amount, line.currency);
  let approved: Money;
  if (input.decision === ClaimLineDecision.APPROVED) {
    approved = amount;
  } else {
    if (!code && !reason) throw badInput(`${at}: an ${input.decision} line needs a reason code or a reason`, { field: `${at}.reasonCode` });
    if (input.decision === ClaimLineDecision.REJECTED) {
      approved = money(0, line.currency);
    } else {
      if (input.approvedAmount == null) throw badInput(`${at}.approvedAmount: an ADJUSTED line needs the amount approved`, { field: `${at}.approvedAmount` });
      approved = parseMoney(input.approvedAmount, line.currency, `${at}.approvedAmount`);
      if (!isAbove(amount, approved)) {
        throw badInput(`${at}.approvedAmount: an adjustment approves less than the ${line.amount} ${line.currency} claimed`, { field: `${at}.approvedAmount` });
      }
    }
  }
  line.decision = input.decision;
  line.approvedAmount = formatAmount(approved);
  line.decisionReasonCode = code;
  line.decisionReason = reason;
}

/** The payload every claim event starts with. */
export const step = (claim: WarrantyClaim, from: ClaimState) => ({ claimId: claim.id, number: claim.number, jobId: claim.job.id, from, to: claim.state });

export const moneyData = (value: Money) => ({ amount: formatAmount(value), currency: value.currency });
