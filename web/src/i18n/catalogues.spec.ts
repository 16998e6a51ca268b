import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { en } from './messages/en/index';

const HERE = import.meta.dirname;
const OTHERS = LANGUAGES.map((language) => language.code).filter((code) => code !== 'en');
const ENGLISH_AREAS = readdirSync(join(HERE, 'messages/en')).filter((file) => file.endsWith('.json'));
const read = (language: string, file: string): Record<string, unknown> => JSON.parse(readFileSync(join(HERE, 'messages', language, file), 'utf8'));

/** The arguments a message uses, each with its kind (a plural's `count` must stay a plural in every language). */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

const sorted = (values: Iterable<string>) => [...values].sort();

describe('the catalogues', () => {
  it('register every English area file in the typed catalogue', () => {
    const fromFiles = ENGLISH_AREAS.flatMap((file) => Object.keys(read('en', file)));
    expect(sorted(Object.keys(en))).toEqual(sorted(fromFiles));
  });

  it('keep every id under its area prefix', () => {
    for (const file of ENGLISH_AREAS) {
      const area = file.replace(/\.json$/, '');
      for (const id of Object.keys(read('en', file))) expect(id.startsWith(`${area}.`), `${id} in ${file}`).toBe(true);
    }
  });

  describe.each(OTHERS)('%s', (language) => {
    it.each(ENGLISH_AREAS)('translates every message of %s, no more, with the same ICU arguments', (file) => {
      const english = read('en', file) as Record<string, string>;
      const translated = read(language, file) as Record<string, { message?: unknown; review?: unknown }>;
      expect(sorted(Object.keys(translated)), `ids of ${language}/${file}`).toEqual(sorted(Object.keys(english)));
      for (const [id, source] of Object.entries(english)) {
        const entry = translated[id];
        expect(typeof entry?.message, `${language} ${id}`).toBe('string');
        expect([undefined, 'machine'], `${language} ${id}: review is "machine" or absent`).toContain(entry?.review);
        expect(sorted(argumentsOf(parse(entry?.message as string))), `${language} ${id}`).toEqual(sorted(argumentsOf(parse(source))));
      }
    });

    it('has no area file English lacks', () => {
      const files = readdirSync(join(HERE, 'messages', language)).filter((file) => file.endsWith('.json'));
      expect(sorted(files)).toEqual(sorted(ENGLISH_AREAS));
    });
  });

  it('has every id the source names (any quoted "<area>.<name>" of a known area)', () => {
    const areas = ENGLISH_AREAS.map((file) => file.replace(/\.json$/, '')).join('|');
    const source = readSources(join(HERE, '..'));
    const named = [...source.matchAll(new RegExp(`['"\`]((?:${areas})\\.[A-Za-z0-9_.]+)['"\`]`, 'g'))].map((match) => match[1]);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((id) => !(id in en) && !id.endsWith('.'))).toEqual([]);
  });
});

function readSources(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'gql' ? '' : readSources(path);
      return /\.tsx?$/.test(entry.name) && !entry.name.includes('.spec.') ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}
