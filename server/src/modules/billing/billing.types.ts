import { Field, ObjectType } from 'type-graphql';
import { MoneyObject } from '../../graphql/money.types.js';
import { ServiceJobObject } from '../job/job.types.js';

@ObjectType('JobCharges', {
  simpleResolvers: true,
  description:
    'Parts at list price and labour at the agreed rate (never above a ceiling in its currency). Amounts of different currencies are listed apart, never converted.',
})
export class JobChargesObject {
  @Field(() => ServiceJobObject, { nullable: true }) job?: ServiceJobObject | null;
  @Field(() => [MoneyObject], { description: 'Parts at list price, one amount per currency of the price list (empty without parts)' })
  partsAmount!: MoneyObject[];
  @Field(() => MoneyObject, { description: "Labour minutes / 60 × the rate, in the partner's currency, rounded half-up to its minor unit" })
  laborAmount!: MoneyObject;
  @Field(() => [MoneyObject], { description: 'Parts plus labour, one amount per currency, ordered by currency code' }) total!: MoneyObject[];
  @Field(() => String, { description: 'MANUFACTURER (warranty, contract) or CUSTOMER (post-warranty)' }) payer!: string;
}
