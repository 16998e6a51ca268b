import { OrgKind, PartnerStatus } from '../modules/network/network.enums.js';
import { ServiceStrategy } from '../modules/catalog/catalog.enums.js';

export const REGIONS = ['NORTH', 'SOUTH', 'EAST', 'WEST'] as const;

/**
 * The cities of each region, [latitude, longitude]: the network spans northern Germany and
 * Denmark, Switzerland, Austria and Bavaria, the Netherlands and the Rhineland.
 */
/** The time zone of each city of REGION_CITIES: a site's appointments show in it. */
export const CITY_ZONES: Record<string, string> = {
  ...Object.fromEntries(
    ['Hamburg', 'Bremen', 'Hanover', 'Kiel', 'Lübeck', 'Munich', 'Regensburg', 'Augsburg', 'Cologne', 'Düsseldorf', 'Aachen', 'Essen'].map((city) => [
      city,
      'Europe/Berlin',
    ]),
  ),
  ...Object.fromEntries(['Copenhagen', 'Aarhus', 'Odense'].map((city) => [city, 'Europe/Copenhagen'])),
  ...Object.fromEntries(['Zurich', 'Basel', 'Bern', 'Lucerne', 'St. Gallen', 'Winterthur', 'Lausanne', 'Lugano'].map((city) => [city, 'Europe/Zurich'])),
  ...Object.fromEntries(['Vienna', 'Salzburg', 'Innsbruck', 'Linz', 'Graz'].map((city) => [city, 'Europe/Vienna'])),
  ...Object.fromEntries(['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven'].map((city) => [city, 'Europe/Amsterdam'])),
};

export const REGION_CITIES: Record<(typeof REGIONS)[number], [string, number, number][]> = {
  NORTH: [
    ['Hamburg', 53.5511, 9.9937],
    ['Bremen', 53.0793, 8.8017],
    ['Hanover', 52.3759, 9.732],
    ['Kiel', 54.3233, 10.1228],
    ['Copenhagen', 55.6761, 12.5683],
    ['Aarhus', 56.1629, 10.2039],
    ['Odense', 55.4038, 10.4024],
    ['Lübeck', 53.8655, 10.6866],
  ],
  SOUTH: [
    ['Zurich', 47.3769, 8.5417],
    ['Basel', 47.5596, 7.5886],
    ['Bern', 46.948, 7.4474],
    ['Lucerne', 47.0502, 8.3093],
    ['St. Gallen', 47.4245, 9.3767],
    ['Winterthur', 47.4988, 8.7237],
    ['Lausanne', 46.5197, 6.6323],
    ['Lugano', 46.0037, 8.9511],
  ],
  EAST: [
    ['Vienna', 48.2082, 16.3738],
    ['Salzburg', 47.8095, 13.055],
    ['Innsbruck', 47.2692, 11.4041],
    ['Linz', 48.3069, 14.2858],
    ['Graz', 47.0707, 15.4395],
    ['Munich', 48.1351, 11.582],
    ['Regensburg', 49.0134, 12.1016],
    ['Augsburg', 48.3705, 10.8978],
  ],
  WEST: [
    ['Amsterdam', 52.3676, 4.9041],
    ['Rotterdam', 51.9244, 4.4777],
    ['Utrecht', 52.0907, 5.1214],
    ['Eindhoven', 51.4416, 5.4697],
    ['Cologne', 50.9375, 6.9603],
    ['Düsseldorf', 51.2277, 6.7735],
    ['Aachen', 50.7753, 6.0839],
    ['Essen', 51.4556, 7.0116],
  ],
};

export interface PartnerSeed {
  slug: string;
  name: string;
  kind: OrgKind;
  regions: string[];
  capacity: number;
  laborRate: string;
  status: PartnerStatus;
  /** Also a partner of the second manufacturer. */
  alsoOther?: boolean;
  /** Larger firms have a second technician. */
  secondTech?: boolean;
  /** The service point: a city of its regions, [latitude, longitude]. */
  point: [number, number];
  /** Small firms serve only sites this near (km). */
  serviceRadiusKm?: number;
}

/** A dozen partners of every kind; each region has at least three ACTIVE repairers. */
export const PARTNERS: PartnerSeed[] = [
  {
    slug: 'maker-north',
    name: 'Helvetra Service North (Branch)',
    kind: OrgKind.BRANCH,
    regions: ['NORTH', 'EAST'],
    capacity: 12,
    laborRate: '78.00',
    status: PartnerStatus.ACTIVE,
    secondTech: true,
    point: [52.3759, 9.732], // Hanover
  },
  {
    slug: 'maker-south',
    name: 'Helvetra Service South (Branch)',
    kind: OrgKind.BRANCH,
    regions: ['SOUTH', 'WEST'],
    capacity: 12,
    laborRate: '78.00',
    status: PartnerStatus.ACTIVE,
    secondTech: true,
    point: [47.3769, 8.5417], // Zurich
  },
  {
    slug: 'alpine-service',
    name: 'Alpine Service AG',
    kind: OrgKind.DEALER,
    regions: ['NORTH', 'WEST'],
    capacity: 8,
    laborRate: '84.00',
    status: PartnerStatus.ACTIVE,
    alsoOther: true,
    point: [50.9375, 6.9603], // Cologne
  },
  {
    slug: 'riverside-tech',
    name: 'Riverside Technik GmbH',
    kind: OrgKind.DEALER,
    regions: ['EAST', 'SOUTH'],
    capacity: 7,
    laborRate: '81.50',
    status: PartnerStatus.ACTIVE,
    point: [48.1351, 11.582], // Munich
  },
  {
    slug: 'coastline-repairs',
    name: 'Coastline Repairs Ltd',
    kind: OrgKind.DEALER,
    regions: ['WEST', 'SOUTH'],
    capacity: 6,
    laborRate: '79.00',
    status: PartnerStatus.ACTIVE,
    alsoOther: true,
    point: [51.9244, 4.4777], // Rotterdam
  },
  {
    slug: 'kessler-kaelte',
    name: 'Kessler Kälte & Klima',
    kind: OrgKind.INDEPENDENT_SPECIALIST,
    regions: ['NORTH', 'SOUTH', 'EAST'],
    capacity: 6,
    laborRate: '88.00',
    status: PartnerStatus.ACTIVE,
    point: [48.7758, 9.1829], // Stuttgart
  },
  {
    slug: 'precision-field',
    name: 'Precision Field Services',
    kind: OrgKind.INDEPENDENT_SPECIALIST,
    regions: ['EAST', 'WEST', 'NORTH'],
    capacity: 5,
    laborRate: '86.00',
    status: PartnerStatus.ACTIVE,
    alsoOther: true,
    point: [55.6761, 12.5683], // Copenhagen
  },
  {
    slug: 'meier-sons',
    name: 'Meier & Sons Maintenance',
    kind: OrgKind.INDEPENDENT_SPECIALIST,
    regions: ['SOUTH', 'WEST'],
    capacity: 4,
    laborRate: '72.00',
    status: PartnerStatus.PROBATION,
    point: [47.5596, 7.5886], // Basel
    serviceRadiusKm: 250,
  },
  {
    slug: 'quickfix-24',
    name: 'QuickFix 24 Service',
    kind: OrgKind.INDEPENDENT_SPECIALIST,
    regions: ['NORTH', 'EAST'],
    capacity: 5,
    laborRate: '95.00',
    status: PartnerStatus.SUSPENDED,
    point: [52.52, 13.405], // Berlin
    serviceRadiusKm: 300,
  },
  {
    slug: 'drivetrain-consortium',
    name: 'DriveTrain Consortium (motors)',
    kind: OrgKind.CONSORTIUM_PARTNER,
    regions: ['NORTH', 'SOUTH', 'EAST', 'WEST'],
    capacity: 6,
    laborRate: '90.00',
    status: PartnerStatus.ACTIVE,
    point: [48.2082, 16.3738], // Vienna
  },
  {
    slug: 'controlsys-consortium',
    name: 'ControlSys Consortium (electronics)',
    kind: OrgKind.CONSORTIUM_PARTNER,
    regions: ['NORTH', 'SOUTH', 'EAST', 'WEST'],
    capacity: 6,
    laborRate: '89.00',
    status: PartnerStatus.ACTIVE,
    point: [51.4416, 5.4697], // Eindhoven
  },
  {
    slug: 'hydra-consortium',
    name: 'Hydra Pumps Consortium (hydraulics)',
    kind: OrgKind.CONSORTIUM_PARTNER,
    regions: ['EAST', 'WEST'],
    capacity: 4,
    laborRate: '87.00',
    status: PartnerStatus.ACTIVE,
    point: [48.3069, 14.2858], // Linz
  },
];

export interface LineSeed {
  name: string;
  strategy: ServiceStrategy;
  prefix: string;
  models: { name: string; warrantyMonths: number }[];
  parts: [string, number][];
}

export const MAKER_LINES: LineSeed[] = [
  {
    name: 'Countertop Dispensers',
    strategy: ServiceStrategy.DISPOSABLE,
    prefix: 'CD',
    models: [
      { name: 'CD-100 Dispenser', warrantyMonths: 12 },
      { name: 'CD-200 Dispenser', warrantyMonths: 12 },
    ],
    parts: [
      ['Replacement dispenser unit', 89],
      ['Drip tray', 12.5],
      ['Power adapter', 24],
    ],
  },
  {
    name: 'Industrial Compressors',
    strategy: ServiceStrategy.REPAIRABLE,
    prefix: 'IC',
    models: [
      { name: 'IC-30 Screw Compressor', warrantyMonths: 24 },
      { name: 'IC-55 Screw Compressor', warrantyMonths: 24 },
      { name: 'IC-90 Screw Compressor', warrantyMonths: 36 },
    ],
    parts: [
      ['Air filter element', 38],
      ['Oil separator', 145],
      ['Drive belt set', 72],
      ['Pressure sensor', 118],
      ['Intake valve', 265],
      ['Thermostatic valve', 96],
      ['Oil, 5 l', 54],
      ['Cooling fan', 189],
    ],
  },
  {
    name: 'Cold-Chain Refrigeration',
    strategy: ServiceStrategy.RAPID_RESPONSE,
    prefix: 'CR',
    models: [
      { name: 'CR-400 Walk-in Cooler', warrantyMonths: 24 },
      { name: 'CR-800 Blast Freezer', warrantyMonths: 24 },
    ],
    parts: [
      ['Compressor relay', 64],
      ['Evaporator fan motor', 212],
      ['Door gasket', 58],
      ['Expansion valve', 174],
      ['Temperature controller', 239],
      ['Defrost heater', 83],
      ['Condenser fan blade', 41],
      ['Refrigerant R-290, 1 kg', 66],
    ],
  },
  {
    name: 'Medical Sterilisers',
    strategy: ServiceStrategy.NEVER_FAIL,
    prefix: 'MS',
    models: [
      { name: 'MS-60 Autoclave', warrantyMonths: 36 },
      { name: 'MS-120 Autoclave', warrantyMonths: 36 },
      { name: 'MS-240 Tunnel Steriliser', warrantyMonths: 36 },
    ],
    parts: [
      ['Door seal', 128],
      ['Steam generator heating element', 486],
      ['Safety valve', 152],
      ['Pressure transducer', 297],
      ['Water pump', 334],
      ['Control board', 912],
      ['HEPA filter', 176],
      ['Printer module', 218],
      ['Temperature probe', 143],
    ],
  },
];

export const OTHER_LINES: LineSeed[] = [
  {
    name: 'Commercial Dishwashers',
    strategy: ServiceStrategy.REPAIRABLE,
    prefix: 'NK-DW',
    models: [
      { name: 'DW-50 Hood Dishwasher', warrantyMonths: 24 },
      { name: 'DW-90 Conveyor Dishwasher', warrantyMonths: 24 },
    ],
    parts: [
      ['Wash arm', 48],
      ['Rinse pump', 167],
      ['Heating element', 142],
      ['Detergent dosing pump', 96],
      ['Door spring', 19],
    ],
  },
  {
    name: 'Combi Ovens',
    strategy: ServiceStrategy.RAPID_RESPONSE,
    prefix: 'NK-CO',
    models: [
      { name: 'CO-6 Combi Oven', warrantyMonths: 24 },
      { name: 'CO-10 Combi Oven', warrantyMonths: 24 },
    ],
    parts: [
      ['Steam generator', 388],
      ['Core probe', 74],
      ['Fan motor', 256],
      ['Door glass', 131],
      ['Control panel', 412],
    ],
  },
];

export const CUSTOMER_NAMES = [
  'Nordhafen Logistics',
  'St. Anna Hospital',
  'Lakeside Dairy Co.',
  'Bergmann Bakery Group',
  'City Hospital West',
  'Fjord Seafood AS',
  'Alpenblick Hotel',
  'Greenfield Supermarkets',
  'Rhine Valley Brewery',
  'Central Pharma Depot',
  'Harbour Cold Store',
  'Klinik am Park',
  'Sunrise Meat Processing',
  'University Medical Centre',
  'Metro Cash Point',
  'Orchard Fresh Produce',
  'Bayside Catering',
  'Mountain View Clinic',
  'Delta Plastics',
  'Ironworks Fabrication',
  'Silverline Foods',
  'Old Town Dental',
  'Riverside Care Home',
  'Eastgate Mall Food Court',
  'Pioneer Print Shop',
  'Westwind Laboratories',
  'Highland Water Works',
  'Summit Veterinary',
  'Lindenhof Restaurants',
  'Polar Ice Cream',
  'Kingsway Hotel',
  'Blue Harbour Fisheries',
  'Northstar Airport Catering',
  'Meadow Farm Cooperative',
  'Crystal Clinic',
  'Stonebridge School',
  'Evergreen Nursing',
  'Castle Hill Winery',
  'Quayside Market',
  'Unity Medical Lab',
];

export const OTHER_CUSTOMERS = [
  'Hotel Seeblick',
  'Campus Canteen North',
  'Trattoria Roma',
  'Airport Lounge Services',
  'Grand Café Central',
  'Festival Catering',
  'Harbour Grill',
  'Sky Kitchen',
];

export const STREETS = ['Industriestrasse', 'Harbour Road', 'Main Street', 'Station Square', 'Mill Lane', 'Market Street', 'Park Avenue', 'Canal Street'];

export const PEOPLE = [
  'Anna Keller',
  'Ben Okafor',
  'Clara Novak',
  'David Lindqvist',
  'Eva Moreau',
  'Farid Haddad',
  'Greta Jansen',
  'Hugo Fischer',
  'Ines Costa',
  'Jonas Weber',
  'Kaja Nilsen',
  'Luca Bianchi',
  'Maya Schulz',
  'Nils Berg',
  'Olga Petrova',
  'Paul Martin',
  'Quinn Murphy',
  'Rosa Alvarez',
  'Sven Larsen',
  'Tara Singh',
  'Ugo Ricci',
  'Vera Horvat',
  'Wim de Vries',
  'Xenia Popescu',
  'Yusuf Demir',
  'Zoe Laurent',
  'Arne Holm',
  'Bianca Rossi',
  'Carl Schmitt',
  'Dana Kovac',
  'Emil Brandt',
  'Fiona Walsh',
  'Gustav Ek',
  'Helena Duarte',
  'Ivan Marek',
  'Julia Frank',
];
