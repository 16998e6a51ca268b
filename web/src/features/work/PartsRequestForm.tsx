import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { PARTS_CATALOGUE, REQUEST_PARTS } from '../job/job.documents';
import { ErrorNote } from '../../ui/ErrorNote';
import { useFormat, useT } from '../../i18n';

/** Parts (and loaner units) from the catalogue of the job's model. */
export function PartsRequestForm({ jobId, modelId }: { jobId: string; modelId: string }) {
  const [search, setSearch] = useState('');
  const catalogue = useQuery(PARTS_CATALOGUE, { variables: { search: search || null, modelId } });
  const [request, { loading, error }] = useMutation(REQUEST_PARTS);
  const [lines, setLines] = useState<Record<string, { quantity: number; loaner: boolean }>>({});
  const chosen = Object.entries(lines).filter(([, line]) => line.quantity > 0);
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const t = useT();
  const format = useFormat();

  return (
    <section className="panel" aria-labelledby="parts-title">
      <h2 id="parts-title">{t('work.parts.title')}</h2>
      <label>
        {t('work.parts.search')}
        <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t('work.parts.searchPlaceholder')} />
      </label>
      <table className="table">
        <thead>
          <tr>
            <th>{t('work.parts.sku')}</th>
            <th>{t('work.parts.part')}</th>
            <th>{t('work.parts.price')}</th>
            <th>{t('work.parts.quantity')}</th>
            <th>{t('work.parts.loaner')}</th>
          </tr>
        </thead>
        <tbody>
          {(catalogue.data?.parts ?? []).slice(0, 30).map((part) => (
            <tr key={part.id}>
              <td>{part.sku}</td>
              <td>{part.name}</td>
              <td>{format.money(part.listPrice)}</td>
              <td>
                <input
                  type="number"
                  min={0}
                  max={999}
                  aria-label={t('work.parts.quantityOf', { sku: part.sku })}
                  value={lines[part.sku]?.quantity ?? 0}
                  onChange={(e) => setLines({ ...lines, [part.sku]: { quantity: Number(e.target.value), loaner: lines[part.sku]?.loaner ?? false } })}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('work.parts.asLoaner', { sku: part.sku })}
                  checked={lines[part.sku]?.loaner ?? false}
                  onChange={(e) => setLines({ ...lines, [part.sku]: { quantity: lines[part.sku]?.quantity ?? 1, loaner: e.target.checked } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNote error={error} />
      <button
        type="button"
        disabled={loading || chosen.length === 0}
        onClick={() =>
          void request({
            variables: { input: { jobId, idempotencyKey, lines: chosen.map(([sku, line]) => ({ sku, quantity: line.quantity, loaner: line.loaner })) } },
          })
            .then(() => {
              setLines({});
              setKey(crypto.randomUUID());
            })
            .catch(() => undefined)
        }
      >
        {t('work.parts.request', { count: chosen.length })}
      </button>
    </section>
  );
}
