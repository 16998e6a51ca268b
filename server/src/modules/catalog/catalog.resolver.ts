import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyObject } from '../../graphql/money.types.js';
import { money, type Money } from '../../shared/money.js';
import { CustomerObject, EquipmentUnitObject, PartObject, ProductLineObject, ProductModelObject } from './catalog.types.js';
import type { EquipmentUnit } from './equipment-unit.entity.js';
import type { ProductModel } from './product-model.entity.js';
import type { Part } from './part.entity.js';
import { warrantyEnd } from './warranty.js';
import { searchParts } from './catalog.service.js';
import { scopeOf, type Context } from '../../context.js';

@Resolver(() => EquipmentUnitObject)
export class EquipmentResolver {
  @FieldResolver(() => ProductModelObject)
  model(@Root() unit: EquipmentUnit, @Ctx() context: Context) {
    return context.loaders.model.load(unit.model.id);
  }

  @FieldResolver(() => CustomerObject, { nullable: true })
  customer(@Root() unit: EquipmentUnit, @Ctx() context: Context) {
    return unit.customer ? context.loaders.customer.load(unit.customer.id) : null;
  }

  @FieldResolver(() => DateTime)
  saleDate(@Root() unit: EquipmentUnit): Date {
    return new Date(`${unit.saleDate}T00:00:00Z`);
  }

  @FieldResolver(() => DateTime, { nullable: true })
  async warrantyEndsOn(@Root() unit: EquipmentUnit, @Ctx() context: Context): Promise<Date | null> {
    const model = await context.loaders.model.load(unit.model.id);
    return model ? warrantyEnd(unit.saleDate, model.warrantyMonths) : null;
  }

  @FieldResolver(() => Boolean)
  async underWarranty(@Root() unit: EquipmentUnit, @Ctx() context: Context): Promise<boolean> {
    const end = await this.warrantyEndsOn(unit, context);
    return end !== null && context.deps.clock.now() < end;
  }
}

@Resolver(() => ProductModelObject)
export class ProductModelResolver {
  @FieldResolver(() => ProductLineObject)
  productLine(@Root() model: ProductModel, @Ctx() context: Context) {
    return context.loaders.productLine.load(model.productLine.id);
  }
}

@Resolver(() => PartObject)
export class PartResolver {
  @Authorized()
  @Query(() => [PartObject], { description: 'The catalogue of the manufacturers whose network the caller is in' })
  parts(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('modelId', () => ID, { nullable: true }) modelId: string | null,
    @Ctx() context: Context,
  ): Promise<Part[]> {
    return searchParts(scopeOf(context), search, modelId);
  }

  @FieldResolver(() => MoneyObject)
  listPrice(@Root() part: Part): Money {
    return money(part.listPrice, part.currency);
  }
}
