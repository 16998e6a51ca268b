import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../support/factory.js';
import { useNetwork } from '../support/use-network.js';
import { EventRecorder, errorCode, settle, until, wsClient } from '../support/graphql-client.js';
import { photoJpeg } from '../support/images.js';

/**
 * API keys: made by an organization's admin with one of its roles, they act as their own
 * integration user over HTTP, POST /uploads and graphql-ws, are listed without their secret with
 * the time last used (written at most once a minute), and stop working when revoked: HTTP at once,
 * an open WebSocket at the next revocation check (deps.apiKeys.recheck(), every 10 s in service).
 */

const network = useNetwork({ partners: 2 });

const CREATE = `mutation($name: String!, $role: Role!) {
  createApiKey(input: { name: $name, role: $role }) { secret key { id name role prefix createdAt lastUsedAt revokedAt createdBy { id } } }
}`;
const LIST = '{ apiKeys { id name role prefix createdAt lastUsedAt revokedAt createdBy { id } } }';
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const ME = '{ me { id role organization { id } } }';
const JOB_IDS = '{ jobs(first: 100) { edges { node { id } } } }';

interface KeyRow {
  id: string;
  name: string;
  role: string;
  prefix: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: { id: string };
}

/** A key made by `admin`, as an actor the test helpers send as `Authorization: Bearer <key>`. */
async function createKey(admin: Actor, role: string, name = `ERP ${role}`): Promise<{ actor: Actor; key: KeyRow; secret: string }> {
  const { api } = network;
  const { createApiKey } = (await api.ok(admin, CREATE, { name, role })) as { createApiKey: { secret: string; key: KeyRow } };
  const me = (await api.ok({ ...admin, token: createApiKey.secret }, ME)) as { me: { id: string } };
  return { actor: { id: me.me.id, email: '', token: createApiKey.secret, orgId: admin.orgId }, key: createApiKey.key, secret: createApiKey.secret };
}

const jobIdsOf = async (actor: Actor): Promise<string[]> =>
  ((await network.api.ok(actor, JOB_IDS)) as { jobs: { edges: { node: { id: string } }[] } }).jobs.edges.map((e) => e.node.id);

const listOf = async (admin: Actor): Promise<KeyRow[]> => ((await network.api.ok(admin, LIST)) as { apiKeys: KeyRow[] }).apiKeys;

describe('API keys', () => {
  it("a partner admin's key acts as its organization's integration user over HTTP: its own jobs only", async () => {
    const { api, net } = network;
    const [mine, theirs] = net.partners;
    const own = await api.assignedJob(net, mine);
    const other = await api.assignedJob(net, theirs);
    const { actor, key, secret } = await createKey(mine.admin, 'PARTNER_ADMIN');

    expect(secret).toMatch(/^spk_[A-Za-z0-9_-]{43}$/);
    expect(key).toMatchObject({ role: 'PARTNER_ADMIN', prefix: secret.slice(0, 10), createdBy: { id: mine.admin.id }, lastUsedAt: null, revokedAt: null });
    const me = (await api.ok(actor, ME)) as { me: { id: string; role: string; organization: { id: string } } };
    expect(me.me).toMatchObject({ role: 'PARTNER_ADMIN', organization: { id: mine.id } });
    expect(me.me.id).not.toBe(mine.admin.id);

    const seen = await jobIdsOf(actor);
    expect(seen).toContain(own.job.id);
    expect(seen).not.toContain(other.job.id);
    // Another partner's job reads like a missing one.
    expect(((await api.job(actor, other.job.id)).data as { job: unknown }).job).toBeNull();
  });

  it("a manufacturer's key takes a staff role and sees the network", async () => {
    const { api, net } = network;
    const held = await api.assignedJob(net, net.partners[1]);
    const { actor } = await createKey(net.admin, 'AUDITOR');
    expect(await jobIdsOf(actor)).toContain(held.job.id);
    // An auditor's key may not dispatch, as an auditor may not.
    const offer = 'mutation($j: ID!, $p: [ID!]!) { offerJob(jobId: $j, partnerIds: $p) { id } }';
    expect(errorCode(await api.call(actor, offer, { j: held.job.id, p: [net.partners[0].id] }))).toBe('FORBIDDEN');
  });

  it('refuses roles of the other side, a technician role, callers without INTEGRATIONS_MANAGE, and a key managing keys', async () => {
    const { api, net } = network;
    const partner = net.partners[0];
    const code = async (actor: Actor, role: string) => errorCode(await api.call(actor, CREATE, { name: 'x', role }));
    expect(await code(partner.admin, 'ADMIN')).toBe('BAD_USER_INPUT');
    expect(await code(partner.admin, 'DISPATCHER')).toBe('BAD_USER_INPUT');
    expect(await code(partner.admin, 'TECHNICIAN')).toBe('BAD_USER_INPUT');
    expect(await code(net.admin, 'PARTNER_ADMIN')).toBe('BAD_USER_INPUT');
    expect(await code(net.admin, 'TECHNICIAN')).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.call(partner.admin, CREATE, { name: '   ', role: 'PARTNER_ADMIN' }))).toBe('BAD_USER_INPUT');
    expect(await code(partner.tech, 'PARTNER_ADMIN')).toBe('FORBIDDEN');
    expect(await code(net.dispatcher, 'DISPATCHER')).toBe('FORBIDDEN');

    const { actor } = await createKey(partner.admin, 'PARTNER_ADMIN');
    expect(await code(actor, 'PARTNER_ADMIN')).toBe('FORBIDDEN');
    expect(errorCode(await api.call(actor, LIST))).toBe('FORBIDDEN');
    // The refusals made no key.
    expect((await listOf(partner.admin)).filter((k) => k.name === 'x')).toEqual([]);
  });

  it("lists the organization's keys without their secret, with the last use to the minute; another organization neither sees nor revokes them", async () => {
    const { api, net, server } = network;
    const [mine, theirs] = net.partners;
    const { actor, key, secret } = await createKey(mine.admin, 'PARTNER_ADMIN', 'Used');
    const firstUse = server.clock.now().getTime();
    await api.ok(actor, ME);

    const listed = await listOf(mine.admin);
    const row = listed.find((k) => k.id === key.id)!;
    expect(row).toMatchObject({ name: 'Used', role: 'PARTNER_ADMIN', prefix: secret.slice(0, 10), revokedAt: null });
    expect(Math.abs(new Date(row.lastUsedAt!).getTime() - firstUse)).toBeLessThan(5_000);
    const text = JSON.stringify(listed);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(secret.slice(10));
    // Stored as its SHA-256 only.
    const [stored] = await server.deps.orm.em.fork().execute<Record<string, unknown>[]>('select * from api_key where id = ?', [key.id]);
    expect(stored.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret.slice(10));

    // Within the minute a use writes nothing; past it, the next use does.
    server.clock.advance(30_000);
    await api.ok(actor, ME);
    expect((await listOf(mine.admin)).find((k) => k.id === key.id)!.lastUsedAt).toBe(row.lastUsedAt);
    server.clock.advance(31_000);
    await api.ok(actor, ME);
    const later = (await listOf(mine.admin)).find((k) => k.id === key.id)!.lastUsedAt!;
    expect(new Date(later).getTime()).toBeGreaterThanOrEqual(new Date(row.lastUsedAt!).getTime() + 60_000);

    expect((await listOf(theirs.admin)).map((k) => k.id)).not.toContain(key.id);
    expect((await listOf(net.admin)).map((k) => k.id)).not.toContain(key.id);
    expect(errorCode(await api.call(theirs.admin, REVOKE, { id: key.id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(net.admin, REVOKE, { id: key.id }))).toBe('NOT_FOUND');
    expect(errorCode(await api.call(actor, ME))).toBeUndefined();
  });

  it('works for POST /uploads and graphql-ws, and stops when revoked: HTTP at once, the open socket at the revocation check', async () => {
    const { api, net, server } = network;
    const partner = net.partners[0];
    const { actor, key } = await createKey(partner.admin, 'PARTNER_ADMIN', 'Field app');
    const photo = await photoJpeg({ width: 16, height: 16 });
    const started = await api.startedJob(net, partner);
    expect((await api.upload(actor, started.job.id, 'PHOTO', photo)).status).toBe(201);

    const client = wsClient(server.wsUrl, actor.token);
    const closed = new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    const feed = await EventRecorder.start(client);
    try {
      // Live: an offer to the key's organization arrives, and the key's own answer carries its user as actor.
      const job = await api.createJob(net);
      const [offer] = await api.offerOk(net, job.id, [partner.id]);
      await feed.waitFor((e) => e.kind === 'JOB_OFFERED' && e.job?.id === job.id);
      expect(errorCode(await api.accept(actor, offer.id))).toBeUndefined();
      const accepted = await feed.waitFor((e) => e.kind === 'OFFER_ACCEPTED' && e.job?.id === job.id);
      expect(accepted.actor?.id).toBe(actor.id);

      const revoked = (await api.ok(partner.admin, REVOKE, { id: key.id })) as { revokeApiKey: { revokedAt: string | null } };
      expect(revoked.revokeApiKey.revokedAt).not.toBeNull();
      expect(errorCode(await api.call(actor, ME))).toBe('UNAUTHENTICATED');
      const upload = await api.upload(actor, started.job.id, 'PHOTO', photo);
      expect([upload.status, upload.body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      // Revoking again changes nothing.
      const again = (await api.ok(partner.admin, REVOKE, { id: key.id })) as { revokeApiKey: { revokedAt: string } };
      expect(again.revokeApiKey.revokedAt).toBe(revoked.revokeApiKey.revokedAt);

      // Until the check the socket is open; the check closes it (4403), as an expired token's.
      expect(feed.completed).toBe(false);
      await server.deps.apiKeys.recheck();
      expect(await Promise.race([closed, settle(5000).then(() => 'still open')])).toBe(4403);
      await until(() => feed.completed, 5000, 'the subscription ended');

      // A new socket with the revoked key is refused at connection.
      const reconnect = wsClient(server.wsUrl, actor.token);
      const refused = await new Promise<number>((resolve) => {
        reconnect.on('closed', (event) => resolve((event as { code: number }).code));
        reconnect.subscribe({ query: '{ __typename }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(refused).toBe(4403);
    } finally {
      feed.stop();
      await client.dispose();
    }
  });

  it('a key never signs in through login, and an unknown key is UNAUTHENTICATED like a bad token', async () => {
    const { api, net, server } = network;
    const { actor } = await createKey(net.partners[1].admin, 'PARTNER_ADMIN', 'No login');
    const [user] = await server.deps.orm.em
      .fork()
      .execute<{ email: string; integration: boolean }[]>('select email, integration from app_user where id = ?', [actor.id]);
    expect(user.integration).toBe(true);
    expect(
      errorCode(await api.call(undefined, 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: user.email, p: '' })),
    ).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.call({ ...actor, token: `spk_${'A'.repeat(43)}` }, ME))).toBe('UNAUTHENTICATED');
  });
});
