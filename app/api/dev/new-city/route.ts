import { z } from 'zod';
import { devStart } from '@/lib/api/dev-start';
import { handle } from '@/lib/api/server';
import { registerInNewCity } from '@/lib/jingban/new-city';

const input = z.object({ personId: z.string().min(1).max(64), regionCode: z.string().min(1).max(6) }).strict();

/** 模拟经办 "在新城市参保" (002 第9条): a 职工 is insured in another Shandong city; the transfer starts by itself. */
export const POST = handle((req, _ctx, _locale, form) => devStart(req, form, 'newCity', input, registerInNewCity));
