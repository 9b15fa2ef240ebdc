/**
 * The short names people call the facilities of lib/data/facilities.ts by (what they say at the
 * counter and to a taxi driver), for 语音版. The full name always works too; a name that
 * fits two facilities of one 统筹区 is left out. Source: the hospitals' own short names on their
 * public sites and signs (齐鲁医院, 省立医院, 千佛山医院, 青医附院, 海慈, 潍医附院, 滨医附院 …),
 * and the full name without its city or 区/县 (章丘人民医院).
 */
const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  H37010200001: ['齐鲁医院', '齐鲁', '山大齐鲁医院'],
  H37010400001: ['省立医院', '省立'],
  H37010200002: ['千佛山医院', '千佛山', '千医', '省千佛山医院'],
  H37010200003: ['市中心医院', '济南中心医院'],
  H37010500001: ['四院', '济南四院', '第四人民医院', '市四院'],
  H37011400001: ['章丘人民医院', '章丘医院'],
  H37011300001: ['长清人民医院', '长清医院'],
  H37020200001: ['青医附院', '青大附院'],
  H37020200002: ['市立医院', '青岛市立医院'],
  H37020300001: ['青岛中心医院'],
  H37020300002: ['海慈', '海慈医院'],
  H37021100001: ['黄岛中心医院', '黄岛区医院'],
  H37021500001: ['即墨人民医院', '即墨医院'],
  H37028100001: ['胶州医院'],
  H37070500001: ['潍坊人民医院'],
  H37070500002: ['潍医附院'],
  H37070500003: ['潍坊中医院'],
  H37070200001: ['潍城人民医院', '潍城区医院'],
  H37078300001: ['寿光人民医院', '寿光医院'],
  H37078100001: ['青州人民医院', '青州医院'],
  H37072500001: ['昌乐人民医院', '昌乐医院'],
  H37160200001: ['滨医附院', '滨医'],
  H37160200002: ['滨州人民医院'],
  H37162100001: ['滨州中心医院'],
  H37160300001: ['沾化人民医院', '沾化医院'],
  H37168100001: ['邹平人民医院', '邹平医院'],
  H37162500001: ['博兴人民医院', '博兴医院'],
  H37162300001: ['无棣人民医院', '无棣医院'],
};

export function facilityNicknames(code: string): readonly string[] {
  return NICKNAMES[code] ?? [];
}
