import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, until, wsClient } from '../support/graphql-client.js';
import { SmtpReceiver, linkIn } from '../support/smtp-receiver.js';
import { pdfBytes } from '../support/images.js';
import type { Actor } from '../support/factory.js';
import { loadConfig } from '../../server/dist/config.js';
import { offerLinkUrls } from '../../server/dist/modules/dispatch/offer-links.js';

/**
 * Partner onboarding by invitation, end to end: the manufacturer's admin invites a firm, the mail
 * (over real SMTP) carries its /join link, the firm registers through it and is signed in, waits
 * for approval without offers, adds its technicians with certificates, and is approved on
 * probation into dispatch. A firm of the other manufacturer's network joins as a second
 * membership of the same organization. Expired, forged, used and foreign tokens are refused.
 */

const receiver = new SmtpReceiver();
let smtpUrl = '';
beforeAll(async () => {
  smtpUrl = await receiver.start();
});
afterAll(() => receiver.stop());

const network = useNetwork({
  partners: 1,
  rival: { partners: 1 },
  server: () => ({ config: { messages: { ...loadConfig({}).messages, smtpUrl, mailFrom: 'Portal <no-reply@mail.portal.test>' } } }),
});

const INVITE = graphql(`
  mutation OnbInvite($e: String!, $f: String, $k: OrgKind) { invitePartner(email: $e, firmName: $f, kind: $k) { id email firmName state link partner { id } } }
`);
const INVITATIONS = graphql(`
  query OnbInvitations {
    partnerInvitations {
      id email state registeredAt decidedAt
      partner { id name status regions capacity country address technicianCertifications { id productLineName certificate { id kind contentType url } } }
    }
  }
`);
const PUBLIC = graphql(`
  query OnbPublic($t: String!) { invitation(token: $t) { manufacturerName email firmName kind state firmKnown } }
`);
const REGISTER = graphql(`
  mutation OnbRegister($t: String!, $i: RegistrationInput!) {
    registerByInvitation(token: $t, input: $i) { token user { id email role organization { id name kind status regions country address } } }
  }
`);
const JOIN = graphql(`
  mutation OnbJoin($t: String!) { joinByInvitation(token: $t) { id state partner { id } } }
`);
const APPROVE = graphql(`
  mutation OnbApprove($id: ID!, $s: PartnerStatus!, $r: [String!], $c: Int) { approvePartner(invitationId: $id, status: $s, regions: $r, capacity: $c) { id status regions capacity } }
`);
const DECLINE = graphql(`
  mutation OnbDecline($id: ID!, $r: String) { declinePartner(invitationId: $id, reason: $r) { id state declineReason } }
`);
const ME = graphql(`
  query OnbMe { me { id organization { id } } }
`);
const PARTNERS = graphql(`
  query OnbPartners { partners { id name } }
`);
const CANDIDATES = graphql(`
  query OnbCandidates($j: ID!) { dispatchCandidates(jobId: $j) { partner { id } eligible } }
`);
const GRANT = graphql(`
  mutation OnbGrant($i: CertificationInput!) { grantCertification(input: $i) { id } }
`);
const CREATE_USER = graphql(`
  mutation OnbCreateUser($i: UserInput!) { createUser(input: $i) { id role organization { id } } }
`);
const ADD_CERT = graphql(`
  mutation OnbAddCert($i: TechnicianCertificationInput!) {
    addTechnicianCertification(input: $i) { id technicianId certificate { id kind contentType url } }
  }
`);
const MY_OFFERS = graphql(`
  query OnbOffers { offers(status: [PENDING]) { edges { node { id job { id } } } } }
`);
const JOBS = graphql(`
  query OnbJobs { jobs(first: 200) { edges { node { id } } } }
`);
const TRACK = graphql(`
  query OnbTrack($t: String!) { trackJob(token: $t) { number } }
`);
const MY_FIRM_CERTIFICATES = graphql(`
  query OnbMyFirmCertificates { me { organization { technicianCertifications { id } } } }
`);
const LOGIN = graphql(`
  mutation OnbLogin($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id organization { id } } } }
`);
const MAILED_OFFER = graphql(`
  query OnbMailedOffer($t: String!) { mailedOffer(token: $t) { offerId } }
`);

const DAY = 86_400_000;
const tokenOf = (link: string) => link.slice(link.indexOf('/join/') + '/join/'.length);
const registration = (name: string) => ({
  firmName: name,
  kind: 'DEALER' as const,
  country: 'de',
  address: 'Hafenstraße 4, 20457 Hamburg',
  regions: ['NORTH'],
  adminName: 'Greta Kühl',
  password: 'cold-and-clean',
});

/** The firm that registers through the first invitation, once it has. */
const firm = { invitationId: '', token: '', id: '', admin: undefined as unknown as Actor, technicianId: '' };
let jobId = '';

async function login(email: string, password: string): Promise<Actor> {
  const { token, user } = (await network.api.ok(undefined, LOGIN, { e: email, p: password })).login;
  return { id: user.id, email, token, orgId: user.organization.id };
}

/** The invitation's mail, over SMTP: its join link. */
async function mailedLink(address: string): Promise<string> {
  await until(() => receiver.to(address).length > 0, 15_000, `the invitation mail to ${address}`);
  const mail = receiver.to(address).at(-1)!;
  return linkIn(mail.text ?? '', 'Register or join');
}

describe('partner onboarding by invitation', () => {
  it('mails the invitation with its /join link, which shows who invites', async () => {
    const { api, net } = network;
    const email = `info-${net.suffix}@kaelte-nord.test`;
    const invited = (await api.ok(net.admin, INVITE, { e: email, f: 'Kälte Nord', k: 'DEALER' })).invitePartner;
    expect(invited).toMatchObject({ email, firmName: 'Kälte Nord', state: 'PENDING', partner: null });
    expect(invited.link).toContain('/join/');

    const link = await mailedLink(email);
    expect(link).toBe(invited.link);
    const mail = receiver.to(email).at(-1)!;
    expect(mail.subject).toBe(`Maker ${net.suffix} invites your firm into its service network`);
    expect(mail.text).toContain('Invited firm: Kälte Nord');
    firm.invitationId = invited.id;
    firm.token = tokenOf(link);

    const shown = (await api.ok(undefined, PUBLIC, { t: firm.token })).invitation;
    expect(shown).toEqual({ manufacturerName: `Maker ${net.suffix}`, email, firmName: 'Kälte Nord', kind: 'DEALER', state: 'PENDING', firmKnown: false });
    // The link is answered once, to its inviter: the list never shows it again.
    const listed = (await api.ok(net.admin, INVITATIONS)).partnerInvitations;
    expect(listed.map((row) => row.id)).toContain(invited.id);
    expect(errorCode(await api.call(net.dispatcher, INVITATIONS))).toBe('FORBIDDEN');
  });

  it('registers the new firm through the token and signs its admin in; pending, it is offered no job', async () => {
    const { api, server, net } = network;
    const staffFeed = await EventRecorder.start(wsClient(server.wsUrl, net.admin.token));
    const answer = (await api.ok(undefined, REGISTER, { t: firm.token, i: registration('Kälte Nord') })).registerByInvitation;
    expect(answer.user).toMatchObject({
      email: `info-${net.suffix}@kaelte-nord.test`,
      role: 'PARTNER_ADMIN',
      organization: { name: 'Kälte Nord', kind: 'DEALER', status: null, regions: ['NORTH'], country: 'DE', address: 'Hafenstraße 4, 20457 Hamburg' },
    });
    firm.id = answer.user.organization.id;
    firm.admin = { id: answer.user.id, email: answer.user.email, token: answer.token, orgId: firm.id };
    expect((await api.ok(firm.admin, ME)).me.organization.id).toBe(firm.id);
    const registered = await staffFeed.waitFor((event) => event.kind === 'PARTNER_REGISTERED');
    expect(registered.data).toMatchObject({ partnerId: firm.id, firmName: 'Kälte Nord', joined: false });
    staffFeed.stop();

    expect((await api.ok(undefined, PUBLIC, { t: firm.token })).invitation?.state).toBe('REGISTERED');
    const [row] = (await api.ok(net.admin, INVITATIONS)).partnerInvitations.filter((invitation) => invitation.id === firm.invitationId);
    expect(row).toMatchObject({ state: 'REGISTERED', partner: { id: firm.id, status: null } });
    // Not a partner of the network yet: an application.
    expect((await api.ok(net.admin, PARTNERS)).partners.map((partner) => partner.id)).not.toContain(firm.id);

    // Certified and in the job's region, it would fit; pending, it is no candidate and cannot be offered the job.
    await api.ok(net.admin, GRANT, {
      i: {
        partnerId: firm.id,
        productLineId: net.productLineId,
        jobTypes: ['REPAIR'],
        expiresAt: new Date(server.clock.now().getTime() + 365 * DAY).toISOString(),
      },
    });
    jobId = (await api.createJob(net)).id;
    const candidates = (await api.ok(net.dispatcher, CANDIDATES, { j: jobId })).dispatchCandidates;
    expect(candidates.map((candidate) => candidate.partner.id)).not.toContain(firm.id);
    expect(candidates.length).toBeGreaterThan(0);
    expect(errorCode(await api.offer(net, jobId, [firm.id]))).toBe('NOT_ELIGIBLE');
  });

  it("lets the firm's admin add a technician with a certification and its uploaded certificate, seen by the inviting staff", async () => {
    const { api, server, net, rival } = network;
    const tech = (
      await api.ok(firm.admin, CREATE_USER, {
        i: { email: `tech-${net.suffix}@kaelte-nord.test`, name: 'Ole Frost', role: 'TECHNICIAN', organizationId: firm.id, password: 'frosty-work' },
      })
    ).createUser;
    expect(tech).toMatchObject({ role: 'TECHNICIAN', organization: { id: firm.id } });
    firm.technicianId = tech.id;
    // Its own people only, in partner roles only.
    const elsewhere = {
      email: `x-${net.suffix}@kaelte-nord.test`,
      name: 'X',
      role: 'TECHNICIAN' as const,
      organizationId: net.partners[0].id,
      password: 'frosty-work',
    };
    expect(errorCode(await api.call(firm.admin, CREATE_USER, { i: elsewhere }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(firm.admin, CREATE_USER, { i: { ...elsewhere, organizationId: firm.id, role: 'DISPATCHER' } }))).toBe('BAD_USER_INPUT');

    expect((await api.upload(net.partners[0].tech, '', 'CERTIFICATE', pdfBytes())).status).toBe(403);
    const certificateId = await api.uploadOk(firm.admin, '', 'CERTIFICATE', pdfBytes(), { filename: 'f-gas.pdf' });
    const input = {
      technicianId: tech.id,
      productLineId: net.productLineId,
      jobTypes: ['REPAIR' as const],
      expiresAt: new Date(server.clock.now().getTime() + 200 * DAY).toISOString(),
      certificateId,
    };
    // Another firm cannot attach this firm's certificate.
    const otherTech = net.partners[0].tech.id;
    expect(errorCode(await api.call(net.partners[0].admin, ADD_CERT, { i: { ...input, technicianId: otherTech } }))).toBe('NOT_FOUND');
    const added = (await api.ok(firm.admin, ADD_CERT, { i: input })).addTechnicianCertification;
    expect(added.certificate).toMatchObject({ id: certificateId, kind: 'CERTIFICATE', contentType: 'application/pdf' });
    // One certificate proves one certification.
    expect(errorCode(await api.call(firm.admin, ADD_CERT, { i: input }))).toBe('NOT_FOUND');

    const [row] = (await api.ok(net.admin, INVITATIONS)).partnerInvitations.filter((invitation) => invitation.id === firm.invitationId);
    const seen = row.partner?.technicianCertifications ?? [];
    expect(seen).toHaveLength(1);
    const file = await fetch(`${server.url}${seen[0].certificate!.url}`);
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    // The firm's admin reads them on its organization; its technician, the other network's staff and other partners do not.
    const ownView = async (actor: Actor) => (await api.ok(actor, MY_FIRM_CERTIFICATES)).me.organization.technicianCertifications.map((c) => c.id);
    expect(await ownView(firm.admin)).toEqual([added.id]);
    const techActor = await login(`tech-${net.suffix}@kaelte-nord.test`, 'frosty-work');
    expect(await ownView(techActor)).toEqual([]);
    expect((await api.ok(rival.admin, PARTNERS)).partners.map((partner) => partner.id)).not.toContain(firm.id);
  });

  it('approves the firm on probation with regions and capacity: from then on it may be offered jobs', async () => {
    const { api, server, net } = network;
    expect(errorCode(await api.call(net.admin, APPROVE, { id: firm.invitationId, s: 'SUSPENDED' }))).toBe('BAD_USER_INPUT');
    const staffFeed = await EventRecorder.start(wsClient(server.wsUrl, net.admin.token));
    const approved = (await api.ok(net.admin, APPROVE, { id: firm.invitationId, s: 'PROBATION', r: [net.region], c: 3 })).approvePartner;
    expect(approved).toEqual({ id: firm.id, status: 'PROBATION', regions: [net.region], capacity: 3 });
    const event = await staffFeed.waitFor((e) => e.kind === 'PARTNER_APPROVED');
    expect(event.data).toMatchObject({ partnerId: firm.id, status: 'PROBATION', capacity: 3 });
    staffFeed.stop();
    expect(errorCode(await api.call(net.admin, APPROVE, { id: firm.invitationId, s: 'ACTIVE' }))).toBe('INVALID_TRANSITION');

    expect((await api.ok(net.admin, PARTNERS)).partners.map((partner) => partner.id)).toContain(firm.id);
    const candidates = (await api.ok(net.dispatcher, CANDIDATES, { j: jobId })).dispatchCandidates;
    expect(candidates.find((candidate) => candidate.partner.id === firm.id)).toMatchObject({ eligible: true });
    const [offer] = await api.offerOk(net, jobId, [firm.id]);
    const offers = (await api.ok(firm.admin, MY_OFFERS)).offers.edges.map((edge) => edge.node.id);
    expect(offers).toContain(offer.id);
  });

  it("lets a firm of the other manufacturer's network join as a second membership of the same organization", async () => {
    const { api, server, net, rival } = network;
    const member = rival.partners[0];
    const invited = (await api.ok(net.admin, INVITE, { e: member.admin.email })).invitePartner;
    const token = tokenOf(await mailedLink(member.admin.email));
    expect((await api.ok(undefined, PUBLIC, { t: token })).invitation).toMatchObject({ firmKnown: true, state: 'PENDING' });
    // Known: it joins with its firm rather than registering a second one.
    const again = await api.call(undefined, REGISTER, { t: token, i: registration(member.name) });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(errorCode(await api.call(net.partners[0].admin, JOIN, { t: token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.call(member.tech, JOIN, { t: token }))).toBe('FORBIDDEN');
    expect((await api.ok(member.admin, JOIN, { t: token })).joinByInvitation).toEqual({ id: invited.id, state: 'REGISTERED', partner: { id: member.id } });

    const em = server.deps.orm.em.fork();
    const [{ firms }] = await em.execute<{ firms: string }[]>('select count(*) as firms from organization where name = ?', [member.name]);
    expect(Number(firms)).toBe(1);
    const [{ memberships }] = await em.execute<{ memberships: string }[]>('select count(*) as memberships from network_membership where partner_id = ?', [
      member.id,
    ]);
    expect(Number(memberships)).toBe(2);

    await api.ok(net.admin, APPROVE, { id: invited.id, s: 'ACTIVE', r: [net.region], c: 5 });
    expect((await api.ok(net.admin, PARTNERS)).partners.map((partner) => partner.id)).toContain(member.id);
    expect((await api.ok(rival.admin, PARTNERS)).partners.map((partner) => partner.id)).toContain(member.id);

    // Work from both networks; each manufacturer's staff see their own jobs only.
    await api.ok(net.admin, GRANT, {
      i: {
        partnerId: member.id,
        productLineId: net.productLineId,
        jobTypes: ['REPAIR'],
        expiresAt: new Date(server.clock.now().getTime() + 365 * DAY).toISOString(),
      },
    });
    const ours = (await api.createJob(net)).id;
    const theirs = (await api.createJob(rival)).id;
    await api.offerOk(net, ours, [member.id]);
    await api.offerOk(rival, theirs, [member.id]);
    const offered = (await api.ok(member.admin, MY_OFFERS)).offers.edges.map((edge) => edge.node.job?.id);
    expect(offered).toEqual(expect.arrayContaining([ours, theirs]));
    const jobsOf = async (actor: Actor) => (await api.ok(actor, JOBS)).jobs.edges.map((edge) => edge.node.id);
    expect(await jobsOf(net.dispatcher)).toContain(ours);
    expect(await jobsOf(net.dispatcher)).not.toContain(theirs);
    expect(await jobsOf(rival.dispatcher)).toContain(theirs);
    expect(await jobsOf(rival.dispatcher)).not.toContain(ours);
  });

  it('refuses expired, forged, used and foreign tokens, and the token grants nothing else', async () => {
    const { api, server, net } = network;
    // Used: the first invitation registered already.
    expect(errorCode(await api.call(undefined, REGISTER, { t: firm.token, i: registration('Kälte Nord 2') }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.call(net.partners[0].admin, JOIN, { t: firm.token }))).toBe('INVALID_TRANSITION');

    // Expired: an invitation past its date.
    const email = `late-${net.suffix}@firm.test`;
    const late = (await api.ok(net.admin, INVITE, { e: email })).invitePartner;
    const lateToken = tokenOf(late.link!);
    await server.deps.orm.em
      .fork()
      .execute('update partner_invitation set expires_at = ? where id = ?', [new Date(server.clock.now().getTime() - DAY), late.id]);
    expect((await api.ok(undefined, PUBLIC, { t: lateToken })).invitation?.state).toBe('EXPIRED');
    expect(errorCode(await api.call(undefined, REGISTER, { t: lateToken, i: registration('Late Firm') }))).toBe('INVALID_TRANSITION');

    // Forged: the signature altered, or made up.
    const [head, body, signature] = lateToken.split('.');
    const altered = `${head}.${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const token of [altered, 'not-a-token', `${head}.${body}.`]) {
      expect(errorCode(await api.call(undefined, PUBLIC, { t: token }))).toBe('NOT_FOUND');
      expect(errorCode(await api.call(undefined, REGISTER, { t: token, i: registration('Forged Firm') }))).toBe('NOT_FOUND');
    }
    // A link of another purpose (an offer's decline link) is no invitation.
    const offerLink = await offerLinkUrls(server.deps.links, {
      offerId: late.id,
      userId: firm.admin.id,
      expiresAt: new Date(server.clock.now().getTime() + DAY),
    });
    const offerToken = offerLink.declineUrl.slice(offerLink.declineUrl.lastIndexOf('/') + 1);
    expect(errorCode(await api.call(undefined, PUBLIC, { t: offerToken }))).toBe('NOT_FOUND');

    // The invitation's token grants nothing else: not a session, not a tracking link, not an offer link.
    const open = (await api.ok(net.admin, INVITE, { e: `open-${net.suffix}@firm.test` })).invitePartner;
    const openToken = tokenOf(open.link!);
    const asBearer = { id: '', email: '', token: openToken, orgId: '' };
    expect(errorCode(await api.call(asBearer, ME))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.call(undefined, TRACK, { t: openToken }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(undefined, MAILED_OFFER, { t: openToken }))).toBe('NOT_FOUND');

    // Declined: its link registers nothing.
    const declined = (await api.ok(net.admin, DECLINE, { id: open.id, r: 'Not our market' })).declinePartner;
    expect(declined).toEqual({ id: open.id, state: 'DECLINED', declineReason: 'Not our market' });
    expect(errorCode(await api.call(undefined, REGISTER, { t: openToken, i: registration('Declined Firm') }))).toBe('INVALID_TRANSITION');
    expect(errorCode(await api.call(net.admin, DECLINE, { id: open.id }))).toBe('INVALID_TRANSITION');
  });
});
