import 'reflect-metadata';
import { buildSchema, getMetadataStorage, type PubSub } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { registerEnums } from './enums.js';
import { authChecker } from './auth-checker.js';
import { DateTime } from './scalars.js';
import { MoneyResolver } from './money.types.js';
import { UserResolver } from '../modules/network/network.resolver.js';
import { EquipmentResolver, PartResolver, ProductModelResolver } from '../modules/catalog/catalog.resolver.js';
import { QualityStandardResolver } from '../modules/quality/quality.resolver.js';
import { JobResolver } from '../modules/job/job.resolver.js';
import { DispatchResolver } from '../modules/dispatch/dispatch.resolver.js';
import { MailedOfferResolver } from '../modules/dispatch/mailed-offer.resolver.js';
import { PartsRequestLineResolver, PartsRequestResolver } from '../modules/parts/parts.resolver.js';
import { EventResolver } from '../modules/events/event.resolver.js';
import { SurveyResolver } from '../modules/survey/survey.resolver.js';
import { CustomerResolver } from '../modules/customer/customer.resolver.js';
import { ScorecardResolver } from '../modules/scorecard/scorecard.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { BillingResolver } from '../modules/billing/billing.resolver.js';
import { AnalysisResolver } from '../modules/analysis/analysis.resolver.js';
import { PLANNED_TYPES } from '../planner/planned-types.js';
import { preferPlannedValues } from '../planner/planned-values.js';
import { CatalogAdminResolver, NetworkAdminResolver } from '../modules/admin/admin.resolver.js';
import { AttachmentResolver, JobAttachmentsResolver } from '../modules/files/files.resolver.js';
import { ApiKeyResolver } from '../modules/apikey/api-key.resolver.js';
import { MailResolver } from '../modules/mail/mail.resolver.js';
import { WebhookResolver } from '../modules/webhook/webhook.resolver.js';
import { BusinessCalendarResolver } from '../modules/org-calendar/org-calendar.resolver.js';
import { JobClockResolver } from '../modules/org-calendar/job-clock.resolver.js';
import { AppointmentResolver, TechnicianScheduleResolver } from '../modules/schedule/schedule.resolver.js';
import { FirmCertificationsResolver, TechnicianCertificationResolver } from '../modules/schedule/technician-certification.resolver.js';
import { ReasonCodeResolver } from '../modules/reason/reason.resolver.js';
import { TextsAdminResolver } from '../modules/admin/texts-admin.resolver.js';
import { ClaimEventResolver, ClaimLineResolver, ClaimMessageResolver, ClaimResolver, PaymentBatchResolver } from '../modules/claim/claim.resolver.js';
import { OnboardingResolver } from '../modules/onboarding/onboarding.resolver.js';
import { JobQuoteResolver, QuoteLineResolver, QuoteResolver } from '../modules/quote/quote.resolver.js';
import { ClaimLineReturnResolver, ReturnEventResolver, ReturnsResolver } from '../modules/returns/returns.resolver.js';

registerEnums();

let built: Promise<GraphQLSchema> | undefined;

/**
 * type-graphql insists on a PubSub once a schema has subscriptions, even when every subscription
 * brings its own `subscribe`. Ours read the event log (modules/events/event-stream.ts); nothing publishes.
 */
const noPubSub: PubSub = {
  publish: () => {
    throw new Error('Events are published by committing them to the event log, not through PubSub');
  },
  subscribe: () => {
    throw new Error('Subscriptions read the event log through their own subscribe function');
  },
};

/** The code-first schema; built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      UserResolver,
      EquipmentResolver,
      ProductModelResolver,
      PartResolver,
      QualityStandardResolver,
      JobResolver,
      DispatchResolver,
      MailedOfferResolver,
      PartsRequestResolver,
      PartsRequestLineResolver,
      EventResolver,
      SurveyResolver,
      CustomerResolver,
      ScorecardResolver,
      AuditResolver,
      BillingResolver,
      ClaimResolver,
      ClaimLineResolver,
      ClaimMessageResolver,
      PaymentBatchResolver,
      ClaimEventResolver,
      AnalysisResolver,
      NetworkAdminResolver,
      CatalogAdminResolver,
      AttachmentResolver,
      JobAttachmentsResolver,
      ApiKeyResolver,
      MailResolver,
      WebhookResolver,
      MoneyResolver,
      BusinessCalendarResolver,
      JobClockResolver,
      TechnicianScheduleResolver,
      TechnicianCertificationResolver,
      FirmCertificationsResolver,
      AppointmentResolver,
      ReasonCodeResolver,
      TextsAdminResolver,
      OnboardingResolver,
      QuoteResolver,
      QuoteLineResolver,
      JobQuoteResolver,
      ReturnsResolver,
      ReturnEventResolver,
      ClaimLineReturnResolver,
    ],
    authChecker,
    pubSub: noPubSub,
    scalarsMap: [{ type: Date, scalar: DateTime }],
    validate: { forbidUnknownValues: false },
  }).then((schema) => {
    preferPlannedValues(schema, PLANNED_TYPES.keys());
    return schema;
  });
  return built;
}

/** The SDL committed at schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

/**
 * How each object type's fields resolve: a simple type (`simpleResolvers`) reads a field without a
 * resolver as a property, with no type-graphql wrapper, so a guard (`@Authorized`, middleware) on
 * such a field would be skipped. The schema test holds every type simple and no such guard.
 */
export function objectTypeResolution(): { name: string; simple: boolean; guardedPlainFields: string[] }[] {
  const storage = getMetadataStorage();
  return storage.objectTypes.map((type) => {
    const resolved = new Set(storage.fieldResolvers.filter((resolver) => resolver.getObjectType?.() === type.target).map((resolver) => resolver.methodName));
    const guarded = (type.fields ?? []).filter(
      (field) => !resolved.has(field.name) && ((field.roles?.length ?? 0) > 0 || (field.middlewares?.length ?? 0) > 0),
    );
    return { name: type.name, simple: type.simpleResolvers === true, guardedPlainFields: guarded.map((field) => field.name) };
  });
}
