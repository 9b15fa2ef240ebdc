import type { Db } from './client';
import type { applicationEvents, applications, persons, smsMessages } from './schema';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export type PersonRow = typeof persons.$inferSelect;
export type ApplicationRow = typeof applications.$inferSelect;
export type ApplicationEventRow = typeof applicationEvents.$inferSelect;
export type SmsMessageRow = typeof smsMessages.$inferSelect;
