import { type NetworkFixture, joinNetwork } from './factory.js';
import { dataOf, post, type Result } from './graphql-client.js';
import type { Api } from './operations.js';

const SPLIT = `mutation ($j: ID!, $line: ID!) { splitJob(jobId: $j, components: [{ productLineId: $line, description: "Replace the fan" }]) { id } }`;
const SURVEY = `mutation ($t: String!) { submitSurvey(token: $t, rating: 4, comment: "Quick") { id } }`;

/**
 * Jobs in every state, for tests that compare two ways of reading the same data: new; offered to
 * two partners; a broadcast one partner won (the other's offer withdrawn); a declined offer; the
 * whole way with parts on paid equipment, closed and surveyed; closed and reopened; waiting for
 * parts; split into a component job; assigned; cancelled; and the rival's, one held by the partner
 * both networks share (`net`'s first, which joins the rival's network). Needs 4 partners in `net`
 * and 1 in `rival`. Returns the jobs' ids.
 */
export async function variedJobs(api: Api, net: NetworkFixture, rival: NetworkFixture): Promise<string[]> {
  const { server } = api;
  const [p0, p1, p2, p3] = net.partners;
  await joinNetwork(server, p0, rival);
  const ok = async (result: Promise<Result<unknown>>) => dataOf(await result);
  const jobIds: string[] = [];
  const keep = <T extends { id: string }>(job: T) => {
    jobIds.push(job.id);
    return job;
  };

  keep(await api.createJob(net));
  const pending = keep(await api.createJob(net, net.paidSerial, 'MAINTENANCE'));
  await api.offerOk(net, pending.id, [p0.id, p1.id]);
  const race = keep(await api.createJob(net));
  const raceOffers = await api.offerOk(net, race.id, [p1.id, p2.id]);
  await ok(api.accept(p1.admin, raceOffers.find((o) => o.partner.id === p1.id)!.id));
  const declined = keep(await api.createJob(net));
  const [declinedOffer] = await api.offerOk(net, declined.id, [p2.id]);
  await ok(api.decline(p2.admin, declinedOffer.id));

  const { job: full } = await api.startedJob(net, p0, net.paidSerial);
  keep(full);
  const parts = [
    { sku: net.skus[0], quantity: 2 },
    { sku: net.skus[1], quantity: 1, loaner: true },
  ];
  const request = (await ok(api.requestParts(p0.tech, full.id, parts))) as { requestParts: { id: string } };
  await ok(api.decide(net.partsClerk, request.requestParts.id, true, [{ sku: net.skus[0], quantity: 1 }]));
  await ok(api.ship(net.partsClerk, request.requestParts.id));
  await ok(api.receive(p0.tech, request.requestParts.id));
  await ok(api.complete(p0.tech, full.id, api.fullReport(net)));
  const closed = (await ok(api.close(net.dispatcher, full.id))) as { closeJob: { surveyToken: string } };
  await ok(post(server.httpUrl, SURVEY, { t: closed.closeJob.surveyToken }));

  const { job: reopened } = await api.startedJob(net, p1);
  keep(reopened);
  await ok(api.complete(p1.tech, reopened.id, api.fullReport(net)));
  await ok(api.close(net.dispatcher, reopened.id));
  await ok(api.reopen(net.dispatcher, reopened.id));

  const { job: waiting } = await api.startedJob(net, p3);
  keep(waiting);
  await ok(api.requestParts(p3.tech, waiting.id, [{ sku: net.skus[2], quantity: 3 }]));
  const { job: parent } = await api.startedJob(net, p1, net.paidSerial);
  keep(parent);
  const split = (await ok(post(server.httpUrl, SPLIT, { j: parent.id, line: net.productLineId }, net.dispatcher.token))) as { splitJob: { id: string }[] };
  for (const child of split.splitJob) keep(child);
  keep((await api.assignedJob(net, p2)).job);
  const cancelled = keep(await api.createJob(net));
  await ok(api.cancel(net.dispatcher, cancelled.id));

  keep((await api.assignedJob(rival, p0, rival.warrantySerial)).job);
  keep((await api.assignedJob(rival, rival.partners[0], rival.warrantySerial)).job);
  keep(await api.createJob(rival));
  return jobIds;
}
