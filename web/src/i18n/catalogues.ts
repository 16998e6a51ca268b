import { en, type MessageId } from './messages/en/index';
import type { Language } from './languages';

/**
 * A translated entry: the ICU message and, while no person has checked it, `review: "machine"`
 * (the catalogue says which entries a translator still has to read).
 */
export interface TranslatedEntry {
  message: string;
  review?: 'machine';
}

export type Messages = Record<MessageId, string>;

/**
 * One language's messages, complete: an entry its catalogue lacks falls back to English (a test
 * fails on any missing entry, so this only protects a reader from a blank).
 */
export async function loadMessages(language: Language): Promise<Messages> {
  if (language === 'en') return en;
  // Every area file of every other language, each loaded when its language is chosen (a chunk per
  // file). Vite expands the glob where it stands; inside the function, code that imports the screens
  // without Vite (the benchmark's probes, bundled by esbuild) never evaluates it.
  const areaFiles = import.meta.glob<{ default: Record<string, TranslatedEntry> }>(['./messages/*/*.json', '!./messages/en/*.json']);
  const prefix = `./messages/${language}/`;
  const areas = await Promise.all(
    Object.entries(areaFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(([, load]) => load()),
  );
  const messages: Messages = { ...en };
  for (const area of areas) {
    for (const [id, entry] of Object.entries(area.default)) {
      if (id in en) messages[id as MessageId] = entry.message;
    }
  }
  return messages;
}
