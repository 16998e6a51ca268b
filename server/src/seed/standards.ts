import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';
import { JobType } from '../modules/job/job.enums.js';
import type { ChecklistItemData } from '../modules/quality/quality-standard.entity.js';
import { SlaTime } from '../modules/calendar/sla-time.js';

/**
 * Response and resolution minutes per strategy: the more a failure costs, the faster. The critical
 * lines' clocks run round the clock (calendar minutes); the others' in working minutes of a
 * 9-hour day: half a day and three days, one day and five days.
 */
const CLOCKS: Record<ServiceStrategy, [number, number]> = {
  NEVER_FAIL: [60, 480],
  RAPID_RESPONSE: [120, 1440],
  REPAIRABLE: [270, 3 * 540],
  DISPOSABLE: [540, 5 * 540],
};

const CHECKLISTS: Record<JobType, ChecklistItemData[]> = {
  REPAIR: [
    { id: 'safety-isolation', label: 'Unit isolated and locked out before work' },
    { id: 'root-cause', label: 'Root cause identified and recorded' },
    { id: 'function-test', label: 'Function test under load passed' },
  ],
  MAINTENANCE: [
    { id: 'filters', label: 'Filters and wear parts replaced per schedule' },
    { id: 'calibration', label: 'Sensors calibrated within tolerance' },
    { id: 'function-test', label: 'Function test passed' },
  ],
  INSPECTION: [
    { id: 'visual', label: 'Visual inspection of housing and connections' },
    { id: 'safety-devices', label: 'Safety devices tested' },
  ],
  INSTALLATION: [
    { id: 'site-check', label: 'Site, power and ventilation checked' },
    { id: 'commissioning', label: 'Commissioned to the installation manual' },
    { id: 'handover', label: 'Operators instructed at hand-over' },
  ],
  TRAINING: [
    { id: 'attendance', label: 'Attendance list signed' },
    { id: 'safety-briefing', label: 'Safety briefing given' },
  ],
  DELIVERY: [
    { id: 'condition', label: 'Delivered unit checked for transport damage' },
    { id: 'placement', label: 'Unit placed and levelled' },
  ],
};

/** How long a visit of each kind is booked for. */
const APPOINTMENT_MINUTES: Record<JobType, number> = {
  INSTALLATION: 240,
  MAINTENANCE: 120,
  REPAIR: 120,
  INSPECTION: 60,
  TRAINING: 180,
  DELIVERY: 60,
};

export function standardFor(strategy: ServiceStrategy, jobType: JobType) {
  const [responseMinutes, resolutionMinutes] = CLOCKS[strategy];
  const critical = strategy === ServiceStrategy.RAPID_RESPONSE || strategy === ServiceStrategy.NEVER_FAIL;
  return {
    jobType,
    responseMinutes,
    resolutionMinutes,
    // Lines that must not stand still are served round the clock; the others in working hours.
    slaTime: critical ? SlaTime.CALENDAR : SlaTime.BUSINESS,
    checklist: CHECKLISTS[jobType],
    requiredReportFields: jobType === JobType.REPAIR ? ['resolution', 'failureCode'] : ['resolution'],
    minPhotos: critical && (jobType === JobType.REPAIR || jobType === JobType.INSTALLATION) ? 2 : 0,
    requiresSignature: jobType === JobType.INSTALLATION || jobType === JobType.DELIVERY || jobType === JobType.TRAINING,
    laborRateCeiling: '90.00',
    maxLaborMinutes: jobType === JobType.INSTALLATION ? 480 : 240,
    appointmentMinutes: APPOINTMENT_MINUTES[jobType],
  };
}
