import { describe, expect, it } from 'vitest';
import { languageOf, languageOfHeader } from './languages.js';

describe('languageOf', () => {
  it('takes the first tag the portal speaks, by its base language', () => {
    expect(languageOf(['fr-FR', 'de-CH', 'en'])).toBe('de');
    expect(languageOf([null, undefined, ' RU '])).toBe('ru');
    expect(languageOf(['da_DK'])).toBe('da');
  });

  it('is null when none is spoken', () => {
    expect(languageOf(['fr', 'xx-YY', ''])).toBeNull();
    expect(languageOf([])).toBeNull();
  });
});

describe('languageOfHeader', () => {
  it('ranks an Accept-Language header by q, then by order', () => {
    expect(languageOfHeader('fr;q=0.9, nl-BE;q=0.8, de;q=0.85')).toBe('de');
    expect(languageOfHeader('sq, en;q=0.5')).toBe('sq');
    expect(languageOfHeader('de-AT')).toBe('de');
  });

  it('skips refused (q=0) and unknown languages, and ignores what is not a header', () => {
    expect(languageOfHeader('de;q=0, fr, ms;q=0.1')).toBe('ms');
    expect(languageOfHeader('fr, it')).toBeNull();
    expect(languageOfHeader(undefined)).toBeNull();
    expect(languageOfHeader('x'.repeat(501))).toBeNull();
  });
});
