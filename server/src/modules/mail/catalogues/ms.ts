// Machine translated from the English catalogue (en.ts); awaits review by a Malay-speaking person.
import { MailKind } from '../mail.enums.js';
import type { Catalogue } from '../mail-catalogue.types.js';
import { moneyText } from '../money-text.js';

const LOCALE = 'ms-MY';
import { statusReason } from '../mail-status-reason.js';

const CLOCK = { RESPONSE: 'tarikh akhir respons', RESOLUTION: 'tarikh akhir penyelesaian' } as const;
const STATUS: Record<string, string> = { ACTIVE: 'aktif', PROBATION: 'dalam percubaan', SUSPENDED: 'digantung' };
const SEVERITY: Record<string, string> = { MINOR: 'kecil', MAJOR: 'besar', CRITICAL: 'kritikal' };

const STATUS_REASONS = {
  'status.tooLittleWork': (p) => `Terlalu sedikit kerja terkini untuk dinilai (${p.offers} tawaran, ${p.days} hari lepas); kembali dalam percubaan`,
  'status.belowSuspension': (p) => `Skor ${p.score} di bawah ambang penggantungan ${p.threshold} (${p.days} hari lepas)`,
  'status.belowProbation': (p) => `Skor ${p.score} di bawah ambang percubaan ${p.threshold} (${p.days} hari lepas)`,
  'status.recovered': (p) => `Skor ${p.score} telah pulih ke ambang ${p.threshold} atau lebih (${p.days} hari lepas)`,
} satisfies Catalogue['statusReasons'];

export const ms: Catalogue = {
  locale: LOCALE,
  greeting: (name) => (name ? `Salam sejahtera ${name},` : 'Salam sejahtera,'),
  userFooter: 'Anda menerima e-mel ini kerana peranan anda dalam rangkaian servis.',
  preferencesLabel: 'Pilih e-mel yang anda terima',
  customerFooter: 'Anda menerima e-mel ini kerana anda meminta servis untuk peralatan anda.',
  unsubscribeLabel: 'Berhenti melanggan e-mel ini',
  invitationFooter:
    'Anda menerima e-mel ini kerana pengilang menjemput alamat ini ke dalam rangkaian servisnya. Jika anda tidak menjangkakannya, abaikan sahaja: tiada apa berlaku tanpa pautan itu.',
  statusReasons: STATUS_REASONS,
  kinds: {
    [MailKind.OFFER_MADE]: ({ job, expiresAt, acceptUrl, declineUrl, inboxUrl }, time) => ({
      subject: `Tawaran kerja ${job.number}: jawab sebelum ${time(expiresAt)}`,
      lines: [
        `${job.manufacturerName} menawarkan kerja ${job.number} kepada organisasi anda: ${job.description}`,
        `Peralatan: ${job.model}, nombor siri ${job.serial}, di ${job.siteAddress}.`,
        `Tawaran ini tamat pada ${time(expiresAt)}. Setiap pautan di bawah berfungsi sekali; anda juga boleh menjawab dalam peti masuk portal.`,
      ],
      actions: [
        { label: 'Terima tawaran', url: acceptUrl },
        { label: 'Tolak tawaran', url: declineUrl },
        { label: 'Buka peti masuk', url: inboxUrl },
      ],
    }),
    [MailKind.OFFER_DECLINED]: ({ job, partnerName, reason, jobUrl }) => ({
      subject: `${partnerName} menolak kerja ${job.number}`,
      lines: [`${partnerName} menolak tawaran kerja ${job.number} (${job.model}, ${job.siteAddress}).`, `Sebab: ${reason}`],
      actions: [{ label: 'Buka kerja', url: jobUrl }],
    }),
    [MailKind.OFFER_EXPIRED]: ({ job, partnerName, jobUrl }) => ({
      subject: `Tawaran kerja ${job.number} telah tamat`,
      lines: [`Tawaran kerja ${job.number} (${job.model}, ${job.siteAddress}) kepada ${partnerName} tamat tanpa jawapan.`],
      actions: [{ label: 'Buka kerja', url: jobUrl }],
    }),
    [MailKind.SLA_BREACHED]: ({ job, clock, dueAt, jobUrl }, time) => ({
      subject: `SLA dilanggar: kerja ${job.number} (${CLOCK[clock]})`,
      lines: [`Kerja ${job.number} (${job.model}, ${job.siteAddress}) terlepas ${CLOCK[clock]}nya, ${time(dueAt)}.`],
      actions: [{ label: 'Buka kerja', url: jobUrl }],
    }),
    [MailKind.FINDING_RECORDED]: ({ manufacturerName, severity, text, dueAt, findingsUrl }, time) => ({
      subject: `Penemuan audit (${SEVERITY[severity] ?? severity}) daripada ${manufacturerName}`,
      lines: [
        `${manufacturerName} merekodkan penemuan audit ${SEVERITY[severity] ?? severity}:`,
        text,
        `Tindakan pembetulan perlu dibuat sebelum ${time(dueAt)}.`,
      ],
      actions: [{ label: 'Buka penemuan', url: findingsUrl }],
    }),
    [MailKind.PARTNER_STATUS_CHANGED]: ({ manufacturerName, from, to, reason, reasonCode, scorecardUrl }) => ({
      subject: `Status anda dalam rangkaian ${manufacturerName}: ${STATUS[to] ?? to}`,
      lines: [
        `Status anda dalam rangkaian servis ${manufacturerName} berubah daripada ${STATUS[from] ?? from} kepada ${STATUS[to] ?? to}.`,
        `Sebab: ${statusReason(STATUS_REASONS, reason, reasonCode)}`,
      ],
      actions: [{ label: 'Buka kad skor anda', url: scorecardUrl }],
    }),
    [MailKind.WEBHOOK_DISABLED]: ({ url, failures, integrationsUrl }) => ({
      subject: `Titik akhir webhook dinyahdayakan: ${url}`,
      lines: [
        `Titik akhir webhook ${url} organisasi anda telah dinyahdayakan: ${failures} penghantaran berturut-turut gagal selepas semua cubaan semula.`,
        'Tiada apa-apa dihantar kepadanya sehingga ia didayakan semula. Apabila penerima menjawab, dayakan titik akhir di halaman Integrasi dan hantar semula penghantaran yang gagal.',
      ],
      actions: [{ label: 'Buka Integrasi', url: integrationsUrl }],
    }),
    [MailKind.JOB_REGISTERED]: ({ job, trackUrl }) => ({
      subject: `Permintaan servis anda ${job.number} telah didaftarkan`,
      lines: [
        `${job.manufacturerName} telah mendaftarkan permintaan servis ${job.number} untuk ${job.model} anda (nombor siri ${job.serial}).`,
        'Ikutinya di halaman penjejakan; kami juga akan menulis apabila temu janji ditetapkan dan apabila kerja selesai.',
      ],
      actions: [{ label: 'Jejaki servis anda', url: trackUrl }],
    }),
    [MailKind.APPOINTMENT_SET]: ({ job, appointmentAt, technicianName, trackUrl }, time) => ({
      subject: `Temu janji anda untuk ${job.number}: ${time(appointmentAt)}`,
      lines: [
        `Lawatan untuk ${job.model} anda ditetapkan pada ${time(appointmentAt)} di ${job.siteAddress}.`,
        technicianName ? `Juruteknik anda: ${technicianName}.` : 'Nama juruteknik akan dipaparkan di halaman penjejakan.',
      ],
      actions: [{ label: 'Jejaki servis anda', url: trackUrl }],
    }),
    [MailKind.JOB_COMPLETED]: ({ job, trackUrl }) => ({
      subject: `Kerja untuk ${job.number} telah selesai`,
      lines: [`Kerja pada ${job.model} anda (nombor siri ${job.serial}) telah selesai.`, 'Laporan servis ada di halaman penjejakan.'],
      actions: [{ label: 'Lihat laporan servis', url: trackUrl }],
    }),
    [MailKind.SURVEY_REQUEST]: ({ job, surveyUrl }) => ({
      subject: `Bagaimana servis kami? (${job.number})`,
      lines: [`Permintaan servis anda ${job.number} telah ditutup. Sudikah anda menilai servis kami? Ia mengambil masa seminit.`],
      actions: [{ label: 'Nilai servis kami', url: surveyUrl }],
    }),
    [MailKind.PARTNER_INVITATION]: ({ manufacturerName, inviterName, firmName, joinUrl, expiresAt }, time) => ({
      subject: `${manufacturerName} menjemput firma anda ke dalam rangkaian servisnya`,
      lines: [
        `${inviterName} (${manufacturerName}) menjemput firma anda untuk menyertai rangkaian servis ${manufacturerName} sebagai rakan servis.`,
        ...(firmName ? [`Firma yang dijemput: ${firmName}`] : []),
        `Buka pautan untuk mendaftar firma anda dan pentadbirnya atau, jika firma anda sudah bekerja dalam rangkaian pengilang lain di portal ini, untuk menyertai dengannya. Pautan sah sehingga ${time(expiresAt)}.`,
        `${manufacturerName} kemudian menyemak pendaftaran anda dan meluluskannya; sehingga itu anda tidak ditawarkan kerja.`,
      ],
      actions: [{ label: 'Daftar atau sertai', url: joinUrl }],
    }),
    [MailKind.QUOTE_SENT]: ({ job, quoteNumber, gross, currency, validUntil, acceptUrl, declineUrl, trackUrl }, time) => {
      const amount = moneyText(LOCALE, gross, currency);
      return {
        subject: `Sebut harga ${quoteNumber} untuk ${job.model}: ${amount}`,
        lines: [
          `Rakan servis ${job.manufacturerName} memberi sebut harga kerja pada ${job.model} anda (nombor siri ${job.serial}): ${amount} termasuk cukai.`,
          `Butirannya ada di halaman penjejakan. Sebut harga sah sehingga ${time(validUntil)}; kerja diteruskan sebaik sahaja anda menerimanya.`,
        ],
        actions: [
          { label: 'Terima sebut harga', url: acceptUrl },
          { label: 'Tolak sebut harga', url: declineUrl },
          { label: 'Lihat sebut harga', url: trackUrl },
        ],
      };
    },
  },
  kindLabels: {
    [MailKind.OFFER_MADE]: 'Satu kerja ditawarkan kepada organisasi saya (dengan pautan terima dan tolak)',
    [MailKind.OFFER_DECLINED]: 'Rakan kongsi menolak tawaran',
    [MailKind.OFFER_EXPIRED]: 'Tawaran tamat tanpa jawapan',
    [MailKind.SLA_BREACHED]: 'Satu kerja melanggar SLA',
    [MailKind.FINDING_RECORDED]: 'Penemuan audit tentang organisasi saya',
    [MailKind.PARTNER_STATUS_CHANGED]: 'Status organisasi saya dalam rangkaian berubah',
    [MailKind.WEBHOOK_DISABLED]: 'Titik akhir webhook organisasi saya dinyahdayakan',
    [MailKind.JOB_REGISTERED]: 'Kerja didaftarkan (pelanggan)',
    [MailKind.APPOINTMENT_SET]: 'Temu janji ditetapkan (pelanggan)',
    [MailKind.JOB_COMPLETED]: 'Kerja selesai (pelanggan)',
    [MailKind.SURVEY_REQUEST]: 'Tinjauan (pelanggan)',
    [MailKind.PARTNER_INVITATION]: 'Jemputan ke rangkaian servis (kepada firma)',
    [MailKind.QUOTE_SENT]: 'Sebut harga kerja berbayar (pelanggan)',
  },
};
