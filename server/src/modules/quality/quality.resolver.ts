import { FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { QualityStandardObject } from './quality.types.js';
import type { QualityStandard } from './quality-standard.entity.js';

@Resolver(() => QualityStandardObject)
export class QualityStandardResolver {
  @FieldResolver(() => Float)
  laborRateCeiling(@Root() standard: QualityStandard): number {
    return Number(standard.laborRateCeiling);
  }
}
