import { useState } from 'react';
import { Link } from 'react-router';
import type { JobStatus, JobType } from '../../gql/graphql';
import { BoardColumn } from './BoardColumn';
import { EscalationFeed } from './EscalationFeed';
import { useT } from '../../i18n';
import { EnumOptions } from '../../ui/EnumOptions';

const COLUMNS: JobStatus[] = ['NEW', 'OFFERED', 'ASSIGNED', 'SCHEDULED', 'IN_PROGRESS', 'AWAITING_PARTS', 'COMPLETED'];
const TYPES: JobType[] = ['REPAIR', 'MAINTENANCE', 'INSPECTION', 'INSTALLATION', 'TRAINING', 'DELIVERY'];
const REGIONS = ['NORTH', 'SOUTH', 'EAST', 'WEST'];

/** The dispatcher's live board: open jobs by status, filterable, with SLA clocks; escalations beside it. */
export function Board() {
  const [type, setType] = useState('');
  const [priority, setPriority] = useState('');
  const [region, setRegion] = useState('');
  const t = useT();
  // Applied by the server to every column's page and count.
  const filter = {
    ...(type ? { type: [type as JobType] } : {}),
    ...(priority ? { priority: [Number(priority)] } : {}),
    ...(region ? { region: [region] } : {}),
  };

  return (
    <div className="board-layout">
      <section aria-labelledby="board-title">
        <div className="row spread">
          <h1 id="board-title">{t('board.title')}</h1>
          <Link to="/jobs/new" className="button">
            {t('board.newJob')}
          </Link>
        </div>
        <fieldset className="filters row" aria-label={t('board.filters')}>
          <label>
            {t('board.type')}
            <select value={type} onChange={(e) => setType(e.target.value)}>
              <option value="">{t('board.all')}</option>
              <EnumOptions of="JobType" values={TYPES} />
            </select>
          </label>
          <label>
            {t('board.priority')}
            <select value={priority} onChange={(e) => setPriority(e.target.value)}>
              <option value="">{t('board.all')}</option>
              {[1, 2, 3, 4].map((p) => (
                <option key={p} value={p}>
                  {t('board.priorityShort', { priority: p })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('board.region')}
            <select value={region} onChange={(e) => setRegion(e.target.value)}>
              <option value="">{t('board.all')}</option>
              {REGIONS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        </fieldset>
        <div className="columns">
          {COLUMNS.map((status) => (
            <BoardColumn key={status} status={status} filter={filter} />
          ))}
        </div>
      </section>
      <EscalationFeed />
    </div>
  );
}
