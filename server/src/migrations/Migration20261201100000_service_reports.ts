import { Migration } from '@mikro-orm/migrations';

export class Migration20261201100000_service_reports extends Migration {

  override name = 'Migration20261201100000_service_reports';

  override up(): void | Promise<void> {
    // The service report is kept as an attachment of its job (modules/report).
    this.addSql(`alter type "attachment_kind" add value if not exists 'REPORT';`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop an enum value: reports are removed and the value stays unused.
    this.addSql(`delete from "file_blob" where "key" in (select "storage_key" from "attachment" where "kind" = 'REPORT');`);
    this.addSql(`delete from "attachment" where "kind" = 'REPORT';`);
  }

}
