import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHRASE_CODES, phrase, storedPhrase } from './phrases.js';

/** The portal's English catalogue of the server's codes (web/src/i18n/messages/en/server.json). */
const portal = JSON.parse(readFileSync(join(import.meta.dirname, '../../../web/src/i18n/messages/en/server.json'), 'utf8')) as Record<string, string>;

describe("the server's phrases", () => {
  it('has every code in the portal’s catalogue, and the catalogue no code the server lacks', () => {
    expect(Object.keys(portal).sort()).toEqual(PHRASE_CODES.map((code) => `server.${code}`).sort());
  });

  it('gives the portal’s message every parameter its English reads', () => {
    for (const code of PHRASE_CODES) {
      const read = new Set<string>();
      // Every parameter read answers 2: the plural branches' "other" side, which reads the most.
      const params = new Proxy(
        {},
        {
          get: (_target, name) => {
            if (typeof name === 'string') read.add(name);
            return 2;
          },
        },
      );
      phrase(code, params);
      const message = portal[`server.${code}`];
      for (const name of read) expect({ code, name, used: new RegExp(`\\{${name}\\s*[,}]`).test(message) }).toEqual({ code, name, used: true });
    }
  });

  it('reads a stored phrase back with its text; English from before codes becomes a text phrase', () => {
    expect(storedPhrase({ code: 'candidate.capacity', params: { load: 1, capacity: 3 }, label: 'x' })).toEqual({
      code: 'candidate.capacity',
      params: { load: 1, capacity: 3 },
      text: 'Capacity: 1 of 3 open jobs',
    });
    expect(storedPhrase({ kind: 'PHOTO', label: 'At least one photo' }, 'At least one photo')).toEqual({
      code: 'text',
      params: { text: 'At least one photo' },
      text: 'At least one photo',
    });
    expect(storedPhrase({ code: 'no.such.code' })).toBeNull();
    expect(storedPhrase(undefined)).toBeNull();
  });
});
