import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  CertificationInput,
  LocationInput,
  PartnerChangesInput,
  PartnerInput,
  PartPriceInput,
  ProductLineInput,
  ProductModelInput,
  QualityStandardInput,
  UserInput,
} from './admin.inputs.js';
import {
  createPartner,
  createUser,
  grantCertification,
  networkCustomers,
  networkPartners,
  networkUsers,
  revokeCertification,
  updatePartner,
} from './network-admin.service.js';
import { createProductModel, productLines, saveProductLine, setPartPrice, setQualityStandard, setSiteLocation } from './catalog-admin.service.js';
import { CertificationObject, OrganizationObject, UserObject } from '../network/network.types.js';
import type { Organization } from '../network/organization.entity.js';
import type { Certification } from '../network/certification.entity.js';
import { Capability, seesNetwork } from '../access/policy.js';
import { CustomerObject, EquipmentUnitObject, PartObject, ProductLineObject, ProductModelObject } from '../catalog/catalog.types.js';
import type { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import type { Customer } from '../catalog/customer.entity.js';
import type { ProductLine } from '../catalog/product-line.entity.js';
import type { ProductModel } from '../catalog/product-model.entity.js';
import { QualityStandardObject } from '../quality/quality.types.js';
import type { QualityStandard } from '../quality/quality-standard.entity.js';
import { scopeOf, type Context } from '../../context.js';

/** The manufacturer's admin console: partners, certifications, product lines, standards, prices, users. */
@Resolver(() => OrganizationObject)
export class NetworkAdminResolver {
  @Authorized(Capability.NETWORK_READ)
  @Query(() => [OrganizationObject], { description: "The partners of the caller's network" })
  partners(@Ctx() context: Context): Promise<Organization[]> {
    return networkPartners(scopeOf(context));
  }

  @Authorized(Capability.NETWORK_ADMIN)
  @Query(() => [CustomerObject], { description: "The manufacturer's customers by name (whose own staff a CUSTOMER_STAFF organization is)" })
  customers(@Ctx() context: Context): Promise<Customer[]> {
    return networkCustomers(scopeOf(context));
  }

  @Authorized(Capability.NETWORK_ADMIN)
  @Query(() => [UserObject], { description: 'Users of the manufacturer and of its partners' })
  users(@Ctx() context: Context) {
    return networkUsers(scopeOf(context));
  }

  @Authorized(Capability.NETWORK_ADMIN)
  @Mutation(() => OrganizationObject)
  createPartner(@Arg('input', () => PartnerInput) input: PartnerInput, @Ctx() context: Context): Promise<Organization> {
    return createPartner(scopeOf(context), input);
  }

  @Authorized(Capability.NETWORK_ADMIN)
  @Mutation(() => OrganizationObject, { description: 'Regions, capacity, rate, and the status by hand (with a reason)' })
  updatePartner(
    @Arg('id', () => ID) id: string,
    @Arg('changes', () => PartnerChangesInput) changes: PartnerChangesInput,
    @Ctx() context: Context,
  ): Promise<Organization> {
    return updatePartner(scopeOf(context), id, changes);
  }

  @Authorized(Capability.NETWORK_ADMIN)
  @Mutation(() => CertificationObject)
  async grantCertification(@Arg('input', () => CertificationInput) input: CertificationInput, @Ctx() context: Context) {
    const certification = await grantCertification(scopeOf(context), input);
    return toCertificationObject(certification, context);
  }

  @Authorized(Capability.NETWORK_ADMIN)
  @Mutation(() => Boolean)
  revokeCertification(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<boolean> {
    return revokeCertification(scopeOf(context), id);
  }

  @Authorized(Capability.NETWORK_ADMIN, Capability.TEAM_MANAGE)
  @Mutation(() => UserObject, {
    description: "A manufacturer's admin: its staff or a partner's people; a partner's admin: its own firm's people (organizationId its own)",
  })
  createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() context: Context) {
    return createUser(scopeOf(context), input);
  }

  @FieldResolver(() => [CertificationObject], { description: "Staff: the partner's certifications on their product lines; a partner: its own" })
  async certifications(@Root() org: Organization, @Ctx() context: Context) {
    const viewer = context.viewer;
    if (!viewer || !(seesNetwork(viewer) || viewer.orgId === org.id)) return [];
    const all = await context.loaders.certificationsByPartner.load(org.id);
    const withLines = await Promise.all(all.map(async (c) => ({ c, line: await context.loaders.productLine.load(c.productLine.id) })));
    const mine = seesNetwork(viewer) ? withLines.filter(({ line }) => line?.manufacturer.id === viewer.orgId) : withLines;
    return Promise.all(mine.map(({ c }) => toCertificationObject(c, context)));
  }
}

async function toCertificationObject(certification: Certification, context: Context) {
  const line = await context.loaders.productLine.load(certification.productLine.id);
  return {
    id: certification.id,
    productLineId: certification.productLine.id,
    productLineName: line?.name ?? '',
    jobTypes: certification.jobTypes,
    expiresAt: certification.expiresAt,
    valid: certification.expiresAt > context.deps.clock.now(),
  };
}

@Resolver(() => ProductLineObject)
export class CatalogAdminResolver {
  @Authorized(Capability.NETWORK_READ)
  @Query(() => [ProductLineObject])
  productLines(@Ctx() context: Context): Promise<ProductLine[]> {
    return productLines(scopeOf(context));
  }

  @Authorized(Capability.CATALOG_ADMIN)
  @Mutation(() => ProductLineObject, { description: 'Creates a line, or changes the one named by id' })
  saveProductLine(
    @Arg('input', () => ProductLineInput) input: ProductLineInput,
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Ctx() context: Context,
  ): Promise<ProductLine> {
    return saveProductLine(scopeOf(context), input, id);
  }

  @Authorized(Capability.CATALOG_ADMIN)
  @Mutation(() => ProductModelObject)
  createProductModel(@Arg('input', () => ProductModelInput) input: ProductModelInput, @Ctx() context: Context): Promise<ProductModel> {
    return createProductModel(scopeOf(context), input);
  }

  @Authorized(Capability.CATALOG_ADMIN)
  @Mutation(() => QualityStandardObject)
  setQualityStandard(@Arg('input', () => QualityStandardInput) input: QualityStandardInput, @Ctx() context: Context): Promise<QualityStandard> {
    return setQualityStandard(scopeOf(context), input);
  }

  @Authorized(Capability.CATALOG_ADMIN)
  @Mutation(() => PartObject, { description: 'Adds a part to the price list or changes it' })
  setPartPrice(@Arg('input', () => PartPriceInput) input: PartPriceInput, @Ctx() context: Context) {
    return setPartPrice(scopeOf(context), input);
  }

  @Authorized(Capability.CATALOG_ADMIN)
  @Mutation(() => EquipmentUnitObject, {
    description:
      "Where the unit's site is, for distance in dispatch; no location forgets it. timeZone (IANA) sets the zone its appointments show in; left out, it stays",
  })
  setSiteLocation(
    @Arg('serial', () => String) serial: string,
    @Arg('location', () => LocationInput, { nullable: true }) location: LocationInput | null,
    @Arg('timeZone', () => String, { nullable: true }) timeZone: string | null,
    @Ctx() context: Context,
  ): Promise<EquipmentUnit> {
    return setSiteLocation(scopeOf(context), serial, location, timeZone?.slice(0, 64));
  }

  @FieldResolver(() => [ProductModelObject])
  models(@Root() line: ProductLine, @Ctx() context: Context) {
    return context.loaders.modelsByLine.load(line.id);
  }

  @FieldResolver(() => [QualityStandardObject])
  standards(@Root() line: ProductLine, @Ctx() context: Context) {
    return context.loaders.standardsByLine.load(line.id);
  }
}
