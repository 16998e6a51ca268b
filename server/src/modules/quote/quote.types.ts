import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyInput, MoneyObject } from '../../graphql/money.types.js';
import { ClaimLineKind } from '../../shared/claim-line-kind.js';
import { QuoteState } from './quote.enums.js';

const QUANTITY = 'Hours for LABOR, pieces for PART, trips for TRAVEL: a decimal with at most 2 places';

@ObjectType('QuoteLine', { simpleResolvers: true })
export class QuoteLineObject {
  @Field(() => ClaimLineKind) kind!: ClaimLineKind;
  @Field(() => String) description!: string;
  @Field(() => String, { description: QUANTITY }) quantity!: string;
  @Field(() => MoneyObject) unitPrice!: MoneyObject;
  @Field(() => MoneyObject, { description: 'quantity × unitPrice, rounded to the currency' }) amount!: MoneyObject;
}

@ObjectType('Quote', {
  simpleResolvers: true,
  description:
    "A quote for paid (POST_WARRANTY) work: labour at most at the partner's charged rate, parts at most at list price, travel; tax at the manufacturer's country rate",
})
export class QuoteObject {
  @Field(() => ID) id!: string;
  @Field(() => String) number!: string;
  @Field(() => QuoteState) state!: QuoteState;
  @Field(() => [QuoteLineObject]) lines!: QuoteLineObject[];
  @Field(() => MoneyObject) net!: MoneyObject;
  @Field(() => String, { description: 'Percent, e.g. "19.00"; "0.00" when the manufacturer’s country is not known' }) taxRate!: string;
  @Field(() => MoneyObject) tax!: MoneyObject;
  @Field(() => MoneyObject) gross!: MoneyObject;
  @Field(() => DateTime) validUntil!: Date;
  @Field(() => DateTime) sentAt!: Date;
  @Field(() => DateTime, { nullable: true }) answeredAt?: Date | null;
  @Field(() => String, { nullable: true, description: "The customer's words, when declined" }) declineReason?: string | null;
}

@ObjectType('CustomerQuoteLine', { simpleResolvers: true })
export class CustomerQuoteLineObject {
  @Field(() => ClaimLineKind) kind!: ClaimLineKind;
  @Field(() => String) description!: string;
  @Field(() => String) quantity!: string;
  @Field(() => MoneyObject) unitPrice!: MoneyObject;
  @Field(() => MoneyObject) amount!: MoneyObject;
}

@ObjectType('CustomerQuote', { simpleResolvers: true, description: 'The quote as the customer sees it on the tracking page, with the token that answers it' })
export class CustomerQuoteObject {
  @Field(() => String) number!: string;
  @Field(() => QuoteState) state!: QuoteState;
  @Field(() => [CustomerQuoteLineObject]) lines!: CustomerQuoteLineObject[];
  @Field(() => MoneyObject) net!: MoneyObject;
  @Field(() => String) taxRate!: string;
  @Field(() => MoneyObject) tax!: MoneyObject;
  @Field(() => MoneyObject) gross!: MoneyObject;
  @Field(() => DateTime) validUntil!: Date;
  @Field(() => DateTime) sentAt!: Date;
  @Field(() => DateTime, { nullable: true }) answeredAt?: Date | null;
  @Field(() => String, { nullable: true }) declineReason?: string | null;
  @Field(() => String, { description: 'Who quotes: the partner doing the work' }) partnerName!: string;
  @Field(() => String, {
    nullable: true,
    description: 'While the quote awaits an answer: the token answerQuote takes (it answers this quote only, once)',
  })
  answerToken?: string | null;
}

@InputType('QuoteLineInput')
export class QuoteLineInput {
  @Field(() => ClaimLineKind) kind!: ClaimLineKind;
  @Field(() => String, { nullable: true, description: 'Defaults to the part’s name for a PART, empty otherwise (screens show the kind)' }) description?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: 'PART: a part of the manufacturer’s catalogue' }) partId?: string | null;
  @Field(() => String, { description: QUANTITY }) quantity!: string;
  @Field(() => MoneyInput, {
    nullable: true,
    description:
      "Defaults to the most allowed: LABOR the partner's charged rate, PART its list price, TRAVEL the travel ceiling (150.00). Above it: PRICE_ABOVE_LIST",
  })
  unitPrice?: MoneyInput | null;
}
