import { Field, FieldResolver, InputType, ObjectType, Resolver, Root } from 'type-graphql';
import { DecimalScalar } from './scalars.js';
import { type Dec, formatAmount, money } from '../shared/money.js';

const MONEY =
  'An exact amount: `amount` is a Decimal string with the currency\'s decimals ("1234.50", JPY "1500"), `currency` its ISO 4217 code. Amounts of different currencies are never converted or added. (The money fields were Float before; they changed type to Money.)';

/** Money as the API shows it: what services build (`Money`, decimal.js) or a planned row's JSON ({ amount: text, currency }). */
export interface MoneyValue {
  amount: Dec | string;
  currency: string;
}

@ObjectType('Money', { simpleResolvers: true, description: MONEY })
export class MoneyObject {
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String, { description: 'ISO 4217 code, e.g. EUR' }) currency!: string;
}

@InputType('MoneyInput', { description: "An amount and its currency: at most the currency's decimals (EUR 2, JPY 0), no exponent; currency an ISO 4217 code" })
export class MoneyInput {
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) currency!: string;
}

@Resolver(() => MoneyObject)
export class MoneyResolver {
  /** Written with exactly the currency's decimals, whoever made the value. */
  @FieldResolver(() => DecimalScalar)
  amount(@Root() value: MoneyValue): string {
    return formatAmount(money(value.amount, value.currency));
  }
}
