// F6: createJob and acceptOffer over HTTP against a bare insert-and-commit on the same database.
import { percentile, median } from '../stats.mjs';

export async function measureWrites(b) {
  const { sql, serverA, gql, dispatcher, partnerId, partnerToken, unitFor, record, ms } = b;
  const bareInsert = [];
  for (let i = 0; i < 300; i++) {
    const started = performance.now();
    await sql.query("insert into login_attempt (email, address, at, succeeded) values ('bench', 'bench', now(), true)");
    bareInsert.push(performance.now() - started);
  }
  const createTimes = [];
  const acceptTimes = [];
  for (let i = 0; i < 200; i++) {
    const partner = 2 + (i % 100);
    let started = performance.now();
    const { createJob } = await gql(serverA.httpUrl, dispatcher, 'mutation($i: CreateJobInput!) { createJob(input: $i) { id } }', {
      i: { serial: unitFor(partner), type: 'REPAIR', description: 'bench' },
    });
    createTimes.push(performance.now() - started);
    const { offerJob } = await gql(serverA.httpUrl, dispatcher, 'mutation($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }', {
      j: createJob.id,
      p: [partnerId(partner)],
    });
    const token = await partnerToken(partner);
    started = performance.now();
    await gql(serverA.httpUrl, token, 'mutation($o: ID!) { acceptOffer(offerId: $o) { id } }', { o: offerJob[0].id });
    acceptTimes.push(performance.now() - started);
  }
  const floor = median(bareInsert);
  for (const [name, unsorted] of [
    ['createJob', createTimes],
    ['acceptOffer', acceptTimes],
  ]) {
    // percentile() reads a sorted array.
    const times = [...unsorted].sort((a, b) => a - b);
    record(
      'F6',
      `${name} p50 over HTTP vs a bare insert-and-commit`,
      `${ms(median(times))} vs ${ms(floor)}`,
      '≤ floor + 3 ms',
      median(times) <= floor + 3,
      `p99 ${ms(percentile(times, 99))}; 200 requests, one at a time`,
    );
  }
}
