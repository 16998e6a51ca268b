import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyInput, MoneyObject } from '../../graphql/money.types.js';
import { PhraseObject } from '../../graphql/phrase.type.js';
import { OrganizationObject, UserObject } from '../network/network.types.js';
import { PartObject } from '../catalog/catalog.types.js';
import { ServiceJobObject } from '../job/job.types.js';
import { Coverage } from '../job/job.enums.js';
import { TEXT_MAX } from '../job/job.inputs.js';
import { ClaimLineDecision, ClaimLineKind, ClaimState } from '../billing/claim.enums.js';

/** Serial numbers as printed on a part's label. */
const SERIAL_MAX = 100;
const NOT_BLANK = /\S/;

@ObjectType('ClaimLine', {
  simpleResolvers: true,
  description:
    'One line of a claim: labour (minutes at an hourly rate), a part (shipped by the manufacturer or from own stock) or travel, and the reviewer’s decision on it',
})
export class ClaimLineObject {
  @Field(() => ID) id!: string;
  @Field(() => ClaimLineKind) kind!: ClaimLineKind;
  @Field(() => String) description!: string;
  @Field(() => PartObject, { nullable: true }) part?: PartObject | null;
  @Field(() => String, { description: 'A decimal: parts and travel in units, labour in hours (minutes / 60)' }) quantity!: string;
  @Field(() => Int, { nullable: true, description: 'Labour only' }) minutes?: number | null;
  @Field(() => MoneyObject, { description: 'Labour: the hourly rate' }) unitPrice!: MoneyObject;
  @Field(() => MoneyObject, { description: 'quantity × unitPrice (labour: minutes / 60 × rate), rounded to the currency' }) amount!: MoneyObject;
  @Field(() => MoneyObject, {
    nullable: true,
    description:
      "The highest unit price submitting allows: a part's list price, labour's charged rate (the partner's rate capped by the standard's ceiling), travel's CLAIM_TRAVEL_CEILING in the partner's currency",
  })
  limit?: MoneyObject | null;
  @Field(() => String, { nullable: true }) faultySerial?: string | null;
  @Field(() => String, { nullable: true }) replacementSerial?: string | null;
  @Field(() => Boolean, { description: "A part from the partner's own stock (not shipped on a parts request)" }) ownStock!: boolean;
  @Field(() => ClaimLineDecision, { nullable: true }) decision?: ClaimLineDecision | null;
  @Field(() => MoneyObject, { nullable: true, description: 'What the reviewer approved: the amount (APPROVED), less (ADJUSTED), zero (REJECTED)' })
  approvedAmount?: MoneyObject | null;
  @Field(() => String, {
    nullable: true,
    description: "A CLAIM_LINE reason code of the manufacturer's list, or return.noFaultFound / return.misuse set by a returned part's inspection",
  })
  decisionReasonCode?: string | null;
  @Field(() => PhraseObject, { nullable: true, description: "The reviewer's reason as typed (code `text`), or the inspection's (return.*)" })
  decisionReason?: PhraseObject | null;
}

@ObjectType('ClaimMessage', { simpleResolvers: true, description: "The send-back conversation: the reviewer's QUESTION, the partner's ANSWER" })
export class ClaimMessageObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'QUESTION or ANSWER' }) kind!: string;
  @Field(() => String) text!: string;
  @Field(() => UserObject, { nullable: true }) author?: UserObject | null;
  @Field(() => DateTime) createdAt!: Date;
}

@ObjectType('WarrantyClaim', {
  simpleResolvers: true,
  description:
    "A partner's claim on the manufacturer for one completed WARRANTY or CONTRACT job. Drafted at completion from the job's charges; the partner edits and submits it, the manufacturer reviews it line by line or sends it back with a question, a payment batch pays it. Amounts are per currency, never converted.",
})
export class WarrantyClaimObject {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'WC-<year>-<n>, after the job’s number' }) number!: string;
  @Field(() => ClaimState) state!: ClaimState;
  @Field(() => Coverage) coverage!: Coverage;
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => [ClaimLineObject]) lines!: ClaimLineObject[];
  @Field(() => [ClaimMessageObject]) messages!: ClaimMessageObject[];
  @Field(() => [MoneyObject], { description: 'The lines’ amounts, one per currency' }) claimed!: MoneyObject[];
  @Field(() => [MoneyObject], { description: 'The approved amounts of decided lines, one per currency (empty before a review)' }) approved!: MoneyObject[];
  @Field(() => DateTime, { nullable: true }) submittedAt?: Date | null;
  @Field(() => DateTime, { nullable: true, description: "The manufacturer's review deadline: the last submission + CLAIM_REVIEW_DAYS calendar days" })
  reviewDueAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) reviewedAt?: Date | null;
  @Field(() => DateTime, { nullable: true }) paidAt?: Date | null;
  @Field(() => PaymentBatchObject, { nullable: true }) paymentBatch?: PaymentBatchObject | null;
  @Field(() => [MoneyObject], { description: '(As JobCharges) the PART lines, one amount per currency' }) partsAmount!: MoneyObject[];
  @Field(() => MoneyObject, { description: "(As JobCharges) the LABOR lines, in the partner's currency" }) laborAmount!: MoneyObject;
  @Field(() => [MoneyObject], { description: '(As JobCharges) every line, one amount per currency; equals `claimed`' }) total!: MoneyObject[];
  @Field(() => String, { description: '(As JobCharges) MANUFACTURER: a claim is always on the manufacturer' }) payer!: string;
}

@ObjectType('PaymentBatch', {
  simpleResolvers: true,
  description: "One payment to a partner: the approved claims reviewed in [from, to), paid under the manufacturer's reference",
})
export class PaymentBatchObject {
  @Field(() => ID) id!: string;
  @Field(() => String) reference!: string;
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => DateTime) paidAt!: Date;
  @Field(() => [WarrantyClaimObject]) claims!: WarrantyClaimObject[];
  @Field(() => [MoneyObject], { description: 'The approved amounts paid, one per currency' }) total!: MoneyObject[];
}

@ObjectType('ClaimStateTotal', { simpleResolvers: true, description: "A statement's claims in one state: how many, claimed and approved per currency" })
export class ClaimStateTotalObject {
  @Field(() => ClaimState) state!: ClaimState;
  @Field(() => Int) count!: number;
  @Field(() => [MoneyObject]) claimed!: MoneyObject[];
  @Field(() => [MoneyObject]) approved!: MoneyObject[];
}

@InputType('ClaimLineInput', {
  description:
    'A line the partner claims. LABOR: minutes (unit price defaults to the charged rate). PART: partId, with partsRequestLineId for a part the manufacturer shipped (else own stock), quantity (default 1), unit price (default the list price). TRAVEL: unit price, quantity 1.',
})
export class ClaimLineInput {
  @Field(() => ClaimLineKind) kind!: ClaimLineKind;
  @Field(() => String, { nullable: true, description: 'Default: the part’s name, “Labour”, “Travel”' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'description must not be blank' })
  @MaxLength(500)
  description?: string | null;
  @Field(() => ID, { nullable: true }) partId?: string | null;
  @Field(() => ID, { nullable: true }) partsRequestLineId?: string | null;
  @Field(() => String, { nullable: true, description: 'A positive decimal, at most 3 decimals' }) quantity?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(100_000) minutes?: number | null;
  @Field(() => MoneyInput, { nullable: true }) @IsOptional() @ValidateNested() unitPrice?: MoneyInput | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(SERIAL_MAX) faultySerial?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(SERIAL_MAX) replacementSerial?: string | null;
}

@InputType('ClaimLineDecisionInput', {
  description: 'APPROVED (the claimed amount), ADJUSTED (approvedAmount below it, with a reason) or REJECTED (zero, with a reason)',
})
export class ClaimLineDecisionInput {
  @Field(() => ID) lineId!: string;
  @Field(() => ClaimLineDecision) decision!: ClaimLineDecision;
  @Field(() => String, { nullable: true, description: "ADJUSTED: the amount approved, in the line's currency" }) approvedAmount?: string | null;
  @Field(() => String, { nullable: true, description: "A CLAIM_LINE reason code of the manufacturer's list" }) reasonCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(TEXT_MAX) reason?: string | null;
}

@ObjectType('ReimbursementStatement', {
  simpleResolvers: true,
  description:
    'Totals are per currency (one entry each, ordered by currency code, the same currencies in partsTotal, laborTotal, approvedTotal and paidTotal): nothing is converted',
})
export class ReimbursementStatementObject {
  @Field(() => OrganizationObject) partner!: OrganizationObject;
  @Field(() => DateTime) from!: Date;
  @Field(() => DateTime) to!: Date;
  @Field(() => [WarrantyClaimObject], {
    description:
      'The claims of the warranty and contract jobs completed in the period, in any state. Changed: this was [JobCharges!]! (charges derived from completed jobs); it is now the claims themselves, which keep the fields job, partsAmount, laborAmount, total and payer, so queries of those still work.',
  })
  claims!: WarrantyClaimObject[];
  @Field(() => [MoneyObject], { description: 'The claims’ PART lines' }) partsTotal!: MoneyObject[];
  @Field(() => [MoneyObject], { description: 'The claims’ LABOR lines' }) laborTotal!: MoneyObject[];
  @Field(() => [MoneyObject], { description: 'Every line claimed' }) total!: MoneyObject[];
  @Field(() => [ClaimStateTotalObject], { description: 'The claims by state (states without claims left out), in ClaimState order' })
  byState!: ClaimStateTotalObject[];
  @Field(() => [MoneyObject], { description: 'Approved on reviewed claims: APPROVED, PARTIALLY_APPROVED and PAID' }) approvedTotal!: MoneyObject[];
  @Field(() => [MoneyObject], { description: 'Approved on PAID claims' }) paidTotal!: MoneyObject[];
}
