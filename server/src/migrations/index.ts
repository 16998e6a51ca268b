import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123031355_initial } from './Migration20261123031355_initial.js';
import { Migration20261123032935_sla_clocks } from './Migration20261123032935_sla_clocks.js';
import { Migration20261123033135_scorecards_findings } from './Migration20261123033135_scorecards_findings.js';
import { Migration20261123033702_maintenance_components } from './Migration20261123033702_maintenance_components.js';
import { Migration20261123035832_login_throttle } from './Migration20261123035832_login_throttle.js';
import { Migration20261201090000_evidence } from './Migration20261201090000_evidence.js';
import { Migration20261201100000_service_reports } from './Migration20261201100000_service_reports.js';
import { Migration20261201110000_customer_link } from './Migration20261201110000_customer_link.js';
import { Migration20261202090000_event_consumers } from './Migration20261202090000_event_consumers.js';
import { Migration20261202091000_api_keys } from './Migration20261202091000_api_keys.js';
import { Migration20261202094000_offer_links } from './Migration20261202094000_offer_links.js';
import { Migration20261202092000_mail } from './Migration20261202092000_mail.js';
import { Migration20261202093000_webhooks } from './Migration20261202093000_webhooks.js';
import { Migration20261202093500_webhook_entities } from './Migration20261202093500_webhook_entities.js';
import { Migration20261203090000_distance } from './Migration20261203090000_distance.js';
import { Migration20261203091000_money } from './Migration20261203091000_money.js';
import { Migration20261203092000_business_calendars } from './Migration20261203092000_business_calendars.js';
import { Migration20261204090000_technician_time } from './Migration20261204090000_technician_time.js';
import { Migration20261204091000_languages } from './Migration20261204091000_languages.js';
import { Migration20261204092000_translations } from './Migration20261204092000_translations.js';
import { Migration20261205090000_customer_staff } from './Migration20261205090000_customer_staff.js';

/** Every migration in order. Committed migrations are never edited; a change is a new one. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123031355_initial', class: Migration20261123031355_initial },
  { name: 'Migration20261123032935_sla_clocks', class: Migration20261123032935_sla_clocks },
  { name: 'Migration20261123033135_scorecards_findings', class: Migration20261123033135_scorecards_findings },
  { name: 'Migration20261123033702_maintenance_components', class: Migration20261123033702_maintenance_components },
  { name: 'Migration20261123035832_login_throttle', class: Migration20261123035832_login_throttle },
  { name: 'Migration20261201090000_evidence', class: Migration20261201090000_evidence },
  { name: 'Migration20261201100000_service_reports', class: Migration20261201100000_service_reports },
  { name: 'Migration20261201110000_customer_link', class: Migration20261201110000_customer_link },
  { name: 'Migration20261202090000_event_consumers', class: Migration20261202090000_event_consumers },
  { name: 'Migration20261202091000_api_keys', class: Migration20261202091000_api_keys },
  { name: 'Migration20261202094000_offer_links', class: Migration20261202094000_offer_links },
  { name: 'Migration20261202092000_mail', class: Migration20261202092000_mail },
  { name: 'Migration20261202093000_webhooks', class: Migration20261202093000_webhooks },
  { name: 'Migration20261202093500_webhook_entities', class: Migration20261202093500_webhook_entities },
  { name: 'Migration20261203090000_distance', class: Migration20261203090000_distance },
  { name: 'Migration20261203091000_money', class: Migration20261203091000_money },
  { name: 'Migration20261203092000_business_calendars', class: Migration20261203092000_business_calendars },
  { name: 'Migration20261204090000_technician_time', class: Migration20261204090000_technician_time },
  { name: 'Migration20261204091000_languages', class: Migration20261204091000_languages },
  { name: 'Migration20261204092000_translations', class: Migration20261204092000_translations },
  { name: 'Migration20261205090000_customer_staff', class: Migration20261205090000_customer_staff },
];
