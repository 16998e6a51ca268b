import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { ApiKeyRow_ApiKeyFragment, Role } from '../../gql/graphql';
import { API_KEYS } from './api-keys.documents';
import { useCreateApiKey, useRevokeApiKey } from './use-api-key-mutations';
import { useSession } from '../../session/session';
import { ErrorNote } from '../../ui/ErrorNote';
import { Loading } from '../../ui/States';
import { T, useEnumLabel, useFormat, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

/** The roles a key of this organization may take (the server decides; a technician's role reaches too little for a key). */
const rolesFor = (organizationKind: string | undefined): Role[] =>
  organizationKind === 'MANUFACTURER' ? ['AUDITOR', 'DISPATCHER', 'PARTS_CLERK', 'ADMIN'] : ['PARTNER_ADMIN'];

/** The organization's API keys: make one (its secret shown once), see when each was last used, revoke one. */
export function ApiKeysSection() {
  const { data, loading, error } = useQuery(API_KEYS);
  const t = useT();
  return (
    <section className="stack" aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{t('integrations.keys.title')}</h2>
      <p className="muted small">
        <T id="integrations.keys.intro" values={{ header: 'Authorization: Bearer <key>', code: (chunks) => <code>{chunks}</code> }} />
      </p>
      <CreateApiKey />
      <ErrorNote error={error} />
      {loading && !data ? <Loading what={t('integrations.keys.loading')} /> : <ApiKeyTable keys={data?.apiKeys ?? []} />}
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
  const t = useT();
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
      <form className="row" onSubmit={submit} aria-label={t('integrations.keys.createLabel')}>
        <label>
          {t('integrations.keys.name')}
          <input required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('integrations.keys.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            <EnumOptions of="Role" values={roles} />
          </select>
        </label>
        <button type="submit" disabled={loading}>
          {t('integrations.keys.create')}
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
  const t = useT();
  return (
    <div className="note stack" role="status" aria-label={t('integrations.keys.newLabel')}>
      <strong>{t('integrations.keys.copyNow', { name })}</strong>
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
          {t(copied ? 'integrations.copied' : 'integrations.copy')}
        </button>
      </div>
    </div>
  );
}

function ApiKeyTable({ keys }: { keys: ApiKeyRow_ApiKeyFragment[] }) {
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  if (keys.length === 0) return <p className="muted">{t('integrations.keys.empty')}</p>;
  return (
    <div className="scroll">
      <table className="table">
        <thead>
          <tr>
            <th>{t('integrations.keys.column.name')}</th>
            <th>{t('integrations.keys.column.key')}</th>
            <th>{t('integrations.keys.column.role')}</th>
            <th>{t('integrations.keys.column.created')}</th>
            <th>{t('integrations.keys.column.lastUsed')}</th>
            <th>{t('integrations.keys.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className={key.revokedAt ? 'muted' : ''}>
              <td>{key.name}</td>
              <td>
                <code>{key.prefix}…</code>
              </td>
              <td>{label('Role', key.role)}</td>
              <td>
                {f.dateTime(key.createdAt)}
                <div className="small muted">{t('integrations.keys.by', { name: key.createdBy.name })}</div>
              </td>
              <td>{key.lastUsedAt ? f.dateTime(key.lastUsedAt) : t('integrations.keys.never')}</td>
              <td>{key.revokedAt ? t('integrations.keys.revokedAt', { at: f.dateTime(key.revokedAt) }) : <RevokeApiKey apiKey={key} />}</td>
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
  const t = useT();
  if (!asking)
    return (
      <button type="button" className="danger" onClick={() => setAsking(true)}>
        {t('integrations.keys.revoke')}
      </button>
    );
  return (
    <fieldset className="stack">
      <legend className="small">{t('integrations.keys.revokeAsk', { name: apiKey.name })}</legend>
      <div className="row">
        <button type="button" className="danger" disabled={loading} onClick={() => revoke({ variables: { id: apiKey.id } }).catch(() => undefined)}>
          {t('integrations.keys.revokeConfirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          {t('integrations.keys.keep')}
        </button>
      </div>
      <ErrorNote error={error} />
    </fieldset>
  );
}
