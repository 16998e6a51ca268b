import type { JobType } from '../modules/job/job.enums.js';

/** What customers report, per kind of job: the words on the demo's case files. */
export const DESCRIPTIONS: Record<JobType, readonly string[]> = {
  REPAIR: [
    'Unit stops after ten minutes with error E-41; customer reports a burning smell.',
    'Pressure drops under load; the safety valve trips twice a day.',
    'Display stays dark after a power cut; the fans run.',
    'Loud grinding noise from the drive at start-up.',
    'Leak under the pump housing, about a cup of fluid per shift.',
    'Controller reboots at random during the night shift.',
    'Temperature overshoots the set point by eight degrees.',
  ],
  MAINTENANCE: [
    'Scheduled 12-month preventive maintenance.',
    'Quarterly filter change and calibration as per service contract.',
    'Preventive maintenance before the peak season.',
  ],
  INSPECTION: ['Annual safety inspection required by the insurer.', 'Inspection after relocation of the unit to the new hall.'],
  INSTALLATION: ['Install and commission the new unit on site; customer crane available.', 'Installation of replacement unit and hand-over to the operators.'],
  TRAINING: ['Operator training for the new shift team (6 people).', 'Refresher training on the cleaning cycle.'],
  DELIVERY: ['Deliver the loaner unit and collect the faulty one.', 'Deliver and place the spare module at the site.'],
};

/** What partners type when they decline, with the manufacturer's reason code they pick (seed/reason-codes.ts). */
export const DECLINE_REASONS: readonly { reason: string; code: string }[] = [
  { reason: 'No technician free in that region this week', code: 'NO_CAPACITY' },
  { reason: 'Our certified technician is on leave', code: 'NO_CERTIFICATION' },
  { reason: 'Too far from our nearest base for the response time', code: 'OUT_OF_AREA' },
];

export const RESOLUTIONS = [
  'Replaced the worn drive belt, tested under load for 30 minutes.',
  'Cleaned and re-seated the controller board; updated firmware; no errors in a 1-hour run.',
  'Replaced the pressure sensor and recalibrated; values within tolerance.',
  'Sealed the pump housing with a new gasket; no leak after a full cycle.',
  'Carried out the maintenance checklist; replaced filters; unit within specification.',
];

export const COMMENTS = [
  'Technician was on time and explained everything.',
  'Fixed quickly, very friendly.',
  'Had to wait two days for the part.',
  'Good job, but the appointment was moved once.',
  'Excellent service, thank you!',
];
