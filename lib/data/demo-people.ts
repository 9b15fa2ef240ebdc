// Demo data: invented people. Tests and demos rely on these exact values.
import type { persons } from '../db/schema';

export const DEMO_IDS = {
  zhangGuilan: 'demo-zhang-guilan',
  wangJianguo: 'demo-wang-jianguo',
  liXiuying: 'demo-li-xiuying',
  zhangWei: 'demo-zhang-wei',
} as const;

export const demoPersons: (typeof persons.$inferInsert)[] = [
  {
    id: DEMO_IDS.zhangGuilan,
    name: '张桂兰',
    gender: 'female',
    birthDate: '1948-03-15',
    idNumber: '37010219480315002X',
    phone: '13800000001',
    insuranceType: 'resident',
    employmentStatus: null,
    regionCode: '370100',
    districtCode: '370102',
  },
  {
    id: DEMO_IDS.wangJianguo,
    name: '王建国',
    gender: 'male',
    birthDate: '1952-07-08',
    idNumber: '370702195207080018',
    phone: '13800000002',
    insuranceType: 'employee',
    employmentStatus: 'retired',
    regionCode: '370700',
    districtCode: '370702',
  },
  {
    id: DEMO_IDS.liXiuying,
    name: '李秀英',
    gender: 'female',
    birthDate: '1958-09-12',
    idNumber: '371602195809120043',
    phone: '13800000003',
    insuranceType: 'resident',
    employmentStatus: null,
    regionCode: '371600',
    districtCode: '371602',
  },
  {
    id: DEMO_IDS.zhangWei,
    name: '张伟',
    gender: 'male',
    birthDate: '1975-06-01',
    idNumber: '370102197506010016',
    phone: '13900000001',
    insuranceType: 'employee',
    employmentStatus: 'active',
    regionCode: '370100',
    districtCode: '370102',
  },
];
