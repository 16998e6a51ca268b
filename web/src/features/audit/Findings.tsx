import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { can, useSession } from '../../session/session';
import { ErrorNote } from '../../ui/ErrorNote';
import { Empty } from '../../ui/States';
import { useEnumLabel, useFormat, useT } from '../../i18n';

const FINDINGS = graphql(`
  query Findings($partnerId: ID, $overdue: Boolean) {
    findings(partnerId: $partnerId, overdue: $overdue) {
      id severity text correctiveActionDueAt createdAt acknowledgedAt actionTaken actionReportedAt overdue
      partner { id name }
      job { id number }
    }
  }
`);

const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeFinding($id: ID!) { acknowledgeFinding(id: $id) { id acknowledgedAt } }
`);

const REPORT = graphql(`
  mutation ReportCorrectiveAction($id: ID!, $actionTaken: String!) { reportCorrectiveAction(id: $id, actionTaken: $actionTaken) { id actionTaken actionReportedAt } }
`);

/** Audit findings with their due dates: the auditor sees the network's (overdue ones first), a partner its own and answers them. */
export function Findings({ partnerId }: { partnerId?: string }) {
  const { user } = useSession();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const { data, error } = useQuery(FINDINGS, { variables: { partnerId: partnerId ?? null, overdue: overdueOnly || null } });
  const [acknowledge] = useMutation(ACKNOWLEDGE);
  const [report, reported] = useMutation(REPORT, { refetchQueries: ['Findings'] });
  const [actions, setActions] = useState<Record<string, string>>({});
  const partner = can(user, 'FINDING_ANSWER');
  const t = useT();
  const f = useFormat();
  const label = useEnumLabel();
  return (
    <section aria-labelledby="findings-title">
      <div className="row spread">
        <h2 id="findings-title">{t('audit.findings.title')}</h2>
        <label className="row">
          <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} /> {t('audit.findings.overdueOnly')}
        </label>
      </div>
      <ErrorNote error={error ?? reported.error} />
      {data?.findings.length === 0 ? (
        <Empty>{t('audit.findings.empty')}</Empty>
      ) : (
        <ul className="plain stack">
          {data?.findings.map((finding) => (
            <li key={finding.id} className={`card ${finding.overdue ? 'overdue' : ''}`}>
              <div className="row spread">
                <strong>{finding.partner.name}</strong>
                <span>
                  <span className="badge badge-calm">{label('FindingSeverity', finding.severity)}</span>{' '}
                  {finding.overdue && <span className="badge badge-bad">{t('audit.findings.overdue')}</span>}
                </span>
              </div>
              <p>{finding.text}</p>
              <div className="small muted">
                {t('audit.findings.due', { due: f.dateTime(finding.correctiveActionDueAt) })}
                {finding.job && ` · ${t('audit.findings.job', { number: finding.job.number })}`}
                {finding.acknowledgedAt && ` · ${t('audit.findings.acknowledgedAt', { at: f.dateTime(finding.acknowledgedAt) })}`}
              </div>
              {finding.actionTaken && <div className="small">{t('audit.findings.actionTaken', { action: finding.actionTaken })}</div>}
              {partner && !finding.actionReportedAt && (
                <div className="row">
                  {!finding.acknowledgedAt && (
                    <button
                      type="button"
                      className="secondary"
                      // Safe to show at once: acknowledging only ever sets the date, and the server's answer replaces it.
                      onClick={() =>
                        void acknowledge({
                          variables: { id: finding.id },
                          optimisticResponse: {
                            __typename: 'Mutation',
                            acknowledgeFinding: { __typename: 'AuditFinding', id: finding.id, acknowledgedAt: new Date().toISOString() },
                          },
                        }).catch(() => undefined)
                      }
                    >
                      {t('audit.findings.acknowledge')}
                    </button>
                  )}
                  <input
                    aria-label={t('audit.findings.actionLabel')}
                    className="grow"
                    value={actions[finding.id] ?? ''}
                    onChange={(e) => setActions({ ...actions, [finding.id]: e.target.value })}
                  />
                  <button
                    type="button"
                    disabled={!actions[finding.id]?.trim()}
                    onClick={() => void report({ variables: { id: finding.id, actionTaken: actions[finding.id] } }).catch(() => undefined)}
                  >
                    {t('audit.findings.report')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
