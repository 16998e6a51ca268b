// Machine translated from the English catalogue (en.ts); awaits review by a Russian-speaking person.
import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'ru-RU';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'срок реагирования', RESOLUTION: 'срок устранения' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'активен', PROBATION: 'испытательный срок', SUSPENDED: 'приостановлен' };
const SEVERITY: Record<string, string> = { MINOR: 'незначительное', MAJOR: 'существенное', CRITICAL: 'критическое' };

const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `Слишком мало недавней работы для оценки (предложений: ${p.offers}, последние ${p.days} дн.); снова испытательный срок`,
  'status.belowSuspension': (p) => `Оценка ${p.score} ниже порога приостановки ${p.threshold} (последние ${p.days} дн.)`,
  'status.belowProbation': (p) => `Оценка ${p.score} ниже порога испытательного срока ${p.threshold} (последние ${p.days} дн.)`,
  'status.recovered': (p) => `Оценка ${p.score} снова достигла порога ${p.threshold} или выше (последние ${p.days} дн.)`,
} satisfies Catalogue['statusReasons'];

export const ru: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Здравствуйте, ${name}!` : 'Здравствуйте!'),
  userFooter: 'Вы получили это письмо в связи с вашей ролью в сервисной сети.',
  preferencesLabel: 'Выбрать, какие письма получать',
  customerFooter: 'Вы получили это письмо, потому что запросили обслуживание своего оборудования.',
  unsubscribeLabel: 'Отписаться от этих писем',
  invitationFooter:
    'Вы получили это письмо, потому что производитель пригласил этот адрес в свою сервисную сеть. Если вы его не ждали, просто не отвечайте: без ссылки ничего не произойдёт.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Предложение заказа ${job.number}: ответьте до ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} предлагает вашей организации заказ ${job.number}: ${job.description}`,
        `Оборудование: ${job.model}, серийный номер ${job.serial}, адрес: ${job.siteAddress}.`,
        `Предложение действует до ${time(expiresAt)}. Каждая ссылка ниже срабатывает один раз; ответить можно и во входящих портала.`,
      ],
      actions: [
        { label: 'Принять предложение', url: acceptUrl },
        { label: 'Отклонить предложение', url: declineUrl },
        { label: 'Открыть входящие', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} отклонил заказ ${job.number}`,
      lines: [`${partnerName} отклонил предложение заказа ${job.number} (${job.model}, ${job.siteAddress}).`, `Причина: ${reason}`],
      actions: [{ label: 'Открыть заказ', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Срок предложения заказа ${job.number} истёк`,
      lines: [`Предложение заказа ${job.number} (${job.model}, ${job.siteAddress}) для ${partnerName} истекло без ответа.`],
      actions: [{ label: 'Открыть заказ', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `Нарушение SLA: заказ ${job.number} (${CLOCK[clock]})`,
      lines: [`Заказ ${job.number} (${job.model}, ${job.siteAddress}) не уложился в ${CLOCK[clock]}: ${time(dueAt)}.`],
      actions: [{ label: 'Открыть заказ', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Замечание аудита от ${manufacturerName}`,
      lines: [
        `${manufacturerName} зафиксировал ${SEVERITY[severity] ?? severity} замечание аудита:`,
        text,
        `Корректирующее действие нужно выполнить до ${time(dueAt)}.`,
      ],
      actions: [{ label: 'Открыть замечания', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Ваш статус в сети ${manufacturerName}: ${STATUS[to] ?? to}`,
      lines: [
        `Ваш статус в сервисной сети ${manufacturerName} изменился: был «${STATUS[from] ?? from}», стал «${STATUS[to] ?? to}».`,
        `Причина: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Открыть вашу оценку', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Конечная точка вебхука отключена: ${url}`,
      lines: [
        `Конечная точка вебхука ${url} вашей организации отключена: доставок подряд, не удавшихся после всех повторов: ${failures}.`,
        'Пока она не будет снова включена, на неё ничего не отправляется. Когда получатель начнёт отвечать, включите конечную точку на странице «Интеграции» и повторите неудавшиеся доставки.',
      ],
      actions: [{ label: 'Открыть «Интеграции»', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Ваша заявка на обслуживание ${job.number} зарегистрирована`,
      lines: [
        `${job.manufacturerName} зарегистрировал вашу заявку ${job.number} на обслуживание ${job.model} (серийный номер ${job.serial}).`,
        'Следите за ней на странице отслеживания; мы также напишем, когда будет назначен визит и когда работа будет выполнена.',
      ],
      actions: [{ label: 'Отслеживать обслуживание', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Ваш визит по заявке ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `Визит по вашему оборудованию ${job.model} назначен на ${time(appointmentAt)}, адрес: ${job.siteAddress}.`,
        technicianName ? `Ваш техник: ${technicianName}.` : 'Имя техника появится на странице отслеживания.',
      ],
      actions: [{ label: 'Отслеживать обслуживание', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `Работа по заявке ${job.number} выполнена`,
      lines: [`Работа по вашему оборудованию ${job.model} (серийный номер ${job.serial}) выполнена.`, 'Сервисный отчёт доступен на странице отслеживания.'],
      actions: [{ label: 'Посмотреть сервисный отчёт', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `Как вам наше обслуживание? (${job.number})`,
      lines: [`Ваша заявка ${job.number} закрыта. Оцените, пожалуйста, наше обслуживание — это займёт минуту.`],
      actions: [{ label: 'Оценить обслуживание', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} приглашает вашу компанию в свою сервисную сеть`,
      lines: [
        `${inviterName} (${manufacturerName}) приглашает вашу компанию стать сервисным партнёром в сети ${manufacturerName}.`,
        ...(firmName ? [`Приглашённая компания: ${firmName}`] : []),
        `По ссылке вы зарегистрируете компанию и её администратора, а если ваша компания уже работает на этом портале в сети другого производителя, присоединитесь с ней. Ссылка действительна до ${time(expiresAt)}.`,
        `Затем ${manufacturerName} рассмотрит регистрацию и одобрит её; до этого заказы вам не предлагаются.`,
      ],
      actions: [{ label: 'Зарегистрироваться или присоединиться', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Ваше коммерческое предложение ${quoteNumber} для ${job.model}: ${amount}`,
        lines: [
          `Сервисный партнёр ${job.manufacturerName} оценил работы по вашему ${job.model} (серийный номер ${job.serial}): ${amount} с учётом налога.`,
          `Позиции указаны на странице отслеживания. Предложение действительно до ${time(validUntil)}; работа продолжится, как только вы его примете.`,
        ],
        actions: [
          { label: 'Принять предложение', url: acceptUrl },
          { label: 'Отклонить предложение', url: declineUrl },
          { label: 'Посмотреть предложение', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'Моей организации предложен заказ (со ссылками для принятия и отклонения)',
    [MailKind.OFFER_DECLINED]: 'Партнёр отклонил предложение',
    [MailKind.OFFER_EXPIRED]: 'Предложение истекло без ответа',
    [MailKind.SLA_BREACHED]: 'Заказ нарушил SLA',
    [MailKind.FINDING_RECORDED]: 'Замечание аудита о моей организации',
    [MailKind.PARTNER_STATUS_CHANGED]: 'Изменился статус моей организации в сети',
    [MailKind.WEBHOOK_DISABLED]: 'Конечная точка вебхука моей организации отключена',
    [MailKind.JOB_REGISTERED]: 'Заказ зарегистрирован (клиент)',
    [MailKind.APPOINTMENT_SET]: 'Визит назначен (клиент)',
    [MailKind.JOB_COMPLETED]: 'Работа выполнена (клиент)',
    [MailKind.SURVEY_REQUEST]: 'Опрос (клиент)',
    [MailKind.PARTNER_INVITATION]: 'Приглашение в сервисную сеть (для компании)',
    [MailKind.QUOTE_SENT]: 'Предложение на платные работы (клиент)',
  },
};
