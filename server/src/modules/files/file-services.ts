import type { FileStoreConfig } from '../../config.js';
import type { Orm } from '../../db/orm.js';
import type { FileStorage } from './file-storage.js';
import { FileUrlSigner } from './file-urls.js';
import { PostgresFileStorage } from './postgres-file-storage.js';
import { S3FileStorage } from './s3-file-storage.js';

/** What the process shares for files: the store the bytes live in and the signer of their URLs. */
export interface FileServices {
  storage: FileStorage;
  urls: FileUrlSigner;
}

export function createFileServices(settings: { fileStore: FileStoreConfig; fileUrlSecret: string; fileUrlTtlSeconds: number }, orm: Orm): FileServices {
  const storage = settings.fileStore.kind === 's3' ? new S3FileStorage(settings.fileStore) : new PostgresFileStorage(orm);
  return { storage, urls: new FileUrlSigner(settings.fileUrlSecret, settings.fileUrlTtlSeconds) };
}
