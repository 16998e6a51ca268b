import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';
import { JobType } from '../modules/job/job.enums.js';
import type { ChecklistItemData } from '../modules/quality/quality-standard.entity.js';
import { SlaTime } from '../modules/calendar/sla-time.js';

/**
 * Response and resolution minutes per strategy: the more a failure costs, the faster. The critical
 * lines' clocks run round the clock (calendar minutes); the others' in working minutes of a
 * 9-hour day: half a day and three days, one day and five days.
 */
const CLOCKS: Record<ServiceStrategy, [number, number]> = {
  NEVER_FAIL: [60, 480],
  RAPID_RESPONSE: [120, 1440],
  REPAIRABLE: [270, 3 * 540],
  DISPOSABLE: [540, 5 * 540],
};

// The translations (de, da, nl, ru) are machine translated, for the demo: a manufacturer would have them reviewed.
const CHECKLISTS: Record<JobType, ChecklistItemData[]> = {
  REPAIR: [
    {
      id: 'safety-isolation',
      label: 'Unit isolated and locked out before work',
      translations: {
        de: 'Gerät vor Arbeitsbeginn freigeschaltet und gegen Wiedereinschalten gesichert',
        da: 'Enheden afbrudt og låst før arbejdet',
        nl: 'Apparaat vóór het werk vrijgeschakeld en vergrendeld',
        ru: 'Оборудование отключено и заблокировано перед началом работ',
      },
    },
    {
      id: 'root-cause',
      label: 'Root cause identified and recorded',
      translations: {
        de: 'Grundursache ermittelt und dokumentiert',
        da: 'Grundårsag fundet og registreret',
        nl: 'Grondoorzaak vastgesteld en vastgelegd',
        ru: 'Первопричина установлена и зафиксирована',
      },
    },
    {
      id: 'function-test',
      label: 'Function test under load passed',
      translations: {
        de: 'Funktionsprüfung unter Last bestanden',
        da: 'Funktionstest under belastning bestået',
        nl: 'Functietest onder belasting geslaagd',
        ru: 'Функциональная проверка под нагрузкой пройдена',
      },
    },
  ],
  MAINTENANCE: [
    {
      id: 'filters',
      label: 'Filters and wear parts replaced per schedule',
      translations: {
        de: 'Filter und Verschleißteile planmäßig ersetzt',
        da: 'Filtre og sliddele udskiftet efter planen',
        nl: 'Filters en slijtdelen volgens schema vervangen',
        ru: 'Фильтры и изнашиваемые детали заменены по графику',
      },
    },
    {
      id: 'calibration',
      label: 'Sensors calibrated within tolerance',
      translations: {
        de: 'Sensoren innerhalb der Toleranz kalibriert',
        da: 'Sensorer kalibreret inden for tolerancen',
        nl: 'Sensoren binnen de tolerantie gekalibreerd',
        ru: 'Датчики откалиброваны в пределах допуска',
      },
    },
    {
      id: 'function-test',
      label: 'Function test passed',
      translations: { de: 'Funktionsprüfung bestanden', da: 'Funktionstest bestået', nl: 'Functietest geslaagd', ru: 'Функциональная проверка пройдена' },
    },
  ],
  INSPECTION: [
    {
      id: 'visual',
      label: 'Visual inspection of housing and connections',
      translations: {
        de: 'Sichtprüfung von Gehäuse und Anschlüssen',
        da: 'Visuel kontrol af kabinet og tilslutninger',
        nl: 'Visuele inspectie van behuizing en aansluitingen',
        ru: 'Визуальный осмотр корпуса и соединений',
      },
    },
    {
      id: 'safety-devices',
      label: 'Safety devices tested',
      translations: {
        de: 'Sicherheitseinrichtungen geprüft',
        da: 'Sikkerhedsanordninger testet',
        nl: 'Veiligheidsvoorzieningen getest',
        ru: 'Защитные устройства проверены',
      },
    },
  ],
  INSTALLATION: [
    {
      id: 'site-check',
      label: 'Site, power and ventilation checked',
      translations: {
        de: 'Aufstellort, Stromversorgung und Belüftung geprüft',
        da: 'Opstillingssted, strømforsyning og ventilation kontrolleret',
        nl: 'Locatie, stroomvoorziening en ventilatie gecontroleerd',
        ru: 'Место установки, электропитание и вентиляция проверены',
      },
    },
    {
      id: 'commissioning',
      label: 'Commissioned to the installation manual',
      translations: {
        de: 'Gemäß Installationshandbuch in Betrieb genommen',
        da: 'Idriftsat efter installationsvejledningen',
        nl: 'In bedrijf gesteld volgens de installatiehandleiding',
        ru: 'Введено в эксплуатацию согласно руководству по установке',
      },
    },
    {
      id: 'handover',
      label: 'Operators instructed at hand-over',
      translations: {
        de: 'Bedienpersonal bei der Übergabe eingewiesen',
        da: 'Operatører instrueret ved overdragelsen',
        nl: 'Bedieners bij de overdracht geïnstrueerd',
        ru: 'Операторы проинструктированы при передаче',
      },
    },
  ],
  TRAINING: [
    {
      id: 'attendance',
      label: 'Attendance list signed',
      translations: {
        de: 'Teilnehmerliste unterschrieben',
        da: 'Deltagerliste underskrevet',
        nl: 'Presentielijst ondertekend',
        ru: 'Список участников подписан',
      },
    },
    {
      id: 'safety-briefing',
      label: 'Safety briefing given',
      translations: {
        de: 'Sicherheitsunterweisung durchgeführt',
        da: 'Sikkerhedsinstruktion givet',
        nl: 'Veiligheidsinstructie gegeven',
        ru: 'Инструктаж по технике безопасности проведён',
      },
    },
  ],
  DELIVERY: [
    {
      id: 'condition',
      label: 'Delivered unit checked for transport damage',
      translations: {
        de: 'Geliefertes Gerät auf Transportschäden geprüft',
        da: 'Leveret enhed kontrolleret for transportskader',
        nl: 'Geleverd apparaat gecontroleerd op transportschade',
        ru: 'Доставленное оборудование проверено на транспортные повреждения',
      },
    },
    {
      id: 'placement',
      label: 'Unit placed and levelled',
      translations: {
        de: 'Gerät aufgestellt und ausgerichtet',
        da: 'Enheden placeret og nivelleret',
        nl: 'Apparaat geplaatst en waterpas gezet',
        ru: 'Оборудование установлено и выровнено',
      },
    },
  ],
};

/** How long a visit of each kind is booked for. */
const APPOINTMENT_MINUTES: Record<JobType, number> = {
  INSTALLATION: 240,
  MAINTENANCE: 120,
  REPAIR: 120,
  INSPECTION: 60,
  TRAINING: 180,
  DELIVERY: 60,
};

/** What a repair's technician is told, with its (machine) translations. */
const REPAIR_INSTRUCTIONS = {
  instructions: 'Photograph the failed part before you replace it, and keep it for the manufacturer for 30 days.',
  instructionsTranslations: {
    de: 'Fotografieren Sie das defekte Teil vor dem Austausch und bewahren Sie es 30 Tage für den Hersteller auf.',
    da: 'Fotografér den defekte del, før du udskifter den, og opbevar den i 30 dage til producenten.',
    nl: 'Fotografeer het defecte onderdeel voordat u het vervangt en bewaar het 30 dagen voor de fabrikant.',
    ru: 'Сфотографируйте неисправную деталь перед заменой и сохраните её для производителя в течение 30 дней.',
  },
};

export function standardFor(strategy: ServiceStrategy, jobType: JobType) {
  const [responseMinutes, resolutionMinutes] = CLOCKS[strategy];
  const critical = strategy === ServiceStrategy.RAPID_RESPONSE || strategy === ServiceStrategy.NEVER_FAIL;
  return {
    jobType,
    responseMinutes,
    resolutionMinutes,
    // Lines that must not stand still are served round the clock; the others in working hours.
    slaTime: critical ? SlaTime.CALENDAR : SlaTime.BUSINESS,
    checklist: CHECKLISTS[jobType],
    ...(jobType === JobType.REPAIR && REPAIR_INSTRUCTIONS),
    requiredReportFields: jobType === JobType.REPAIR ? ['resolution', 'failureCode'] : ['resolution'],
    minPhotos: critical && (jobType === JobType.REPAIR || jobType === JobType.INSTALLATION) ? 2 : 0,
    requiresSignature: jobType === JobType.INSTALLATION || jobType === JobType.DELIVERY || jobType === JobType.TRAINING,
    laborRateCeiling: '90.00',
    maxLaborMinutes: jobType === JobType.INSTALLATION ? 480 : 240,
    appointmentMinutes: APPOINTMENT_MINUTES[jobType],
  };
}
