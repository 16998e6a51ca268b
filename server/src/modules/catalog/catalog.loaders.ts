import { EquipmentUnit } from './equipment-unit.entity.js';
import { ProductModel } from './product-model.entity.js';
import { ProductLine } from './product-line.entity.js';
import { Customer } from './customer.entity.js';
import { Part } from './part.entity.js';
import { byId, byRelation, type LoaderFactory } from '../../shared/loader-kit.js';

export const CATALOG_LOADERS = {
  equipment: (em) => byId(em, EquipmentUnit),
  model: (em) => byId(em, ProductModel),
  productLine: (em) => byId(em, ProductLine),
  customer: (em) => byId(em, Customer),
  part: (em) => byId(em, Part),
  modelsByLine: (em) => byRelation(em, ProductModel, 'productLine', { name: 'asc' }),
} satisfies Record<string, LoaderFactory>;
