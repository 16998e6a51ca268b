import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { EventRecorder, errorCode, wsClient } from '../support/graphql-client.js';
import { useNetwork } from '../support/use-network.js';

/**
 * Loaner units out and back, on the test clock: a loaner line shipped gets a return-by date LOAN_DAYS
 * (here set to 10, not the default 14) on; returned, it is never overdue; not returned past the date, the deadline scheduler records it
 * overdue once (LOANER_OVERDUE), which reaches the dispatcher and the partner holding the job, and
 * not another partner.
 */
const LOAN_DAYS = 10;
const network = useNetwork({ partners: 2, server: { config: { loanDays: LOAN_DAYS } } });

const LINES = graphql(`
  query LoanerLines {
    partsRequests { id viewerCan { returnLoaner } lines { id loaner part { sku } loanerReturnBy loanerReturnedAt loanerOverdue } }
  }
`);
const RETURN = graphql(`
  mutation LoanerReturn($id: ID!, $t: String) { returnLoaner(lineId: $id, trackingCode: $t) { id lines { id loanerReturnedAt loanerReturnTrackingCode loanerOverdue } } }
`);
const HISTORY = graphql(`
  query LoanerHistory($id: ID!) { job(id: $id) { events { kind data } } }
`);

const DAY = 86_400_000;

describe('loaner units', () => {
  it('are due back LOAN_DAYS after shipping, escalated once when late, and returned by the partner', async () => {
    const { server, api, net } = network;
    const [holder, other] = net.partners;
    const board = await EventRecorder.start(wsClient(server.wsUrl, net.dispatcher.token));
    const holderInbox = await EventRecorder.start(wsClient(server.wsUrl, holder.admin.token));
    const otherInbox = await EventRecorder.start(wsClient(server.wsUrl, other.admin.token));

    /** A started job of `partner` with a request of one part and one loaner, approved and shipped. */
    const shippedLoaner = async (partner: typeof holder) => {
      const { job } = await api.startedJob(net, partner);
      const requested = await api.requestParts(partner.tech, job.id, [
        { sku: net.skus[0], quantity: 1 },
        { sku: net.skus[1], quantity: 1, loaner: true },
      ]);
      const requestId = requested.data!.requestParts.id;
      expect((await api.decide(net.partsClerk, requestId, true)).data?.decidePartsRequest.status).toBe('APPROVED');
      expect((await api.ship(net.partsClerk, requestId)).data?.shipPartsRequest.status).toBe('SHIPPED');
      const request = (await api.ok(partner.admin, LINES)).partsRequests.find((r) => r.id === requestId)!;
      return { job, request, loaner: request.lines.find((l) => l.loaner)!, part: request.lines.find((l) => !l.loaner)! };
    };

    const shippedAt = server.clock.now().getTime();
    const late = await shippedLoaner(holder);
    expect(late.request.viewerCan.returnLoaner).toBe(true);
    expect(Date.parse(late.loaner.loanerReturnBy!) - shippedAt).toBeGreaterThanOrEqual(LOAN_DAYS * DAY);
    expect(Date.parse(late.loaner.loanerReturnBy!) - shippedAt).toBeLessThan(LOAN_DAYS * DAY + 60_000);
    expect(late.loaner).toMatchObject({ loanerReturnedAt: null, loanerOverdue: false });
    expect(late.part).toMatchObject({ loanerReturnBy: null, loanerOverdue: false });
    // The dispatcher sees the line, but the return is the partner's step.
    const seenByStaff = (await api.ok(net.dispatcher, LINES)).partsRequests.find((r) => r.id === late.request.id)!;
    expect(seenByStaff.viewerCan.returnLoaner).toBe(false);
    expect(errorCode(await api.call(net.dispatcher, RETURN, { id: late.loaner.id }))).toBe('FORBIDDEN');

    // The other partner's loaner goes back in time; a line that is no loaner, or one returned already, cannot.
    const onTime = await shippedLoaner(other);
    expect(errorCode(await api.call(holder.admin, RETURN, { id: onTime.loaner.id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(other.tech, RETURN, { id: onTime.part.id }))).toBe('INVALID_TRANSITION');
    const returned = await api.ok(other.tech, RETURN, { id: onTime.loaner.id, t: 'RET-1' });
    const returnedLine = returned.returnLoaner.lines.find((l) => l.id === onTime.loaner.id)!;
    expect(returnedLine).toMatchObject({ loanerOverdue: false, loanerReturnTrackingCode: 'RET-1' });
    expect(Date.parse(returnedLine.loanerReturnedAt!)).toBeGreaterThanOrEqual(shippedAt);
    expect(errorCode(await api.call(other.admin, RETURN, { id: onTime.loaner.id }))).toBe('INVALID_TRANSITION');
    await otherInbox.waitFor((e) => e.kind === 'LOANER_RETURNED' && e.job?.id === onTime.job.id);

    // A day before the date nothing is due; past it, the unreturned loaner is escalated, once.
    server.clock.advance((LOAN_DAYS - 1) * DAY);
    expect((await server.deps.scheduler.tick()).loanersOverdue).toBe(0);
    server.clock.advance(2 * DAY);
    expect((await server.deps.scheduler.tick()).loanersOverdue).toBe(1);
    expect((await server.deps.scheduler.tick()).loanersOverdue).toBe(0);

    const escalated = await board.waitFor((e) => e.kind === 'LOANER_OVERDUE');
    expect(escalated.job?.id).toBe(late.job.id);
    await holderInbox.waitFor((e) => e.kind === 'LOANER_OVERDUE' && e.job?.id === late.job.id);
    // The other partner: its own next step arrives, the escalation before it did not.
    expect((await api.receive(other.tech, onTime.request.id)).data?.receivePartsRequest.status).toBe('RECEIVED');
    await otherInbox.waitFor((e) => e.kind === 'PARTS_RECEIVED' && e.job?.id === onTime.job.id);
    expect(otherInbox.events.filter((e) => e.kind === 'LOANER_OVERDUE')).toEqual([]);

    const history = (await api.ok(net.dispatcher, HISTORY, { id: late.job.id })).job!.events.filter((e) => e.kind === 'LOANER_OVERDUE');
    expect(history).toHaveLength(1);
    expect(history[0].data).toMatchObject({ lineId: late.loaner.id, sku: net.skus[1], returnBy: late.loaner.loanerReturnBy });
    const overdue = (await api.ok(holder.admin, LINES)).partsRequests.find((r) => r.id === late.request.id)!;
    expect(overdue.lines.find((l) => l.loaner)).toMatchObject({ loanerOverdue: true, loanerReturnedAt: null });

    // Returned late, it is no longer overdue (and is not escalated again).
    const back = await api.ok(holder.admin, RETURN, { id: late.loaner.id });
    expect(back.returnLoaner.lines.find((l) => l.id === late.loaner.id)).toMatchObject({ loanerOverdue: false });
    expect((await server.deps.scheduler.tick()).loanersOverdue).toBe(0);
    for (const recorder of [board, holderInbox, otherInbox]) recorder.stop();
  });
});
