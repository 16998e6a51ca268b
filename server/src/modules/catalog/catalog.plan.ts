import { column, money, type PlannedType } from '../../planner/planned-type.js';

/** The warranty's end as coverage.ts computes it: `Date.UTC(year, month - 1 + warrantyMonths, day)`, months and days overflowing forward. */
const warrantyEnd = (unit: string, model: string) =>
  `(date_trunc('month', ${unit}.sale_date::timestamp) + make_interval(months => ${model}.warranty_months, days => extract(day from ${unit}.sale_date)::int - 1))`;

/** How the planner reads the catalogue's types (catalog.resolver.ts computes the same for entities). */
export const CATALOG_PLANS: Record<string, PlannedType> = {
  EquipmentUnit: {
    table: 'equipment_unit',
    fields: {
      id: column('id'),
      serial: column('serial'),
      siteAddress: column('site_address'),
      region: column('region'),
      siteLatitude: column('site_latitude'),
      siteLongitude: column('site_longitude'),
      siteTimeZone: column('site_time_zone'),
      underContract: column('under_contract'),
      saleDate: { sql: (row) => `to_char(${row}.sale_date, 'YYYY-MM-DD"T00:00:00.000Z"')` },
      warrantyEndsOn: {
        sql: (row, statement) => {
          const model = statement.alias();
          return `(select to_char(${warrantyEnd(row, model)}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') from product_model ${model} where ${model}.id = ${row}.model_id)`;
        },
      },
      underWarranty: {
        sql: (row, statement) => {
          const model = statement.alias();
          return `coalesce((select ${statement.now} < (${warrantyEnd(row, model)} at time zone 'UTC') from product_model ${model} where ${model}.id = ${row}.model_id), false)`;
        },
      },
      model: { one: 'ProductModel', join: (row, model) => `${model}.id = ${row}.model_id` },
      customer: { one: 'Customer', join: (row, customer) => `${customer}.id = ${row}.customer_id` },
    },
  },
  ProductModel: {
    table: 'product_model',
    fields: {
      id: column('id'),
      name: column('name'),
      warrantyMonths: column('warranty_months'),
      productLine: { one: 'ProductLine', join: (row, line) => `${line}.id = ${row}.product_line_id` },
    },
  },
  ProductLine: {
    table: 'product_line',
    fields: {
      id: column('id'),
      name: column('name'),
      strategy: column('strategy'),
      maintenanceIntervalMonths: column('maintenance_interval_months'),
      // The admin screens' lists, read by their resolvers through loaders.
      models: { needs: ['id'] },
      standards: { needs: ['id'] },
    },
  },
  Customer: {
    table: 'customer',
    fields: { id: column('id'), name: column('name'), email: column('email'), phone: column('phone') },
  },
  Part: {
    table: 'part',
    fields: { id: column('id'), sku: column('sku'), name: column('name'), listPrice: money('list_price', 'currency') },
  },
};
