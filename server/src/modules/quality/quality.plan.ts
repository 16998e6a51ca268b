import { column, money, type PlannedType } from '../../planner/planned-type.js';

/** How the planner reads a quality standard. */
export const QUALITY_PLANS: Record<string, PlannedType> = {
  QualityStandard: {
    table: 'quality_standard',
    fields: {
      id: column('id'),
      jobType: column('job_type'),
      responseMinutes: column('response_minutes'),
      resolutionMinutes: column('resolution_minutes'),
      slaTime: column('sla_time'),
      // Translated by the resolver (quality.resolver.ts) into the viewer's language.
      checklist: { needs: ['checklistItems'] },
      checklistItems: column('checklist'),
      instructions: { needs: ['instructionsText', 'instructionsI18n'] },
      instructionsAsWritten: column('instructions'),
      instructionsTranslations: { needs: ['instructionsI18n'] },
      instructionsText: column('instructions'),
      instructionsI18n: column('instructions_translations'),
      requiredReportFields: column('required_report_fields'),
      requiresPhoto: { sql: (row) => `${row}.min_photos > 0` },
      minPhotos: column('min_photos'),
      keepPhotoLocation: column('keep_photo_location'),
      requiresSignature: column('requires_signature'),
      requiresCertifiedTechnician: column('requires_certified_technician'),
      laborRateCeiling: money('labor_rate_ceiling', 'currency'),
      maxLaborMinutes: column('max_labor_minutes'),
      appointmentMinutes: column('appointment_minutes'),
    },
  },
};
