import app from './app.json';
import errors from './errors.json';
import publicPages from './public.json';
import translations from './translations.json';

/**
 * The English catalogue, the source every other language translates: one JSON file per area of the
 * portal (`<area>.<name>` ids), spread into one object so that `MessageId` types every id in use.
 */
export const en = { ...app, ...errors, ...publicPages, ...translations };

export type MessageId = keyof typeof en;
