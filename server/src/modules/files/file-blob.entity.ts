import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** The PostgreSQL file store's table: one row per stored file (an attachment, its thumbnail). Backed up with the rest. */
@Entity({ tableName: 'file_blob' })
export class FileBlob {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'blob' })
  bytes!: Buffer;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
