import type { Context } from '../context.js';
import { DEFAULT_LANGUAGE, type Language } from '../shared/translations.js';

/**
 * The language the viewer reads the manufacturer's texts in: what the request asks for
 * (Accept-Language, or a WebSocket's `locale`), else English. The one place that decides it:
 * once users carry their own language (User.locale), it comes first here.
 */
export async function viewerLanguage(context: Pick<Context, 'requestedLanguage'>): Promise<Language> {
  return context.requestedLanguage ?? DEFAULT_LANGUAGE;
}
