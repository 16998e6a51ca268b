import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { BACKUP_FORMAT, BACKUP_VERSION, END_OF_DATA, OpsError, type BackupHeader } from './backup-format.js';

const BATCH_BYTES = 64 * 1024;

/**
 * Reads a backup file line by line as it streams: its header at once, then each table's rows in
 * batches, so a backup of any size restores in constant memory. A damaged or truncated file is an
 * OpsError that says which.
 */
export class BackupReader {
  private constructor(
    readonly file: string,
    readonly header: BackupHeader,
    private readonly lines: AsyncIterator<string>,
    private readonly stream: { failure: Error | null },
  ) {}

  static async open(file: string): Promise<BackupReader> {
    const handle = await open(file, 'r').catch((error: NodeJS.ErrnoException) => {
      throw new OpsError(`Cannot read ${file}: ${error.code ?? error.message}`);
    });
    const gunzip = createGunzip();
    const stream = { failure: null as Error | null };
    // A read or gunzip failure ends the lines early; the error then says why.
    pipeline(handle.createReadStream(), gunzip).catch((error: Error) => (stream.failure ??= error));
    const lines = createInterface({ input: gunzip, crlfDelay: Infinity })[Symbol.asyncIterator]();
    const first = await lines.next().catch(() => ({ done: true as const, value: undefined }));
    const header = first.done ? null : parseHeader(first.value);
    if (!header) {
      await lines.return?.();
      throw new OpsError(`${file} is not a portal backup${stream.failure ? ` (${stream.failure.message})` : ''}`);
    }
    return new BackupReader(file, header, lines, stream);
  }

  /** The next line that is not table data, parsed; `what` names what was expected, for the error. */
  async nextRecord<T>(what: string): Promise<T> {
    const line = await this.nextLine(what);
    try {
      return JSON.parse(line) as T;
    } catch {
      throw new OpsError(`${this.file} is damaged: expected ${what}`);
    }
  }

  /** A table's rows in COPY text format, in batches of about 64 KB, up to its end-of-data line. */
  async *tableData(table: string): AsyncGenerator<string> {
    let batch = '';
    for (;;) {
      const line = await this.nextLine(`the rest of table ${table}`);
      if (line === END_OF_DATA) break;
      batch += `${line}\n`;
      if (batch.length >= BATCH_BYTES) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }

  async close(): Promise<void> {
    await this.lines.return?.();
  }

  private async nextLine(what: string): Promise<string> {
    const next = await this.lines.next().catch((error: Error) => {
      this.stream.failure ??= error;
      return { done: true as const, value: undefined };
    });
    if (next.done) {
      const cause = this.stream.failure ? `damaged (${this.stream.failure.message})` : 'incomplete';
      throw new OpsError(`${this.file} is ${cause}: it ends before ${what}`);
    }
    return next.value;
  }
}

function parseHeader(line: string): BackupHeader | null {
  try {
    const header = JSON.parse(line) as BackupHeader;
    if (header.format !== BACKUP_FORMAT) return null;
    if (header.version !== BACKUP_VERSION)
      throw new OpsError(`This backup is of format version ${header.version}; this portal reads version ${BACKUP_VERSION}`);
    return header;
  } catch (error) {
    if (error instanceof OpsError) throw error;
    return null;
  }
}
