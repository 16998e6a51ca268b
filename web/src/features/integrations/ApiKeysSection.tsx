import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ApiKeyRow_ApiKeyFragment, Role } from '../../gql/graphql';
import { API_KEYS } from './api-keys.documents';
import { useCreateApiKey, useRevokeApiKey } from './use-api-key-mutations';
import { useSession } from '../../session/session';
import { humanize } from '../../ui/Badge';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading, formatTime } from '../../ui/States';

/** The roles a key of this organization may take (the server decides; a technician's role reaches too little for a key). */
const rolesFor = (organizationKind: string | undefined): Role[] =>
  organizationKind === 'MANUFACTURER' ? ['AUDITOR', 'DISPATCHER', 'PARTS_CLERK', 'ADMIN'] : ['PARTNER_ADMIN'];

/** The organization's API keys: make one (its secret shown once), see when each was last used, revoke one. */
export function ApiKeysSection() {
  const { data, loading, error } = useQuery(API_KEYS);
  return (
    <section className="stack" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">API keys</h2>
      <p className="muted small">
        A program sends a key as <code>Authorization: Bearer &lt;key&gt;</code> to <code>/graphql</code> (HTTP and WebSocket) and <code>/uploads</code>. It acts
        with the key's role in this organization, as a user named after the key.
      </p>
      <CreateApiKey />
      <ErrorNote error={error} />
      {loading && !data ? <Loading what="Loading the API keys" /> : <ApiKeyTable keys={data?.apiKeys ?? []} />}
    </section>
  );
}

function CreateApiKey() {
  const { user } = useSession();
  const roles = rolesFor(user?.organization.kind);
  const [create, { loading, error }] = useCreateApiKey();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>(roles[0]);
  const [made, setMade] = useState<{ name: string; secret: string } | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMade(null);
    const result = await create({ variables: { input: { name, role } } }).catch(() => null);
    const secret = result?.data?.createApiKey.secret;
    if (secret) {
      setMade({ name: name.trim(), secret });
      setName('');
    }
  }
  return (
    <div className="panel stack">
      <form className="row" onSubmit={submit} aria-label="Create an API key">
        <label>
          Name (what it is for)
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Role
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {humanize(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={loading}>
          Create key
        </button>
      </form>
      <ErrorNote error={error} />
      {made && <NewSecret name={made.name} secret={made.secret} />}
    </div>
  );
}

/** The secret, this once: only its hash is kept, so it cannot be shown again. */
function NewSecret({ name, secret }: { name: string; secret: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="note stack" role="status" aria-label="New API key">
      <strong>Copy the key for “{name}” now: it will not be shown again.</strong>
      <div className="row">
        <code data-testid="api-key-secret">{secret}</code>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            navigator.clipboard.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

function ApiKeyTable({ keys }: { keys: ApiKeyRow_ApiKeyFragment[] }) {
  if (keys.length === 0) return <p className="muted">No API keys yet.</p>;
  return (
    <div className="scroll">
      <table className="table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Key</th>
            <th>Role</th>
            <th>Created</th>
            <th>Last used</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={key.revokedAt ? 'muted' : ''}>
              <td>{key.name}</td>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{humanize(key.role)}</td>
              <td>
                {formatTime(key.createdAt)}
                <div className="small muted">by {key.createdBy.name}</div>
              </td>
              <td>{key.lastUsedAt ? formatTime(key.lastUsedAt) : 'Never'}</td>
              <td>{key.revokedAt ? `Revoked ${formatTime(key.revokedAt)}` : <RevokeApiKey apiKey={key} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Revoking asks first: programs that use the key stop working at once. */
function RevokeApiKey({ apiKey }: { apiKey: ApiKeyRow_ApiKeyFragment }) {
  const [revoke, { loading, error }] = useRevokeApiKey();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        Revoke
      </button>
    );
  return (
    <fieldset className="stack">
      <legend className="small">Revoke “{apiKey.name}”? Programs using it stop working at once.</legend>
      <div className="row">
        <button type="button" className="danger" disabled={loading} onClick={() => revoke({ variables: { id: apiKey.id } }).catch(() => undefined)}>
          Revoke key
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Keep it
        </button>
      </div>
      <ErrorNote error={error} />
    </fieldset>
  );
}
