import { Migration } from '@mikro-orm/migrations';

/**
 * Loaner units tracked out and back: a loaner line gets a return-by date when its request ships
 * (the loan period is one constant for now, parts/loaners.ts), the partner marks it returned, and
 * the deadline scheduler records an overdue loaner once (`loaner_overdue_at`, LOANER_OVERDUE).
 * Loaner lines shipped before this migration have no return-by date and are never overdue.
 */
export class Migration20261205091000_loaners extends Migration {

  override name = 'Migration20261205091000_loaners';

  override up(): void | Promise<void> {
    this.addSql(`alter type "event_kind" add value if not exists 'LOANER_RETURNED' after 'JOB_SPLIT';`);
    this.addSql(`alter type "event_kind" add value if not exists 'LOANER_OVERDUE' after 'LOANER_RETURNED';`);
    this.addSql(`alter table "parts_request_line" add column "loaner_return_by" timestamptz null, add column "loaner_returned_at" timestamptz null, add column "loaner_return_tracking_code" varchar(200) null, add column "loaner_overdue_at" timestamptz null;`);
    // The scheduler's query: loaners whose return-by date has passed.
    this.addSql(`create index "parts_request_line_loaner_return_by_index" on "parts_request_line" ("loaner_return_by");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "parts_request_line_loaner_return_by_index";`);
    this.addSql(`alter table "parts_request_line" drop column "loaner_return_by", drop column "loaner_returned_at", drop column "loaner_return_tracking_code", drop column "loaner_overdue_at";`);
  }
}
