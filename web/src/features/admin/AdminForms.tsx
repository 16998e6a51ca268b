import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { JobType, OrgKind, Role } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { moneyInput, type MoneyView } from '../../ui/money';
import { useSession } from '../../session/session';
import { useEnumLabel, useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

const CREATE_PARTNER = graphql(`
  mutation CreatePartner($input: PartnerInput!) { createPartner(input: $input) { id } }
`);
const CUSTOMERS = graphql(`
  query Customers { customers { id name } }
`);
const GRANT = graphql(`
  mutation GrantCertification($input: CertificationInput!) { grantCertification(input: $input) { id } }
`);
const SET_PRICE = graphql(`
  mutation SetPartPrice($input: PartPriceInput!) { setPartPrice(input: $input) { id sku listPrice { amount currency } } }
`);
const CREATE_USER = graphql(`
  mutation CreateUser($input: UserInput!) { createUser(input: $input) { id } }
`);
const SET_STANDARD = graphql(`
  mutation SetQualityStandard($input: QualityStandardInput!) { setQualityStandard(input: $input) { id } }
`);

const KINDS: OrgKind[] = ['BRANCH', 'DEALER', 'INDEPENDENT_SPECIALIST', 'CONSORTIUM_PARTNER', 'CUSTOMER_STAFF'];
const JOB_TYPES: JobType[] = ['REPAIR', 'MAINTENANCE', 'INSPECTION', 'INSTALLATION', 'TRAINING', 'DELIVERY'];
const ROLES: Role[] = ['PARTNER_ADMIN', 'TECHNICIAN', 'DISPATCHER', 'PARTS_CLERK', 'AUDITOR', 'ADMIN'];
const refetch = { refetchQueries: ['Network'] };

/** New prices start in the admin's organization's currency. */
const useOwnCurrency = (): string => useSession().user?.organization.currency ?? 'EUR';

/** An amount typed as text (sent as it is: the server checks the decimals) and its ISO 4217 currency. */
function MoneyFields({ label, value, onChange }: { label: string; value: MoneyView; onChange: (value: MoneyView) => void }) {
  const t = useT();
  return (
    <div className="row">
      <label>
        {label}
        <input required inputMode="decimal" pattern="\d+([.]\d{1,2})?" value={value.amount} onChange={(e) => onChange({ ...value, amount: e.target.value })} />
      </label>
      <label>
        {t('admin.form.currency')}
        <input required pattern="[A-Za-z]{3}" size={4} value={value.currency} onChange={(e) => onChange({ ...value, currency: e.target.value })} />
      </label>
    </div>
  );
}

/** A titled form; its heading is an h2 on the page and an h3 where it sits in a section (a product line's standards). */
function AdminForm({
  title,
  level = 2,
  onSubmit,
  error,
  busy,
  children,
}: {
  title: string;
  level?: 2 | 3;
  onSubmit(): Promise<unknown>;
  error: unknown;
  busy: boolean;
  children: ReactNode;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const t = useT();
  const [done, setDone] = useState(false);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const form = event.currentTarget;
    if (
      await onSubmit().then(
        () => true,
        () => false,
      )
    ) {
      setDone(true);
      form.reset();
    }
  }
  return (
    <form className="panel stack" onSubmit={submit} aria-label={title}>
      <Heading>{title}</Heading>
      {children}
      <ErrorNote error={error} />
      {done && (
        <p className="small" role="status">
          {t('admin.form.saved')}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('admin.save')}
      </button>
    </form>
  );
}

export function AddPartner() {
  const [create, { loading, error }] = useMutation(CREATE_PARTNER, refetch);
  const currency = useOwnCurrency();
  const t = useT();
  const [v, set] = useState({ slug: '', name: '', kind: 'DEALER' as OrgKind, regions: 'NORTH', capacity: 5, laborRate: { amount: '80.00', currency } });
  const [customerId, setCustomer] = useState('');
  // A customer's own staff names the customer it serves; the list is read only when that kind is chosen.
  const staff = v.kind === 'CUSTOMER_STAFF';
  const customers = useQuery(CUSTOMERS, { skip: !staff });
  return (
    <AdminForm
      title={t('admin.addPartner.title')}
      busy={loading}
      error={error}
      onSubmit={() =>
        create({
          variables: {
            input: {
              ...v,
              customerId: staff ? customerId : null,
              laborRate: moneyInput(v.laborRate.amount, v.laborRate.currency),
              regions: v.regions
                .split(/[\s,]+/)
                .filter(Boolean)
                .map((r) => r.toUpperCase()),
            },
          },
        })
      }
    >
      <label>
        {t('admin.form.name')}
        <input required value={v.name} onChange={(e) => set({ ...v, name: e.target.value })} />
      </label>
      <label>
        {t('admin.addPartner.slug')}
        <input required pattern="[a-z0-9-]+" value={v.slug} onChange={(e) => set({ ...v, slug: e.target.value })} />
      </label>
      <label>
        {t('admin.addPartner.kind')}
        <select value={v.kind} onChange={(e) => set({ ...v, kind: e.target.value as OrgKind })}>
          <EnumOptions of="OrgKind" values={KINDS} />
        </select>
      </label>
      {staff && (
        <label>
          {t('admin.addPartner.customer')}
          <select required value={customerId} onChange={(e) => setCustomer(e.target.value)}>
            <option value="">{t('admin.form.choose')}</option>
            {customers.data?.customers.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <span className="small muted">{t('admin.addPartner.customerHint')}</span>
        </label>
      )}
      <ErrorNote error={customers.error} />
      <label>
        {t('admin.addPartner.regions')}
        <input value={v.regions} onChange={(e) => set({ ...v, regions: e.target.value })} />
      </label>
      <label>
        {t('admin.addPartner.capacity')}
        <input type="number" min={0} value={v.capacity} onChange={(e) => set({ ...v, capacity: Number(e.target.value) })} />
      </label>
      <MoneyFields label={t('admin.addPartner.laborRate')} value={v.laborRate} onChange={(laborRate) => set({ ...v, laborRate })} />
    </AdminForm>
  );
}

export function GrantCertification({ partners, lines }: { partners: { id: string; name: string }[]; lines: { id: string; name: string }[] }) {
  const [grant, { loading, error }] = useMutation(GRANT, refetch);
  const t = useT();
  const label = useEnumLabel();
  const [partnerId, setPartner] = useState('');
  const [productLineId, setLine] = useState('');
  const [jobTypes, setJobTypes] = useState<JobType[]>(['REPAIR']);
  const [until, setUntil] = useState(() => new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10));
  return (
    <AdminForm
      title={t('admin.grant.title')}
      busy={loading}
      error={error}
      onSubmit={() => grant({ variables: { input: { partnerId, productLineId, jobTypes, expiresAt: new Date(`${until}T23:59:00`).toISOString() } } })}
    >
      <label>
        {t('admin.grant.partner')}
        <select required value={partnerId} onChange={(e) => setPartner(e.target.value)}>
          <option value="">{t('admin.form.choose')}</option>
          {partners.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.grant.line')}
        <select required value={productLineId} onChange={(e) => setLine(e.target.value)}>
          <option value="">{t('admin.form.choose')}</option>
          {lines.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('admin.grant.jobTypes')}</legend>
        {JOB_TYPES.map((jobType) => (
          <label key={jobType} className="row">
            <input
              type="checkbox"
              checked={jobTypes.includes(jobType)}
              onChange={(e) => setJobTypes(e.target.checked ? [...jobTypes, jobType] : jobTypes.filter((x) => x !== jobType))}
            />{' '}
            {label('JobType', jobType)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('admin.grant.until')}
        <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
      </label>
    </AdminForm>
  );
}

export function SetPrice() {
  const [setPrice, { loading, error }] = useMutation(SET_PRICE, refetch);
  const currency = useOwnCurrency();
  const t = useT();
  const [v, set] = useState({ sku: '', name: '', listPrice: { amount: '', currency } });
  return (
    <AdminForm
      title={t('admin.price.title')}
      busy={loading}
      error={error}
      onSubmit={() => setPrice({ variables: { input: { ...v, listPrice: moneyInput(v.listPrice.amount, v.listPrice.currency) } } })}
    >
      <label>
        {t('admin.price.sku')}
        <input required value={v.sku} onChange={(e) => set({ ...v, sku: e.target.value })} />
      </label>
      <label>
        {t('admin.form.name')}
        <input required value={v.name} onChange={(e) => set({ ...v, name: e.target.value })} />
      </label>
      <MoneyFields label={t('admin.price.listPrice')} value={v.listPrice} onChange={(listPrice) => set({ ...v, listPrice })} />
    </AdminForm>
  );
}

export function AddUser({ organizations }: { organizations: { id: string; name: string }[] }) {
  const [create, { loading, error }] = useMutation(CREATE_USER, refetch);
  const t = useT();
  const [v, set] = useState({ email: '', name: '', role: 'TECHNICIAN' as Role, organizationId: '', password: '' });
  return (
    <AdminForm title={t('admin.user.title')} busy={loading} error={error} onSubmit={() => create({ variables: { input: v } })}>
      <label>
        {t('admin.form.name')}
        <input required value={v.name} onChange={(e) => set({ ...v, name: e.target.value })} />
      </label>
      <label>
        {t('admin.user.email')}
        <input type="email" required value={v.email} onChange={(e) => set({ ...v, email: e.target.value })} />
      </label>
      <label>
        {t('admin.user.organization')}
        <select required value={v.organizationId} onChange={(e) => set({ ...v, organizationId: e.target.value })}>
          <option value="">{t('admin.form.choose')}</option>
          {organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('admin.user.role')}
        <select value={v.role} onChange={(e) => set({ ...v, role: e.target.value as Role })}>
          <EnumOptions of="Role" values={ROLES} />
        </select>
      </label>
      <label>
        {t('admin.user.password')}
        <input type="password" minLength={8} required value={v.password} onChange={(e) => set({ ...v, password: e.target.value })} />
      </label>
    </AdminForm>
  );
}

export interface StandardView {
  jobType: string;
  responseMinutes: number;
  resolutionMinutes: number;
  minPhotos: number;
  keepPhotoLocation: boolean;
  requiresSignature: boolean;
  requiresCertifiedTechnician: boolean;
  maxLaborMinutes: number;
  laborRateCeiling: MoneyView;
  requiredReportFields: string[];
  checklist: { id: string; label: string }[];
}

/** Edits one standard: clocks, photo and signature, and the checklist (one item per line, "id: label"). */
export function EditStandard({ productLineId, standard }: { productLineId: string; standard: StandardView }) {
  const [save, { loading, error }] = useMutation(SET_STANDARD, refetch);
  const t = useT();
  const label = useEnumLabel();
  const [v, set] = useState({ ...standard, checklistText: standard.checklist.map((i) => `${i.id}: ${i.label}`).join('\n') });
  return (
    <AdminForm
      title={t('admin.standard.title', { jobType: label('JobType', standard.jobType) })}
      level={3}
      busy={loading}
      error={error}
      onSubmit={() =>
        save({
          variables: {
            input: {
              productLineId,
              jobType: standard.jobType as JobType,
              responseMinutes: v.responseMinutes,
              resolutionMinutes: v.resolutionMinutes,
              minPhotos: v.minPhotos,
              keepPhotoLocation: v.keepPhotoLocation,
              requiresSignature: v.requiresSignature,
              requiresCertifiedTechnician: v.requiresCertifiedTechnician,
              maxLaborMinutes: v.maxLaborMinutes,
              laborRateCeiling: moneyInput(v.laborRateCeiling.amount, v.laborRateCeiling.currency),
              requiredReportFields: v.requiredReportFields,
              checklist: v.checklistText
                .split('\n')
                .map((line) => line.split(':'))
                .filter(([id, label]) => id?.trim() && label?.trim())
                .map(([id, ...label]) => ({ id: id.trim(), label: label.join(':').trim() })),
            },
          },
        })
      }
    >
      <div className="row">
        <label>
          {t('admin.standard.response')}
          <input type="number" min={1} value={v.responseMinutes} onChange={(e) => set({ ...v, responseMinutes: Number(e.target.value) })} />
        </label>
        <label>
          {t('admin.standard.resolution')}
          <input type="number" min={1} value={v.resolutionMinutes} onChange={(e) => set({ ...v, resolutionMinutes: Number(e.target.value) })} />
        </label>
      </div>
      <label>
        {t('admin.standard.photos')}
        <input type="number" min={0} max={50} value={v.minPhotos} onChange={(e) => set({ ...v, minPhotos: Number(e.target.value) })} />
      </label>
      <label className="row">
        <input type="checkbox" checked={v.keepPhotoLocation} onChange={(e) => set({ ...v, keepPhotoLocation: e.target.checked })} />{' '}
        {t('admin.standard.keepLocation')}
      </label>
      <label className="row">
        <input type="checkbox" checked={v.requiresSignature} onChange={(e) => set({ ...v, requiresSignature: e.target.checked })} />{' '}
        {t('admin.standard.signature')}
      </label>
      <label className="row">
        <input type="checkbox" checked={v.requiresCertifiedTechnician} onChange={(e) => set({ ...v, requiresCertifiedTechnician: e.target.checked })} />{' '}
        {t('admin.standard.certifiedTechnician')}
      </label>
      <label>
        {t('admin.standard.checklist')}
        <textarea rows={4} value={v.checklistText} onChange={(e) => set({ ...v, checklistText: e.target.value })} />
      </label>
    </AdminForm>
  );
}
