import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm.js';
import type { FileStorage } from './file-storage.js';
import { FileBlob } from './file-blob.entity.js';

/** The default store: a bytea row per file in the portal's own database, so every instance serves every file and a backup holds them. */
export class PostgresFileStorage implements FileStorage {
  readonly name = 'postgres';

  constructor(private readonly orm: Orm) {}

  async put(key: string, bytes: Buffer, _contentType: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.orm.em.fork()).insert(FileBlob, { key, bytes, createdAt: new Date() });
  }

  async get(key: string): Promise<Buffer | null> {
    const blob = await this.orm.em.fork().findOne(FileBlob, { key }, { disableIdentityMap: true });
    return blob?.bytes ?? null;
  }

  async delete(key: string, tx?: EntityManager): Promise<void> {
    await (tx ?? this.orm.em.fork()).nativeDelete(FileBlob, { key });
  }
}
