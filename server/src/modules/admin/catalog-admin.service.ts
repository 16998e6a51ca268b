import type { EntityManager } from '@mikro-orm/postgresql';
import { ProductLine } from '../catalog/product-line.entity.js';
import { ProductModel } from '../catalog/product-model.entity.js';
import { Part } from '../catalog/part.entity.js';
import { EquipmentUnit } from '../catalog/equipment-unit.entity.js';
import { ServiceStrategy } from '../catalog/catalog.enums.js';
import { QualityStandard } from '../quality/quality-standard.entity.js';
import type { JobType } from '../job/job.enums.js';
import type { SlaTime } from '../calendar/sla-time.js';
import { networkChanged } from './admin-event.js';
import { changeState } from '../events/change.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { formatAmount, parseMoney, type MoneyText } from '../../shared/money.js';
import type { GeoPoint } from '../../shared/distance.js';
import { isTimeZone } from '../calendar/local-time.js';

async function ownLine(tx: EntityManager, manufacturerId: string, id: string): Promise<ProductLine> {
  const line = isUuid(id) ? await tx.findOne(ProductLine, { id, manufacturer: manufacturerId }) : null;
  if (!line) throw notFound('Product line');
  return line;
}

export async function productLines({ em, viewer }: Scope): Promise<ProductLine[]> {
  return em.find(ProductLine, { manufacturer: viewer.orgId }, { orderBy: { name: 'asc' } });
}

export interface LineData {
  name: string;
  strategy: ServiceStrategy;
  maintenanceIntervalMonths?: number | null;
}

function checkLine(input: LineData): void {
  if (input.strategy === ServiceStrategy.NEVER_FAIL && !input.maintenanceIntervalMonths) {
    throw badInput('A NEVER_FAIL line is kept running by scheduled maintenance: give its interval', { field: 'maintenanceIntervalMonths' });
  }
}

/** A line and, as a starting point, standards for every job type derived from its strategy (edit them with setQualityStandard). */
export async function saveProductLine({ em, viewer, clock }: Scope, input: LineData, id?: string | null): Promise<ProductLine> {
  checkLine(input);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const line = id ? await ownLine(tx, viewer.orgId, id) : tx.create(ProductLine, { manufacturer: viewer.orgId, name: input.name, strategy: input.strategy });
    const before = id ? { name: line.name, strategy: line.strategy, maintenanceIntervalMonths: line.maintenanceIntervalMonths } : undefined;
    line.name = input.name.trim();
    line.strategy = input.strategy;
    line.maintenanceIntervalMonths = input.maintenanceIntervalMonths ?? null;
    networkChanged(change, viewer.orgId, {
      entity: 'ProductLine',
      id: line.id,
      change: id ? 'updated' : 'created',
      before,
      after: input,
    });
    return line;
  });
}

export async function createProductModel(
  { em, viewer, clock }: Scope,
  input: { productLineId: string; name: string; warrantyMonths: number },
): Promise<ProductModel> {
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const line = await ownLine(tx, viewer.orgId, input.productLineId);
    const model = tx.create(ProductModel, { productLine: line, name: input.name.trim(), warrantyMonths: input.warrantyMonths });
    networkChanged(change, viewer.orgId, { entity: 'ProductModel', id: model.id, change: 'created', after: input });
    return model;
  });
}

export interface StandardData {
  productLineId: string;
  jobType: JobType;
  responseMinutes: number;
  resolutionMinutes: number;
  slaTime?: SlaTime | null;
  checklist: { id: string; label: string }[];
  requiredReportFields?: string[] | null;
  requiresPhoto?: boolean | null;
  minPhotos?: number | null;
  keepPhotoLocation?: boolean | null;
  requiresSignature: boolean;
  requiresCertifiedTechnician?: boolean | null;
  laborRateCeiling: MoneyText;
  maxLaborMinutes: number;
  appointmentMinutes?: number | null;
}

const REPORT_FIELDS = ['resolution', 'failureCode'];

/** Sets the standard for a line × job type. Jobs already created keep the standard they were created under. */
export async function setQualityStandard({ em, viewer, clock }: Scope, input: StandardData): Promise<QualityStandard> {
  if (input.resolutionMinutes < input.responseMinutes) throw badInput('Resolution cannot be due before response', { field: 'resolutionMinutes' });
  const ids = input.checklist.map((item) => item.id);
  if (new Set(ids).size !== ids.length) throw badInput('Checklist item ids must be unique', { field: 'checklist' });
  const fields = [...new Set(['resolution', ...(input.requiredReportFields ?? [])])];
  const unknown = fields.filter((field) => !REPORT_FIELDS.includes(field));
  if (unknown.length > 0) throw badInput(`Unknown report fields: ${unknown.join(', ')}`, { field: 'requiredReportFields' });
  const ceiling = parseMoney(input.laborRateCeiling.amount, input.laborRateCeiling.currency, 'laborRateCeiling', 10_000);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const line = await ownLine(tx, viewer.orgId, input.productLineId);
    const standard =
      (await tx.findOne(QualityStandard, { productLine: line.id, jobType: input.jobType })) ??
      tx.create(QualityStandard, {
        productLine: line,
        jobType: input.jobType,
        responseMinutes: 1,
        resolutionMinutes: 1,
        laborRateCeiling: '0',
        currency: ceiling.currency,
        maxLaborMinutes: 1,
      });
    const { productLineId: _line, requiresPhoto, minPhotos, keepPhotoLocation, slaTime, ...values } = input;
    Object.assign(standard, {
      ...values,
      // Jobs already created keep the SLA time they were created in (ServiceJob.slaTime).
      slaTime: slaTime ?? standard.slaTime,
      appointmentMinutes: values.appointmentMinutes ?? standard.appointmentMinutes,
      minPhotos:
        minPhotos ?? (requiresPhoto === undefined || requiresPhoto === null ? standard.minPhotos : requiresPhoto ? Math.max(1, standard.minPhotos) : 0),
      keepPhotoLocation: keepPhotoLocation ?? standard.keepPhotoLocation,
      requiresCertifiedTechnician: values.requiresCertifiedTechnician ?? standard.requiresCertifiedTechnician,
      requiredReportFields: fields,
      laborRateCeiling: formatAmount(ceiling),
      currency: ceiling.currency,
      // An item keeps its translations (set with setStandardTexts) as long as it keeps its id.
      checklist: input.checklist.map(({ id, label }) => {
        const translations = standard.checklist.find((item) => item.id === id)?.translations;
        return { id, label: label.trim(), ...(translations && { translations }) };
      }),
    });
    networkChanged(change, viewer.orgId, {
      entity: 'QualityStandard',
      id: standard.id,
      change: 'set',
      after: { ...input, laborRateCeiling: { ...input.laborRateCeiling } },
    });
    return standard;
  });
}

/** Adds a part to the price list or changes its name, price and fitting models. */
export async function setPartPrice(
  { em, viewer, clock }: Scope,
  input: { sku: string; name: string; listPrice: MoneyText; modelIds?: string[] | null },
): Promise<Part> {
  const price = parseMoney(input.listPrice.amount, input.listPrice.currency, 'listPrice', 10_000_000);
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const existing = await tx.findOne(Part, { manufacturer: viewer.orgId, sku: input.sku }, { populate: ['models'] });
    const part = existing ?? tx.create(Part, { manufacturer: viewer.orgId, sku: input.sku, name: input.name, listPrice: '0', currency: price.currency });
    const before = existing ? { name: existing.name, listPrice: existing.listPrice, currency: existing.currency } : undefined;
    part.name = input.name.trim();
    part.listPrice = formatAmount(price);
    part.currency = price.currency;
    if (input.modelIds) {
      const models = await tx.find(ProductModel, { id: { $in: input.modelIds.filter(isUuid) }, productLine: { manufacturer: viewer.orgId } });
      if (models.length !== new Set(input.modelIds).size) throw notFound('Product model');
      part.models.set(models);
    }
    networkChanged(change, viewer.orgId, {
      entity: 'Part',
      id: part.id,
      change: existing ? 'repriced' : 'created',
      before,
      after: { name: part.name, listPrice: part.listPrice, currency: part.currency },
    });
    return part;
  });
}

/**
 * Where an installed unit's site is (dispatch ranks partners by their distance to it); null forgets
 * it. A time zone, when given, is the one the site's appointments show in.
 */
export async function setSiteLocation(
  { em, viewer, clock }: Scope,
  serial: string,
  location: GeoPoint | null,
  timeZone?: string | null,
): Promise<EquipmentUnit> {
  if (timeZone && !isTimeZone(timeZone)) throw badInput(`Unknown time zone: ${timeZone}`, { field: 'timeZone' });
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const unit = await tx.findOne(EquipmentUnit, { serial: serial.trim(), manufacturer: viewer.orgId });
    if (!unit) throw notFound('Equipment unit');
    const before = { latitude: unit.siteLatitude ?? null, longitude: unit.siteLongitude ?? null, timeZone: unit.siteTimeZone ?? null };
    unit.siteLatitude = location?.latitude ?? null;
    unit.siteLongitude = location?.longitude ?? null;
    if (timeZone) unit.siteTimeZone = timeZone;
    const after = location ? { ...location, timeZone: unit.siteTimeZone ?? null } : null;
    networkChanged(change, viewer.orgId, { entity: 'EquipmentUnit', id: unit.id, change: 'located', before, after });
    return unit;
  });
}
