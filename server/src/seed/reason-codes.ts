import type { EntityManager } from '@mikro-orm/postgresql';
import type { Organization } from '../modules/network/organization.entity.js';
import { ReasonCode } from '../modules/reason/reason-code.entity.js';
import { ReasonKind } from '../modules/reason/reason.enums.js';
import type { Translations } from '../shared/translations.js';

type CodeSeed = [code: string, label: string, translations: Translations];

// The translations (de, da, nl, ru) are machine translated, for the demo: a manufacturer would have them reviewed.
const DECLINE_CODES: CodeSeed[] = [
  [
    'NO_CAPACITY',
    'No capacity at the requested time',
    {
      de: 'Keine Kapazität zum gewünschten Zeitpunkt',
      da: 'Ingen kapacitet på det ønskede tidspunkt',
      nl: 'Geen capaciteit op het gevraagde tijdstip',
      ru: 'Нет свободных мощностей на запрошенное время',
    },
  ],
  [
    'OUT_OF_AREA',
    'Site outside our service area',
    {
      de: 'Standort außerhalb unseres Servicegebiets',
      da: 'Stedet ligger uden for vores serviceområde',
      nl: 'Locatie buiten ons servicegebied',
      ru: 'Объект вне нашей зоны обслуживания',
    },
  ],
  [
    'NO_CERTIFICATION',
    'No qualified technician for this equipment',
    {
      de: 'Kein qualifizierter Techniker für dieses Gerät',
      da: 'Ingen kvalificeret tekniker til dette udstyr',
      nl: 'Geen gekwalificeerde monteur voor deze apparatuur',
      ru: 'Нет квалифицированного техника для этого оборудования',
    },
  ],
  [
    'PARTS_UNAVAILABLE',
    'Required parts not available in time',
    {
      de: 'Benötigte Teile nicht rechtzeitig verfügbar',
      da: 'Nødvendige dele ikke tilgængelige i tide',
      nl: 'Benodigde onderdelen niet op tijd beschikbaar',
      ru: 'Необходимые запчасти недоступны в срок',
    },
  ],
  ['OTHER', 'Other reason', { de: 'Anderer Grund', da: 'Anden årsag', nl: 'Andere reden', ru: 'Другая причина' }],
];

const FINDING_CODES: CodeSeed[] = [
  ['SAFETY', 'Safety', { de: 'Sicherheit', da: 'Sikkerhed', nl: 'Veiligheid', ru: 'Безопасность' }],
  ['WORKMANSHIP', 'Quality of work', { de: 'Arbeitsqualität', da: 'Arbejdskvalitet', nl: 'Kwaliteit van het werk', ru: 'Качество работ' }],
  ['DOCUMENTATION', 'Documentation', { de: 'Dokumentation', da: 'Dokumentation', nl: 'Documentatie', ru: 'Документация' }],
  [
    'RESPONSE_TIME',
    'Response and resolution times',
    { de: 'Reaktions- und Lösungszeiten', da: 'Reaktions- og løsningstider', nl: 'Reactie- en oplostijden', ru: 'Время реагирования и устранения' },
  ],
  [
    'CUSTOMER_CONDUCT',
    'Conduct towards the customer',
    { de: 'Verhalten gegenüber dem Kunden', da: 'Optræden over for kunden', nl: 'Gedrag tegenover de klant', ru: 'Поведение по отношению к клиенту' },
  ],
  [
    'PRICING',
    'Prices and billing',
    { de: 'Preise und Abrechnung', da: 'Priser og fakturering', nl: 'Prijzen en facturering', ru: 'Цены и выставление счетов' },
  ],
  ['OTHER', 'Other', { de: 'Sonstiges', da: 'Andet', nl: 'Overig', ru: 'Прочее' }],
];

const CLAIM_LINE_CODES: CodeSeed[] = [
  [
    'NOT_COVERED',
    'Not covered by the warranty',
    { de: 'Nicht von der Garantie gedeckt', da: 'Ikke dækket af garantien', nl: 'Niet gedekt door de garantie', ru: 'Не покрывается гарантией' },
  ],
  [
    'ABOVE_STANDARD_TIME',
    'More time than the standard allows',
    {
      de: 'Mehr Zeit als der Standard vorsieht',
      da: 'Mere tid end standarden tillader',
      nl: 'Meer tijd dan de standaard toestaat',
      ru: 'Больше времени, чем допускает стандарт',
    },
  ],
  [
    'NO_EVIDENCE',
    'No evidence of the fault',
    { de: 'Kein Nachweis des Fehlers', da: 'Ingen dokumentation for fejlen', nl: 'Geen bewijs van het defect', ru: 'Нет подтверждения неисправности' },
  ],
  ['OTHER', 'Other', { de: 'Sonstiges', da: 'Andet', nl: 'Overig', ru: 'Прочее' }],
];

/** Each manufacturer's reason codes for declines, findings and claim lines, with their translations. */
export function seedReasonCodes(em: EntityManager, manufacturers: readonly Organization[]): void {
  for (const manufacturer of manufacturers) {
    for (const [kind, codes] of [
      [ReasonKind.DECLINE, DECLINE_CODES],
      [ReasonKind.FINDING, FINDING_CODES],
      [ReasonKind.CLAIM_LINE, CLAIM_LINE_CODES],
    ] as const) {
      codes.forEach(([code, label, translations], index) => {
        em.create(ReasonCode, { manufacturer, kind, code, label, translations, position: index + 1 });
      });
    }
  }
}
