import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ServiceStrategy } from './catalog.enums.js';
import { DateTime } from '../../graphql/scalars.js';
import { MoneyObject } from '../../graphql/money.types.js';

@ObjectType('ProductLine', { simpleResolvers: true })
export class ProductLineObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ServiceStrategy) strategy!: ServiceStrategy;
  @Field(() => Int, { nullable: true }) maintenanceIntervalMonths?: number | null;
}

@ObjectType('ProductModel', { simpleResolvers: true })
export class ProductModelObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int) warrantyMonths!: number;
  @Field(() => ProductLineObject) productLine!: ProductLineObject;
}

@ObjectType('Customer', { simpleResolvers: true })
export class CustomerObject {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
}

@ObjectType('EquipmentUnit', { simpleResolvers: true })
export class EquipmentUnitObject {
  @Field(() => ID) id!: string;
  @Field(() => String) serial!: string;
  @Field(() => ProductModelObject) model!: ProductModelObject;
  @Field(() => CustomerObject, { nullable: true }) customer?: CustomerObject | null;
  @Field(() => String) siteAddress!: string;
  @Field(() => String) region!: string;
  @Field(() => Float, { nullable: true, description: 'Where the site is, degrees north (WGS 84)' }) siteLatitude?: number | null;
  @Field(() => Float, { nullable: true, description: 'Where the site is, degrees east (WGS 84)' }) siteLongitude?: number | null;
  @Field(() => String, { nullable: true, description: "The site's IANA time zone (setSiteLocation): the job's appointments show in it" }) siteTimeZone?:
    | string
    | null;
  @Field(() => DateTime) saleDate!: Date;
  @Field(() => DateTime, { nullable: true }) warrantyEndsOn?: Date | null;
  @Field(() => Boolean) underWarranty!: boolean;
  @Field(() => Boolean) underContract!: boolean;
}

@ObjectType('Part', { simpleResolvers: true })
export class PartObject {
  @Field(() => ID) id!: string;
  @Field(() => String) sku!: string;
  @Field(() => String) name!: string;
  @Field(() => MoneyObject, { description: 'List price per unit, with its currency' }) listPrice!: MoneyObject;
}
