import { useT } from '../../i18n';

export interface ChecklistAnswer {
  itemId: string;
  done: boolean;
  note?: string;
}

/** The standard's checklist as ticks with optional notes; the quality gate checks them on the server. */
export function Checklist({
  items,
  answers,
  onChange,
}: {
  items: { id: string; label: string }[];
  answers: ChecklistAnswer[];
  onChange(answers: ChecklistAnswer[]): void;
}) {
  const t = useT();
  const answerOf = (id: string) => answers.find((a) => a.itemId === id) ?? { itemId: id, done: false };
  const update = (id: string, change: Partial<ChecklistAnswer>) =>
    onChange(items.map((item) => (item.id === id ? { ...answerOf(item.id), ...change } : answerOf(item.id))));
  return (
    <fieldset className="checklist">
      <legend>{t('work.checklist.title')}</legend>
      {items.map((item) => {
        const answer = answerOf(item.id);
        return (
          <div key={item.id} className="row">
            <label className="grow">
              <input type="checkbox" checked={answer.done} onChange={(e) => update(item.id, { done: e.target.checked })} /> {item.label}
            </label>
            <input
              aria-label={t('work.checklist.noteFor', { item: item.label })}
              placeholder={t('work.checklist.note')}
              value={answer.note ?? ''}
              onChange={(e) => update(item.id, { note: e.target.value })}
            />
          </div>
        );
      })}
      <p className="small muted" aria-live="polite">
        {t('work.checklist.done', { done: answers.filter((a) => a.done).length, total: items.length })}
      </p>
    </fieldset>
  );
}
