import admin from './admin.json';
import app from './app.json';
import audit from './audit.json';
import board from './board.json';
import enums from './enums.json';
import errors from './errors.json';
import inbox from './inbox.json';
import integrations from './integrations.json';
import job from './job.json';
import mail from './mail.json';
import offer from './offer.json';
import parts from './parts.json';
import requests from './requests.json';
import session from './session.json';
import ui from './ui.json';
import work from './work.json';
import server from './server.json';
import publicPages from './public.json';
import translations from './translations.json';
import calendar from './calendar.json';
import schedule from './schedule.json';
import onboarding from './onboarding.json';
import quote from './quote.json';
import claims from './claims.json';
import returns from './returns.json';

/**
 * The English catalogue, the source every other language translates: one JSON file per area of the
 * portal (`<area>.<name>` ids), spread into one object so that `MessageId` types every id in use.
 */
export const en = {
  ...app,
  ...errors,
  ...enums,
  ...ui,
  ...session,
  ...board,
  ...job,
  ...work,
  ...inbox,
  ...parts,
  ...requests,
  ...admin,
  ...audit,
  ...integrations,
  ...mail,
  ...offer,
  ...server,
  ...publicPages,
  ...translations,
  ...calendar,
  ...schedule,
  ...onboarding,
  ...quote,
  ...claims,
  ...returns,
};

export type MessageId = keyof typeof en;
