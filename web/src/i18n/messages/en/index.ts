import app from './app.json';
import errors from './errors.json';
import admin from './admin.json';
import audit from './audit.json';
import integrations from './integrations.json';
import mail from './mail.json';
import offer from './offer.json';
import server from './server.json';

/**
 * The English catalogue, the source every other language translates: one JSON file per area of the
 * portal (`<area>.<name>` ids), spread into one object so that `MessageId` types every id in use.
 */
export const en = { ...app, ...errors, ...admin, ...audit, ...integrations, ...mail, ...offer, ...server };

export type MessageId = keyof typeof en;
