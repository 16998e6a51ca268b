import { column, type PlannedType } from '../../planner/planned-type.js';

/** How the planner reads a reason code (JobOffer.declineCode); the label is translated by reason.resolver.ts. */
export const REASON_PLANS: Record<string, PlannedType> = {
  ReasonCode: {
    table: 'reason_code',
    fields: {
      id: column('id'),
      kind: column('kind'),
      code: column('code'),
      label: { needs: ['labelText', 'labelI18n'] },
      labelAsWritten: column('label'),
      translations: { needs: ['labelI18n'] },
      position: column('position'),
      active: column('active'),
      labelText: column('label'),
      labelI18n: column('translations'),
    },
  },
};
