import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  ClaimLineDecisionInput,
  ClaimLineInput,
  ClaimLineObject,
  ClaimMessageObject,
  PaymentBatchObject,
  ReimbursementStatementObject,
  WarrantyClaimObject,
} from './claim.types.js';
import { getClaim, listClaims, reviewClaim, sendBackClaim, submitClaim, updateClaim } from './claim.service.js';
import { createPaymentBatch, listPaymentBatches } from './payment.service.js';
import { reimbursementStatement, type Statement } from './statement.service.js';
import { lineLimit } from './claim-limits.js';
import type { ClaimLine, ClaimMessage, WarrantyClaim } from '../billing/warranty-claim.entity.js';
import type { PaymentBatch } from '../billing/payment-batch.entity.js';
import { ClaimState } from '../billing/claim.enums.js';
import { claimSums, type ClaimSums } from '../billing/claim-lines.js';
import { ServiceJobObject } from '../job/job.types.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { PartObject } from '../catalog/catalog.types.js';
import { ServiceEventObject } from '../events/event.types.js';
import { Capability } from '../access/policy.js';
import { MoneyObject } from '../../graphql/money.types.js';
import { PhraseObject } from '../../graphql/phrase.type.js';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyTotals, money, type Money } from '../../shared/money.js';
import { phrase, type Phrase } from '../../shared/phrases.js';
import { scopeOf, type Context } from '../../context.js';

/** A claim's sums, from its lines and its partner's currency (the loaders batch both). */
async function sumsOf(claim: WarrantyClaim, context: Context): Promise<ClaimSums> {
  const [lines, partner] = await Promise.all([context.loaders.claimLines.load(claim.id), context.loaders.organization.load(claim.partner.id)]);
  return claimSums(lines, partner!.currency);
}

@Resolver(() => WarrantyClaimObject)
export class ClaimResolver {
  @Authorized(Capability.CLAIM_READ)
  @Query(() => WarrantyClaimObject, { nullable: true, description: 'A claim the caller sees: staff their network’s, a partner’s admin its own' })
  claim(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<WarrantyClaim | null> {
    return getClaim(scopeOf(context), id);
  }

  @Authorized(Capability.CLAIM_READ)
  @Query(() => [WarrantyClaimObject], { description: 'Claims the caller sees, newest first (at most 500)' })
  claims(
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Arg('states', () => [ClaimState], { nullable: true }) states: ClaimState[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() context: Context,
  ): Promise<WarrantyClaim[]> {
    return listClaims(scopeOf(context), { partnerId, states, first });
  }

  @Authorized(Capability.CLAIM_READ)
  @Query(() => [PaymentBatchObject], { description: 'Payment batches the caller sees, newest first' })
  paymentBatches(@Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null, @Ctx() context: Context): Promise<PaymentBatch[]> {
    return listPaymentBatches(scopeOf(context), partnerId);
  }

  @Authorized(Capability.STATEMENT_READ)
  @Query(() => ReimbursementStatementObject, { description: "A partner's warranty and contract claims for a period, by state" })
  reimbursementStatement(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: Context,
  ): Promise<Statement> {
    return reimbursementStatement(scopeOf(context), partnerId, from, to);
  }

  @Authorized(Capability.CLAIM_SUBMIT)
  @Mutation(() => WarrantyClaimObject, { description: "Replaces the partner's lines of a DRAFT or SENT_BACK claim" })
  updateClaim(
    @Arg('claimId', () => ID) claimId: string,
    @Arg('lines', () => [ClaimLineInput]) lines: ClaimLineInput[],
    @Ctx() context: Context,
  ): Promise<WarrantyClaim> {
    return updateClaim(scopeOf(context), claimId, lines);
  }

  @Authorized(Capability.CLAIM_SUBMIT)
  @Mutation(() => WarrantyClaimObject, {
    description: 'DRAFT or SENT_BACK → SUBMITTED; every line within its limit (PRICE_ABOVE_LIST names those above); `answer` required after a send-back',
  })
  submitClaim(
    @Arg('claimId', () => ID) claimId: string,
    @Arg('answer', () => String, { nullable: true }) answer: string | null,
    @Ctx() context: Context,
  ): Promise<WarrantyClaim> {
    return submitClaim(scopeOf(context), claimId, answer, context.deps.config.claims);
  }

  @Authorized(Capability.CLAIM_REVIEW)
  @Mutation(() => WarrantyClaimObject, {
    description:
      "SUBMITTED → APPROVED, PARTIALLY_APPROVED or REJECTED, every line decided (a line its returned part's inspection rejected keeps that decision)",
  })
  reviewClaim(
    @Arg('claimId', () => ID) claimId: string,
    @Arg('lines', () => [ClaimLineDecisionInput]) lines: ClaimLineDecisionInput[],
    @Ctx() context: Context,
  ): Promise<WarrantyClaim> {
    return reviewClaim(scopeOf(context), claimId, lines);
  }

  @Authorized(Capability.CLAIM_REVIEW)
  @Mutation(() => WarrantyClaimObject, { description: 'SUBMITTED → SENT_BACK with a question the partner answers when resubmitting' })
  sendBackClaim(@Arg('claimId', () => ID) claimId: string, @Arg('question', () => String) question: string, @Ctx() context: Context): Promise<WarrantyClaim> {
    return sendBackClaim(scopeOf(context), claimId, question.slice(0, 10_000));
  }

  @Authorized(Capability.PAYMENT_CREATE)
  @Mutation(() => PaymentBatchObject, {
    description: 'Pays every APPROVED or PARTIALLY_APPROVED claim of the partner reviewed in [from, to): they become PAID',
  })
  createPaymentBatch(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('reference', () => String) reference: string,
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Ctx() context: Context,
  ): Promise<PaymentBatch> {
    return createPaymentBatch(scopeOf(context), { partnerId, reference, from, to });
  }

  @FieldResolver(() => ServiceJobObject, { nullable: true, description: 'Null where the caller no longer sees the job' })
  job(@Root() claim: WarrantyClaim, @Ctx() context: Context) {
    return context.loaders.job.load(claim.job.id);
  }

  @FieldResolver(() => OrganizationObject)
  partner(@Root() claim: WarrantyClaim, @Ctx() context: Context) {
    return context.loaders.organization.load(claim.partner.id);
  }

  @FieldResolver(() => [ClaimLineObject])
  lines(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<ClaimLine[]> {
    return context.loaders.claimLines.load(claim.id);
  }

  @FieldResolver(() => [ClaimMessageObject])
  messages(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<ClaimMessage[]> {
    return context.loaders.claimMessages.load(claim.id);
  }

  @FieldResolver(() => PaymentBatchObject, { nullable: true })
  paymentBatch(@Root() claim: WarrantyClaim, @Ctx() context: Context) {
    return claim.paymentBatch ? context.loaders.paymentBatch.load(claim.paymentBatch.id) : null;
  }

  @FieldResolver(() => [MoneyObject])
  async claimed(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<Money[]> {
    return (await sumsOf(claim, context)).claimed;
  }

  @FieldResolver(() => [MoneyObject])
  async approved(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<Money[]> {
    return (await sumsOf(claim, context)).approved;
  }

  @FieldResolver(() => [MoneyObject])
  async partsAmount(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<Money[]> {
    return (await sumsOf(claim, context)).partsAmount;
  }

  @FieldResolver(() => MoneyObject)
  async laborAmount(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<Money> {
    return (await sumsOf(claim, context)).laborAmount;
  }

  @FieldResolver(() => [MoneyObject])
  async total(@Root() claim: WarrantyClaim, @Ctx() context: Context): Promise<Money[]> {
    return (await sumsOf(claim, context)).total;
  }

  @FieldResolver(() => String)
  payer(): string {
    return 'MANUFACTURER';
  }
}

@Resolver(() => ClaimLineObject)
export class ClaimLineResolver {
  @FieldResolver(() => PartObject, { nullable: true })
  part(@Root() line: ClaimLine, @Ctx() context: Context) {
    return line.part ? context.loaders.part.load(line.part.id) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'The parts-request line the manufacturer shipped this part on (send it back in ClaimLineInput to keep the line so); null for own stock and other kinds',
  })
  partsRequestLineId(@Root() line: ClaimLine): string | null {
    return line.partsRequestLine?.id ?? null;
  }

  @FieldResolver(() => String)
  quantity(@Root() line: ClaimLine): string {
    return money(line.quantity, 'EUR').amount.toString();
  }

  @FieldResolver(() => MoneyObject)
  unitPrice(@Root() line: ClaimLine): Money {
    return money(line.unitPrice, line.currency);
  }

  @FieldResolver(() => MoneyObject)
  amount(@Root() line: ClaimLine): Money {
    return money(line.amount, line.currency);
  }

  @FieldResolver(() => MoneyObject, { nullable: true })
  approvedAmount(@Root() line: ClaimLine): Money | null {
    return line.approvedAmount == null ? null : money(line.approvedAmount, line.currency);
  }

  @FieldResolver(() => MoneyObject, { nullable: true })
  async limit(@Root() line: ClaimLine, @Ctx() context: Context): Promise<Money | null> {
    const [facts, part] = await Promise.all([
      context.loaders.claimLimitFacts.load(line.claim.id),
      line.part ? context.loaders.part.load(line.part.id) : Promise.resolve(null),
    ]);
    return facts ? lineLimit(line.kind, facts, context.deps.config.claims, part) : null;
  }

  @FieldResolver(() => PhraseObject, { nullable: true })
  decisionReason(@Root() line: ClaimLine): Phrase | null {
    return line.decisionReason ? phrase('text', { text: line.decisionReason }) : null;
  }
}

@Resolver(() => ClaimMessageObject)
export class ClaimMessageResolver {
  @FieldResolver(() => UserObject, { nullable: true })
  author(@Root() message: ClaimMessage, @Ctx() context: Context) {
    return message.author ? context.loaders.user.load(message.author.id) : null;
  }
}

@Resolver(() => PaymentBatchObject)
export class PaymentBatchResolver {
  @FieldResolver(() => OrganizationObject)
  partner(@Root() batch: PaymentBatch, @Ctx() context: Context) {
    return context.loaders.organization.load(batch.partner.id);
  }

  @FieldResolver(() => DateTime)
  from(@Root() batch: PaymentBatch): Date {
    return batch.periodFrom;
  }

  @FieldResolver(() => DateTime)
  to(@Root() batch: PaymentBatch): Date {
    return batch.periodTo;
  }

  @FieldResolver(() => [WarrantyClaimObject])
  claims(@Root() batch: PaymentBatch, @Ctx() context: Context): Promise<WarrantyClaim[]> {
    return context.loaders.claimsByBatch.load(batch.id);
  }

  @FieldResolver(() => [MoneyObject], { description: 'The approved amounts paid, one per currency' })
  async total(@Root() batch: PaymentBatch, @Ctx() context: Context): Promise<Money[]> {
    const claims = await context.loaders.claimsByBatch.load(batch.id);
    const sums = await Promise.all(claims.map((claim) => sumsOf(claim, context)));
    return new MoneyTotals().add(...sums.flatMap((s) => s.approved)).list();
  }
}

/** A claim event's claim (CLAIM_SUBMITTED, CLAIM_SENT_BACK, CLAIM_REVIEWED, CLAIM_PAID), as the viewer sees it now. */
@Resolver(() => ServiceEventObject)
export class ClaimEventResolver {
  @FieldResolver(() => WarrantyClaimObject, { nullable: true, description: 'CLAIM_*: the claim, as it is now (null for other events)' })
  claim(@Root() event: { data?: unknown }, @Ctx() context: Context) {
    const claimId = (event.data as { claimId?: unknown } | null | undefined)?.claimId;
    return typeof claimId === 'string' ? context.loaders.claim.load(claimId) : null;
  }
}
