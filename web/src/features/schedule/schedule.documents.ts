import { graphql } from '../../gql';

/** An appointment on the calendar is its job: live events carry this fragment (live.documents.ts), so a move shows at once. */
export const SCHEDULE_JOB = graphql(`
  fragment Schedule_job on ServiceJob {
    id number status version appointmentAt appointmentEndsAt appointmentMinutes siteTimeZone
    technician { id name }
    equipment { id siteAddress model { id name } }
  }
`);

export const TECHNICIAN_ABSENCE = graphql(`
  fragment Schedule_absence on TechnicianAbsence { id technicianId startsAt endsAt kind note }
`);

/** Every technician's working hours, absences and appointments overlapping the period shown. */
export const TECHNICIAN_SCHEDULES = graphql(`
  query TechnicianSchedules($from: DateTime!, $to: DateTime!) {
    technicianSchedules(from: $from, to: $to) {
      technicianId name ownHours timeZone
      hours { day intervals }
      absences { ...Schedule_absence }
      appointments { jobId jobNumber startsAt endsAt minutes siteAddress siteTimeZone job { ...Schedule_job } }
    }
  }
`);

export const RESCHEDULE = graphql(`
  mutation Reschedule($jobId: ID!, $appointmentAt: DateTime!, $durationMinutes: Int, $technicianId: ID, $expectedVersion: Int) {
    scheduleJob(jobId: $jobId, appointmentAt: $appointmentAt, durationMinutes: $durationMinutes, technicianId: $technicianId, expectedVersion: $expectedVersion) {
      ...Schedule_job
    }
  }
`);

export const SET_TECHNICIAN_HOURS = graphql(`
  mutation SetTechnicianHours($technicianId: ID!, $hours: [WorkingHoursInput!]) {
    setTechnicianHours(technicianId: $technicianId, hours: $hours) { technicianId ownHours timeZone hours { day intervals } }
  }
`);

export const ADD_ABSENCE = graphql(`
  mutation AddTechnicianAbsence($input: TechnicianAbsenceInput!) { addTechnicianAbsence(input: $input) { ...Schedule_absence } }
`);

export const REMOVE_ABSENCE = graphql(`
  mutation RemoveTechnicianAbsence($id: ID!) { removeTechnicianAbsence(id: $id) { id } }
`);

export const TECHNICIAN_CERTIFICATION = graphql(`
  fragment Schedule_certification on TechnicianCertification { id technicianId productLineId productLineName jobTypes expiresAt valid }
`);

/** One technician's certifications, and the product lines the organization is certified for (what a technician may be certified on). */
export const TECHNICIAN_CERTIFICATIONS = graphql(`
  query TechnicianCertifications($technicianId: ID!) {
    technicianCertifications(technicianId: $technicianId) { ...Schedule_certification }
    me { id organization { id certifications { id productLineId productLineName } } }
  }
`);

export const ADD_TECHNICIAN_CERTIFICATION = graphql(`
  mutation AddTechnicianCertification($input: TechnicianCertificationInput!) { addTechnicianCertification(input: $input) { ...Schedule_certification } }
`);

export const REMOVE_TECHNICIAN_CERTIFICATION = graphql(`
  mutation RemoveTechnicianCertification($id: ID!) { removeTechnicianCertification(id: $id) { id } }
`);
