// The usual mix of state changes (F9), each by the role that makes it in the portal: a dispatcher
// creates a job and offers it to a partner, the partner's admin accepts and schedules a technician,
// the technician starts and asks for a part, the parts clerk approves and ships it, the technician
// receives it. Open loop: the steps of all jobs together keep the asked rate, a job's steps follow
// each other a second apart, and a slow answer delays its own job, not the schedule.
import { now } from './stats.mjs';

/** Between two steps of one job: late enough that each step's event has reached its screens. */
const STEP_GAP_MS = 1000;

/** The next free appointment slot of this run (every booking gets its own). */
let nextSlot = 0;

const STEPS = [
  {
    by: 'dispatcher',
    query: 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }',
    variables: (job) => ({ i: { serial: job.serial, type: 'REPAIR', description: 'live screens' } }),
    keep: (job, data) => (job.jobId = data.createJob.id),
  },
  {
    by: 'dispatcher',
    query: 'mutation($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }',
    variables: (job) => ({ j: job.jobId, p: [job.partnerId] }),
    keep: (job, data) => (job.offerId = data.offerJob[0].id),
  },
  { by: 'admin', query: 'mutation($o: ID!) { acceptOffer(offerId: $o) { id } }', variables: (job) => ({ o: job.offerId }) },
  {
    by: 'admin',
    query: 'mutation($j: ID!, $a: DateTime!, $t: ID) { scheduleJob(jobId: $j, appointmentAt: $a, technicianId: $t) { id } }',
    // Each booking its own 3-hour slot a month ahead: a technician booked twice at once is refused (SCHEDULE_CONFLICT).
    variables: (job) => ({ j: job.jobId, a: new Date(Date.now() + 30 * 86_400_000 + nextSlot++ * 3 * 3_600_000).toISOString(), t: job.technicianId }),
  },
  { by: 'technician', query: 'mutation($j: ID!) { startJob(jobId: $j) { id } }', variables: (job) => ({ j: job.jobId }) },
  {
    by: 'technician',
    query: 'mutation($i: RequestPartsInput!) { requestParts(input: $i) { id } }',
    variables: (job, mix) => ({ i: { jobId: job.jobId, lines: [{ sku: mix.sku, quantity: 1 }] } }),
    keep: (job, data) => (job.requestId = data.requestParts.id),
  },
  {
    by: 'clerk',
    query: 'mutation($i: DecidePartsRequestInput!) { decidePartsRequest(input: $i) { id } }',
    variables: (job) => ({ i: { id: job.requestId, approve: true } }),
  },
  { by: 'clerk', query: 'mutation($r: ID!) { shipPartsRequest(id: $r, trackingCode: "BENCH-1") { id } }', variables: (job) => ({ r: job.requestId }) },
  { by: 'technician', query: 'mutation($r: ID!) { receivePartsRequest(id: $r) { id } }', variables: (job) => ({ r: job.requestId }) },
];

/** State changes per job in the mix. */
export const MIX_STEPS = STEPS.length;

async function post(url, token, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

const until = (at) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - now())));

/**
 * `mix`: { dispatcher, clerk (tokens), sku, jobs: [{ serial, partnerId, technicianId, admin, technician (tokens) }] }.
 * Jobs start every MIX_STEPS / rate seconds for `seconds`; the last ones finish their steps after.
 */
export async function runMix(url, mix, rate, seconds) {
  const started = now();
  const result = { sent: 0, ok: 0, errors: 0, firstErrors: [] };
  const runJob = async (job, start) => {
    for (const [i, step] of STEPS.entries()) {
      await until(start + i * STEP_GAP_MS);
      const token = step.by === 'dispatcher' || step.by === 'clerk' ? mix[step.by] : job[step.by];
      const answer = await post(url, token, step.query, step.variables(job, mix)).catch((error) => ({ errors: [{ message: error.message }] }));
      result.sent++;
      if (answer.errors) {
        result.errors++;
        if (result.firstErrors.length < 5) result.firstErrors.push(`${step.query.slice(9, 40)}: ${answer.errors[0].message}`);
        return;
      }
      result.ok++;
      step.keep?.(job, answer.data);
    }
  };
  const jobs = [];
  for (let k = 0; ; k++) {
    const start = started + (k * MIX_STEPS * 1000) / rate;
    if (start >= started + seconds * 1000 || k >= mix.jobs.length) break;
    await until(start);
    jobs.push(runJob({ ...mix.jobs[k] }, start));
  }
  await Promise.all(jobs);
  return { ...result, seconds: (now() - started) / 1000, rampSeconds: ((MIX_STEPS - 1) * STEP_GAP_MS) / 1000 };
}
