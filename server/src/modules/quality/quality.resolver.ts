import { FieldResolver, Resolver, Root } from 'type-graphql';
import { MoneyObject } from '../../graphql/money.types.js';
import { money, type Money } from '../../shared/money.js';
import { QualityStandardObject } from './quality.types.js';
import type { QualityStandard } from './quality-standard.entity.js';

@Resolver(() => QualityStandardObject)
export class QualityStandardResolver {
  @FieldResolver(() => MoneyObject)
  laborRateCeiling(@Root() standard: QualityStandard): Money {
    return money(standard.laborRateCeiling, standard.currency);
  }
}
