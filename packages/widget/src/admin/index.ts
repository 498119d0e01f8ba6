export { GenbridgeAdmin } from './genbridge-admin.js';
export { AdminController, type AdminView, type Pending } from './admin-controller.js';
export { AdminApi, ApiError, type SessionInfo, type Role as AdminRole } from './api.js';
export { adminStrings, adminLocale, type AdminStrings } from './i18n.js';
export { invitationsCsv } from './invitations-csv.js';
export { readInstrument } from './instrument-file.js';
