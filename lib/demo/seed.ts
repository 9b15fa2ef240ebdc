import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { demoPersons, DEMO_IDS } from '../data/demo-people';
import { advanceApplication, applicantFacts, decisionEvent, filingEvents, nextApplicationNumber } from '../jingban/applications';
import { fileForPatient } from '../jingban/hospital-initiated';
import { systemActor } from '../jingban/status';
import { createWorkingCalendar } from '../calendar/working-days';
import { planChronicReview, planHospitalConfirmation } from '../services/chronic/review-plan';
import { addDays, addMonths, atShanghaiTime, shanghaiDate } from '../time/dates';
import { diseaseCatalogue } from '../data/diseases';
import { facilities, facilityByCode } from '../data/facilities';
import { demoClockStart, now, pinClock } from '../jingban/clock';
import { demoStaff } from '../data/demo-staff';
import { hashPassword } from '../staff/password';
import type { Db } from '../db/client';
import { appSettings, applicationEvents, applications, designations, persons, remoteFilings, staff } from '../db/schema';
import type { Tx } from '../db/types';

const residentActor = (id: string) => ({ kind: 'resident' as const, id, channel: 'online' as const });

type SeedStep = { name: string; run: (tx: Tx, now: Date) => Promise<void> };

/**
 * Demo data, seeded once per database. Each step records itself in app_settings inside its own
 * transaction, so concurrent starts and restarts never seed twice, and later steps can be added.
 */
const steps: SeedStep[] = [
  { name: 'persons-v1', run: seedPersons },
  { name: 'wang-remote-filing-v1', run: seedWangFiling },
  { name: 'li-chronic-hypertension-v1', run: seedLiChronic },
  { name: 'li-chronic-cancer-hospital-v2', run: seedLiHospitalCancer },
  { name: 'designations-v1', run: seedDesignations },
  { name: 'staff-v1', run: seedStaff },
  // 钱芳 (ZD2002), the station's second member, for databases seeded before she was added.
  { name: 'staff-v2', run: seedStaff },
];

export async function seedDemoData(db: Db): Promise<void> {
  const pinAt = demoClockStart();
  if (pinAt) await pinClock(db, pinAt);
  for (const step of steps) {
    const at = await now(db);
    await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(appSettings)
        .values({ key: `seed:${step.name}`, value: new Date().toISOString() })
        .onConflictDoNothing()
        .returning();
      if (claimed.length === 0) return;
      await step.run(tx, at);
    });
  }
}

async function seedPersons(tx: Tx): Promise<void> {
  await tx.insert(persons).values(demoPersons).onConflictDoNothing();
}

async function personById(tx: Tx, id: string) {
  const [person] = await tx.select().from(persons).where(eq(persons.id, id));
  if (!person) throw new Error(`demo person ${id} missing`);
  return person;
}

/** 王建国: 跨省 long-term filing to 三亚, started 3 months ago, costs incurred there 2 months ago. */
async function seedWangFiling(tx: Tx, now: Date): Promise<void> {
  const person = await personById(tx, DEMO_IDS.wangJianguo);
  const today = shanghaiDate(now);
  const startDate = addMonths(today, -3);
  const filedAt = new Date(`${startDate}T02:00:00Z`);
  const id = randomUUID();
  const answers = {
    category: 'long-term',
    reason: 'retired-relocation',
    destProvinceCode: '460000',
    destCityCode: '460200',
    startDate,
    commitment: 'promise',
    contactPhone: person.phone,
  };
  const result = { outcome: 'approved', validFrom: startDate, validUntil: null };
  await tx.insert(applications).values({
    id,
    number: await nextApplicationNumber(tx, 'remote-care', filedAt),
    service: 'remote-care',
    personId: person.id,
    status: 'completed',
    answers,
    reviewMode: 'immediate',
    expectedBy: startDate,
    outcome: result,
    channel: 'online',
    actorKind: 'resident',
    actorId: person.id,
    idempotencyKey: `seed-${id}`,
    submittedAt: filedAt,
    decidedAt: filedAt,
    createdAt: filedAt,
    updatedAt: filedAt,
  });
  const base = { applicationId: id, at: filedAt, onBehalfOf: person.id };
  await tx
    .insert(applicationEvents)
    .values([
      ...filingEvents(base, residentActor(person.id)),
      decisionEvent(base, { outcome: 'approved', result: { validFrom: startDate, validUntil: null } }),
    ]);
  const costDate = addMonths(today, -2);
  await tx.insert(remoteFilings).values({
    id: randomUUID(),
    personId: person.id,
    applicationId: id,
    category: 'long-term',
    reason: 'retired-relocation',
    scope: 'inter-province',
    destProvinceCode: '460000',
    destCityCode: '460200',
    startDate,
    endDate: null,
    status: 'active',
    firstCostDate: costDate,
    lastCostDate: costDate,
    basis: 'promise',
    createdAt: filedAt,
  });
}

/** 李秀英: 高血压 (居民, reviewed monthly), submitted last week, waiting for the month's review. */
async function seedLiChronic(tx: Tx, now: Date): Promise<void> {
  const person = await personById(tx, DEMO_IDS.liXiuying);
  const submittedAt = new Date(now.getTime() - 7 * 86_400_000);
  const disease = diseaseCatalogue('resident').find((d) => d.name === '高血压');
  const hospital = facilities.find((f) => f.regionCode === person.regionCode && f.chronicCare);
  if (!disease || !hospital) throw new Error('demo catalogue lacks 高血压 or a 滨州 chronic-care hospital');
  const answers = { diseaseCode: disease.code, hospitalCode: hospital.code, evidence: [], contactPhone: person.phone };
  // Planned from today so the demo always waits for a review that is still to come.
  const plan = planChronicReview({ answers, applicant: applicantFacts(person), submittedAt: now, calendar: createWorkingCalendar() });
  const id = randomUUID();
  await tx.insert(applications).values({
    id,
    number: await nextApplicationNumber(tx, 'chronic', submittedAt),
    service: 'chronic',
    personId: person.id,
    status: 'accepted',
    answers,
    reviewMode: plan.mode,
    plan: plan.steps.map((s) => ({ at: s.at.toISOString(), action: s.action })),
    nextActionAt: plan.steps[0]?.at ?? null,
    expectedBy: plan.expectedBy,
    expectedEstimated: plan.estimated,
    channel: 'online',
    actorKind: 'resident',
    actorId: person.id,
    idempotencyKey: `seed-${id}`,
    submittedAt,
    createdAt: submittedAt,
    updatedAt: submittedAt,
  });
  const base = { applicationId: id, at: submittedAt, onBehalfOf: person.id };
  await tx.insert(applicationEvents).values(filingEvents(base, residentActor(person.id)));
}

/**
 * 李秀英: 免申即享 (002 第12条). Two days ago she was discharged after chemotherapy and the hospital filed a
 * 恶性肿瘤 application for her; the 医保经办机构 confirmed it online yesterday and it was recognised at
 * once. She did nothing: 我的办件 shows 医院已帮您申请 → 医保经办机构确认 → 已认定, and she had an SMS at each.
 * A database seeded before this (v1) holds the old 待您确认 row without a plan: it is given its
 * confirmation step, due now, so the 经办 confirms it without her.
 */
async function seedLiHospitalCancer(tx: Tx, now: Date): Promise<void> {
  const person = await personById(tx, DEMO_IDS.liXiuying);
  const disease = diseaseCatalogue('resident').find((d) => d.name === '恶性肿瘤');
  const hospital = facilities.find((f) => f.regionCode === person.regionCode && f.chronicCare && f.level === 'level3');
  if (!disease || !hospital) throw new Error('demo catalogue lacks 恶性肿瘤 or a 滨州 level-3 chronic-care hospital');
  const calendar = createWorkingCalendar();
  const hers = await tx.select().from(applications).where(eq(applications.personId, person.id));
  const earlier = hers.find((a) => a.service === 'chronic' && a.answers.diseaseCode === disease.code);
  if (earlier) {
    if (earlier.status === 'pending-confirmation' && earlier.plan.length === 0) {
      const plan = planHospitalConfirmation({ submittedAt: now, calendar });
      await tx
        .update(applications)
        .set({
          reviewMode: plan.mode,
          plan: [
            { at: now.toISOString(), action: 'confirm' },
            { at: now.toISOString(), action: 'decide' },
          ],
          planIndex: 0,
          nextActionAt: now,
          expectedBy: shanghaiDate(now),
          submittedAt: earlier.createdAt,
          updatedAt: now,
          version: earlier.version + 1,
        })
        .where(eq(applications.id, earlier.id));
    }
    return;
  }
  // Filed in the morning of the last working day before today, after a discharge the day before.
  let filedDay = addDays(shanghaiDate(now), -1);
  while (!calendar.isWorkingDay(filedDay)) filedDay = addDays(filedDay, -1);
  const filedAt = atShanghaiTime(filedDay, 10, 0);
  const { application } = await fileForPatient(
    tx,
    { personId: person.id, diseaseCode: disease.code, hospitalCode: hospital.code, dischargeDate: addDays(filedDay, -1) },
    filedAt,
    calendar,
  );
  // The 经办 confirms it that afternoon, as planned, and the benefit is recognised in the same moment.
  let row = application;
  while (row.nextActionAt) row = await advanceApplication(tx, row, row.nextActionAt, calendar, person, { actor: systemActor });
}

/** Everyone's 定点医疗机构, held for two years: 张桂兰 and 王建国 two each, 李秀英 and 张伟 one. */
async function seedDesignations(tx: Tx, now: Date): Promise<void> {
  const validFrom = addMonths(shanghaiDate(now), -24);
  const held: [personId: string, facilityCodes: string[]][] = [
    // 历下区姚家街道社区卫生服务中心 (level1, 历下区) and 山东大学齐鲁医院 (level3)
    [DEMO_IDS.zhangGuilan, ['H37010200004', 'H37010200001']],
    // 潍坊市人民医院 (level3) and 奎文区东关街道社区卫生服务中心 (level1)
    [DEMO_IDS.wangJianguo, ['H37070500001', 'H37070500004']],
    // 滨城区市中街道社区卫生服务中心 (level1)
    [DEMO_IDS.liXiuying, ['H37160200003']],
    // 济南市中心医院 (level3)
    [DEMO_IDS.zhangWei, ['H37010200003']],
  ];
  for (const [personId, codes] of held) {
    const person = await personById(tx, personId);
    for (const code of codes) {
      if (facilityByCode(code)?.regionCode !== person.regionCode) throw new Error(`demo facility ${code} is not in ${person.regionCode}`);
    }
    await tx.insert(designations).values(codes.map((facilityCode) => ({ personId, facilityCode, validFrom, validUntil: null, createdAt: now })));
  }
}

async function seedStaff(tx: Tx): Promise<void> {
  for (const { password, ...member } of demoStaff) {
    await tx
      .insert(staff)
      .values({ ...member, passwordHash: await hashPassword(password) })
      .onConflictDoNothing();
  }
}
