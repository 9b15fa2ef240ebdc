// The layer arrows of design.md, one line per folder: what each may import (besides itself and
// packages). Read it as the architecture's table of contents; `npm run lint` enforces it.
const layers = {
  // Foundations: depend on nothing else in lib/.
  'lib/db': [],
  'lib/errors': [],
  'lib/time': [],
  'lib/runtime': [],
  // The home-screen icon's colours and sizes (manifest, generator, test).
  'lib/pwa': [],
  'lib/preferences.ts': [],
  'lib/identity': ['lib/time'],
  'lib/calendar': ['lib/data', 'lib/time'],
  'lib/data': ['lib/db', 'lib/time'],
  'lib/i18n': ['lib/data', 'lib/time', 'lib/preferences.ts'],
  'lib/voice': ['lib/data', 'lib/time', 'lib/i18n'],
  // Nearest 医保服务站 ordering: pure, over the demo catalogue.
  'lib/stations': ['lib/data'],
  'lib/preferences-server.ts': ['lib/preferences.ts', 'lib/voice'],
  'lib/security': ['lib/db', 'lib/errors', 'lib/runtime', 'lib/time'],
  'lib/sms': ['lib/db', 'lib/i18n', 'lib/runtime', 'lib/time', 'lib/errors'],
  'lib/uploads': ['lib/data', 'lib/db', 'lib/errors', 'lib/security', 'lib/time', 'lib/runtime'],
  // The services: flows, rules, review plans. Never the database.
  'lib/services': ['lib/calendar', 'lib/data', 'lib/i18n', 'lib/identity', 'lib/time', 'lib/voice', 'lib/errors'],
  // The mock 经办 back office and what builds on it.
  'lib/family': ['lib/db', 'lib/errors', 'lib/i18n', 'lib/identity', 'lib/security', 'lib/services', 'lib/sms', 'lib/time', 'lib/runtime'],
  'lib/jingban': [
    'lib/calendar',
    'lib/data',
    'lib/db',
    'lib/errors',
    'lib/family',
    'lib/i18n',
    'lib/services',
    'lib/sms',
    'lib/time',
    'lib/uploads',
    'lib/runtime',
    'lib/identity',
  ],
  'lib/staff': [
    'lib/calendar',
    'lib/uploads',
    'lib/db',
    'lib/errors',
    'lib/family',
    'lib/i18n',
    'lib/identity',
    'lib/jingban',
    'lib/security',
    'lib/services',
    'lib/sms',
    'lib/time',
    'lib/runtime',
    'lib/data',
  ],
  'lib/auth': [
    'lib/db',
    'lib/errors',
    'lib/family',
    'lib/i18n',
    'lib/identity',
    'lib/jingban',
    'lib/security',
    'lib/sms',
    'lib/staff',
    'lib/time',
    'lib/runtime',
    'lib/data',
  ],
  'lib/assist': ['lib/db', 'lib/errors', 'lib/family', 'lib/identity', 'lib/staff', 'lib/time', 'lib/services', 'lib/i18n'],
  // What the API sends and accepts (zod schemas shared with the client).
  'lib/contracts': ['lib/identity', 'lib/jingban', 'lib/services', 'lib/time'],
  // Request handling: the pages' server context, then the API's route helpers, which may use it
  // (only lib/api maps errors to HTTP).
  'lib/server': [
    'lib/calendar',
    'lib/contracts',
    'lib/auth',
    'lib/data',
    'lib/db',
    'lib/errors',
    'lib/family',
    'lib/i18n',
    'lib/identity',
    'lib/jingban',
    'lib/runtime',
    'lib/security',
    'lib/services',
    'lib/sms',
    'lib/staff',
    'lib/time',
    'lib/uploads',
    'lib/preferences.ts',
    'lib/preferences-server.ts',
    'lib/voice',
    'lib/assist',
  ],
  'lib/api': [
    'lib/calendar',
    'lib/contracts',
    'lib/server',
    'lib/auth',
    'lib/data',
    'lib/db',
    'lib/errors',
    'lib/family',
    'lib/i18n',
    'lib/identity',
    'lib/jingban',
    'lib/runtime',
    'lib/security',
    'lib/services',
    'lib/sms',
    'lib/staff',
    'lib/time',
    'lib/uploads',
    'lib/preferences.ts',
    'lib/voice',
    'lib/assist',
  ],
  // Demo people and their history, seeded at start-up: may use any domain layer.
  'lib/demo': [
    'lib/calendar',
    'lib/auth',
    'lib/data',
    'lib/db',
    'lib/errors',
    'lib/family',
    'lib/i18n',
    'lib/identity',
    'lib/jingban',
    'lib/runtime',
    'lib/security',
    'lib/server',
    'lib/services',
    'lib/sms',
    'lib/staff',
    'lib/time',
  ],
};

const libLayers = Object.keys(layers);
/** Pages, routes and components reach the database only through lib/: the client handle and row types, never the tables. */
const dbHandles = ['lib/db/client', 'lib/db/types'];
const forUi = [...libLayers.filter((layer) => layer !== 'lib/db'), ...dbHandles];

const type = (path) => path.replace(/[/.]/g, '-');

export const layerElements = [
  { type: 'app', pattern: 'app', partialMatch: false },
  { type: 'components', pattern: 'components', partialMatch: false },
  ...dbHandles.map((handle) => ({ type: type(handle), pattern: `${handle}.ts`, mode: 'full' })),
  ...libLayers.map((layer) =>
    layer.endsWith('.ts') ? { type: type(layer), pattern: layer, mode: 'full' } : { type: type(layer), pattern: layer, partialMatch: false },
  ),
];

const allowed = {
  ...Object.fromEntries(
    Object.entries(layers).map(([layer, deps]) => [
      layer,
      layer === 'lib/db' ? ['lib/db', ...dbHandles] : [layer, ...deps, ...(deps.includes('lib/db') ? dbHandles : [])],
    ]),
  ),
  app: ['app', 'components', ...forUi],
  components: ['components', ...forUi],
};
for (const handle of dbHandles) allowed[handle] = ['lib/db', ...dbHandles];

export const layerPolicies = Object.entries(allowed).map(([from, to]) => ({
  from: { element: { type: type(from) } },
  allow: { to: { element: { types: { anyOf: to.map(type) } } } },
}));
