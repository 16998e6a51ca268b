/** Why a technician is away. */
export enum AbsenceKind {
  VACATION = 'VACATION',
  SICK = 'SICK',
  TRAINING = 'TRAINING',
  OTHER = 'OTHER',
}
