import app from './app.json';
import errors from './errors.json';
import admin from './admin.json';
import audit from './audit.json';
import integrations from './integrations.json';
import mail from './mail.json';
import offer from './offer.json';

/**
 * The English catalogue, the source every other language translates: one JSON file per area of the
 * portal (`<area>.<name>` ids), spread into one object so that `MessageId` types every id in use.
 */
export const en = { ...app, ...errors, ...admin, ...audit, ...integrations, ...mail, ...offer };

export type MessageId = keyof typeof en;
