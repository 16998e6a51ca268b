import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { describeError } from '../../ui/errors';
import { useLocaleSettings, useT } from '../../i18n';
import { usePageTitle } from '../../ui/usePageTitle';

const MANUFACTURERS = graphql(`
  query RequestManufacturers { requestManufacturers { slug name } }
`);

const SUBMIT = graphql(`
  mutation SubmitServiceRequest($input: ServiceRequestInput!) {
    submitServiceRequest(input: $input) { token trackingPath matched jobNumber }
  }
`);

const FIELDS = ['serial', 'contactName', 'contactEmail', 'contactPhone', 'address', 'description'] as const;
type Field = (typeof FIELDS)[number];

/**
 * The public service request form, no account needed; made for a phone. `?maker=<slug>` picks
 * the manufacturer (a link on its site or on the unit). Photos come later: the answer will carry
 * an upload grant for them (see the README).
 */
export function RequestPage() {
  const t = useT();
  // The language the customer reads the form in (the browser's, unless they switched): their mails and report use it.
  const { language } = useLocaleSettings();
  const [params] = useSearchParams();
  const makers = useQuery(MANUFACTURERS);
  const [submit, { data, loading, error }] = useMutation(SUBMIT);
  const [maker, setMaker] = useState(params.get('maker') ?? '');
  const [values, setValues] = useState<Record<Field, string>>({
    serial: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
    address: '',
    description: '',
  });
  usePageTitle(t('public.request.title'));
  const list = makers.data?.requestManufacturers ?? [];
  const chosen = maker || (list.length === 1 ? list[0].slug : '');
  const info = error ? describeError(error, t) : null;

  function send(event: FormEvent) {
    event.preventDefault();
    const input = { manufacturer: chosen, ...values, contactPhone: values.contactPhone || null, address: values.address || null, locale: language };
    void submit({ variables: { input } }).catch(() => undefined);
  }
  const field = (name: Field) => ({
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((old) => ({ ...old, [name]: e.target.value })),
  });

  const receipt = data?.submitServiceRequest;
  if (receipt) {
    const url = `${window.location.origin}${receipt.trackingPath}`;
    return (
      <main className="customer stack">
        <h1>{t('public.request.thanks')}</h1>
        <p>{receipt.matched ? t('public.request.matched', { number: receipt.jobNumber }) : t('public.request.unmatched')}</p>
        <p>{t('public.request.keepLink')}</p>
        <p className="break">
          <Link to={receipt.trackingPath}>{url}</Link>
        </p>
      </main>
    );
  }
  return (
    <main className="customer">
      <h1>{t('public.request.title')}</h1>
      <form onSubmit={send} className="stack">
        {list.length !== 1 && (
          <label>
            {t('public.request.manufacturer')}
            <select value={maker} onChange={(e) => setMaker(e.target.value)} required>
              <option value="">{t('public.request.choose')}</option>
              {list.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('public.request.serial')}
          <input {...field('serial')} required maxLength={64} autoComplete="off" />
        </label>
        <label>
          {t('public.request.name')}
          <input {...field('contactName')} required maxLength={200} autoComplete="name" />
        </label>
        <label>
          {t('public.request.email')}
          <input {...field('contactEmail')} type="email" required maxLength={320} autoComplete="email" />
        </label>
        <label>
          {t('public.request.phone')}
          <input {...field('contactPhone')} type="tel" maxLength={64} autoComplete="tel" />
        </label>
        <label>
          {t('public.request.address')}
          <input {...field('address')} maxLength={1000} autoComplete="street-address" />
        </label>
        <label>
          {t('public.request.problem')}
          <textarea {...field('description')} required maxLength={10_000} rows={5} />
        </label>
        {info && (
          <p role="alert" className="note note-error">
            {info.code === 'TOO_MANY_REQUESTS' || info.code === 'BAD_USER_INPUT' ? info.detail : info.title}
          </p>
        )}
        <button type="submit" disabled={loading || !chosen}>
          {t('public.request.send')}
        </button>
      </form>
    </main>
  );
}
