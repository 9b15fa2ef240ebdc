/**
 * Demo-only staff accounts (invented people, published passwords): never use outside a demo.
 * README lists them. Passwords are hashed with scrypt when seeded.
 */
import { stationByCode } from './stations';

/** 赵强 and 钱芳's station, from the same list the 附近的医保服务站 page shows. */
const DIANLIUZHUANG = stationByCode('S370102004')!.name;

export const demoStaff = [
  { id: 'demo-staff-agent', staffNo: 'KF1001', name: '孙丽', role: 'agent', station: null, password: 'demo-kefu-1001' },
  { id: 'demo-staff-station', staffNo: 'ZD2001', name: '赵强', role: 'station', station: DIANLIUZHUANG, password: 'demo-zhandian-2001' },
  { id: 'demo-staff-caseworker', staffNo: 'JB3001', name: '周敏', role: 'caseworker', station: null, password: 'demo-jingban-3001' },
  // A second member of 赵强's station: confirms the 亲情账户 links longer than 3 months made on an in-person check.
  { id: 'demo-staff-station-2', staffNo: 'ZD2002', name: '钱芳', role: 'station', station: DIANLIUZHUANG, password: 'demo-zhandian-2002' },
] as const;
