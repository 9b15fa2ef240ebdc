/** What people call a province besides its name and short name (divisions.ts): 内蒙 for 内蒙古. */
const PROVINCE_NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  '150000': ['内蒙'],
};

export function provinceNicknames(code: string): readonly string[] {
  return PROVINCE_NICKNAMES[code] ?? [];
}
