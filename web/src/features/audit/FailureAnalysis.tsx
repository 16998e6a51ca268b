import { graphql } from '../../gql';
import { useFigures } from './use-figures';
import { NewerFigures } from '../../ui/NewerFigures';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty } from '../../ui/States';
import { useFormat, useT } from '../../i18n';

const ANALYSIS = graphql(`
  query FailureAnalysis($from: DateTime!, $to: DateTime!) {
    failureAnalysis(from: $from, to: $to) { model { id name } failureCode jobs repeatRate meanMinutesToRepair lowRatings complaints }
  }
`);

/** What fails, per model and failure code: the feedback that goes back into product quality. */
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
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
