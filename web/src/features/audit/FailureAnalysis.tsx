import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty } from '../../ui/States';
import { useFormat, useT } from '../../i18n';

const ANALYSIS = graphql(`
  query FailureAnalysis($from: DateTime!, $to: DateTime!) {
    failureAnalysis(from: $from, to: $to) {
      model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints
      confirmedFaults { part { id sku } count }
    }
  }
`);

/** What fails, per model and failure code, and which returned parts the inspection found faulty: the feedback that goes back into product quality. */
export function FailureAnalysis({ days }: { days: number }) {
  const { data, error, newer, refresh } = useFigures(ANALYSIS, days, (period) => period);
  const t = useT();
  const f = useFormat();
  return (
    <section aria-labelledby="failures-title">
      <h2 id="failures-title">{t('audit.failures.title')}</h2>
      <NewerFigures newer={newer} refresh={refresh} />
      <ErrorNote error={error} />
      {data?.failureAnalysis.length === 0 ? (
        <Empty>{t('audit.failures.empty')}</Empty>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('audit.failures.model')}</th>
              <th>{t('audit.failures.code')}</th>
              <th>{t('audit.failures.repairs')}</th>
              <th>{t('audit.failures.repeat')}</th>
              <th>{t('audit.failures.meanTime')}</th>
              <th>{t('audit.failures.complaints')}</th>
              <th>{t('audit.failures.confirmed')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.failureAnalysis.map((row) => (
              <tr key={`${row.model.id}:${row.failureCode}`}>
                <td>{row.model.name}</td>
                <td>{row.failureCode ?? t('audit.none')}</td>
                <td>{f.number(row.jobs)}</td>
                <td>{f.percent(row.repeatRate)}</td>
                <td>{row.meanMinutesToRepair == null ? t('audit.none') : t('audit.minutes', { minutes: Math.round(row.meanMinutesToRepair) })}</td>
                <td className="small">
                  {row.complaints.join(' · ') || (row.lowRatings ? t('audit.failures.lowRatings', { count: row.lowRatings }) : t('audit.none'))}
                </td>
                <td className="small">
                  {row.confirmedFaults.length === 0
                    ? t('audit.none')
                    : f.list(row.confirmedFaults.map((fault) => t('audit.failures.confirmedPart', { sku: fault.part.sku, count: fault.count })))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
