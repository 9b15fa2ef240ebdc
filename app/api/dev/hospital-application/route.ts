import { z } from 'zod';
import { devStart } from '@/lib/api/dev-start';
import { handle } from '@/lib/api/server';
import { startHospitalApplication } from '@/lib/jingban/hospital-initiated';

const input = z
  .object({
    personId: z.string().min(1).max(64),
    diseaseCode: z.string().min(1).max(16),
    hospitalCode: z.string().min(1).max(32),
    dischargeDate: z.string().min(1).max(10),
  })
  .strict();

/** 模拟经办 "医院发起免申即享" (002 第12条): a hospital files for a patient after discharge; the 经办 confirms it later. */
export const POST = handle((req, _ctx, _locale, form) => devStart(req, form, 'hospitalFiled', input, startHospitalApplication));
