import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { failureAnalysis, type FailureRow } from './failure-analysis.service.js';
import { PartObject, ProductModelObject } from '../catalog/catalog.types.js';
import { Capability } from '../access/policy.js';
import { DateTime } from '../../graphql/scalars.js';
import { scopeOf, type Context } from '../../context.js';

@ObjectType('PartFaultCount', { simpleResolvers: true, description: 'Returned parts of one kind whose inspection confirmed the fault' })
export class PartFaultCountObject {
  @Field(() => PartObject) part!: PartObject;
  @Field(() => Int) count!: number;
}

@ObjectType('FailureAnalysisRow', { simpleResolvers: true, description: 'Repairs of one model with one failure code over a period' })
export class FailureAnalysisRowObject {
  @Field(() => ProductModelObject) model!: ProductModelObject;
  @Field(() => String, { nullable: true }) failureCode?: string | null;
  @Field(() => Int) jobs!: number;
  @Field(() => Float, { description: 'Share of repairs after which the same unit came back within 30 days' }) repeatRate!: number;
  @Field(() => Float, { nullable: true }) meanMinutesToRepair?: number | null;
  @Field(() => Int) lowRatings!: number;
  @Field(() => [String], { description: 'Comments of customers who rated 1 or 2' }) complaints!: string[];
  @Field(() => [PartFaultCountObject], { description: 'Parts of these repairs returned and inspected CONFIRMED_FAULT, by part, most first' })
  confirmedFaults!: PartFaultCountObject[];
}

@Resolver(() => FailureAnalysisRowObject)
export class AnalysisResolver {
  @Authorized(Capability.ANALYSIS_READ)
  @Query(() => [FailureAnalysisRowObject])
  failureAnalysis(
    @Arg('from', () => DateTime) from: Date,
    @Arg('to', () => DateTime) to: Date,
    @Arg('modelId', () => ID, { nullable: true }) modelId: string | null,
    @Ctx() context: Context,
  ): Promise<FailureRow[]> {
    return failureAnalysis(scopeOf(context), from, to, modelId);
  }

  @FieldResolver(() => ProductModelObject)
  model(@Root() row: FailureRow, @Ctx() context: Context) {
    return context.loaders.model.load(row.modelId);
  }

  @FieldResolver(() => [PartFaultCountObject])
  async confirmedFaults(@Root() row: FailureRow, @Ctx() context: Context) {
    return Promise.all(row.confirmedFaults.map(async ({ partId, count }) => ({ part: await context.loaders.part.load(partId), count })));
  }
}
