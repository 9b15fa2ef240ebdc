import type { Db } from './client';
import type { applicationEvents, applications, auditEvents, familyUsers, persons, proxyLinks, smsMessages } from './schema';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type PersonRow = typeof persons.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type SmsMessageRow = typeof smsMessages.$inferSelect;
export type FamilyUserRow = typeof familyUsers.$inferSelect;
export type ProxyLinkRow = typeof proxyLinks.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type { AssistPage } from './schema';
