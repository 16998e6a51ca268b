import { useCallback } from 'react';
import { isMessageId, useT, type MessageValues } from './hooks';
import { useEnumLabel } from './enum-labels';

/** Text the server wrote for people: a code with parameters, and its English (the schema's `Phrase`). */
export interface PhraseView {
  code: string;
  params: Record<string, unknown>;
  text: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The parameters as the ICU message takes them: a day ("YYYY-MM-DD") as a Date at noon UTC, which is
 * that same day in every time zone; a job type in the reader's language; anything else as it came.
 */
function valuesOf(params: Record<string, unknown>, enumLabel: (enumName: string, value: string) => string): MessageValues {
  const values: MessageValues = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && ISO_DATE.test(value)) values[name] = new Date(`${value}T12:00:00Z`);
    else if (name === 'jobType' && typeof value === 'string') values[name] = enumLabel('JobType', value);
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values[name] = value;
  }
  return values;
}

/** `say(phrase)`: the phrase in the reader's language (catalogue area `server`), or its English text for a code this portal does not know yet. */
export function usePhrase(): (phrase: PhraseView) => string {
  const t = useT();
  const enumLabel = useEnumLabel();
  return useCallback(
    (phrase: PhraseView) => {
      const id = `server.${phrase.code}`;
      return isMessageId(id) ? t(id, valuesOf(phrase.params ?? {}, enumLabel)) : phrase.text;
    },
    [t, enumLabel],
  );
}

/** A phrase of the server's, in the reader's language. */
export function Phrase({ phrase }: { phrase: PhraseView }) {
  return <>{usePhrase()(phrase)}</>;
}
