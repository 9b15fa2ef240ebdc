/**
 * What people say for each 异地就医备案 answer besides the words on screen: the official terms
 * (on the national platform's 备案 page and at the counter, 002 第4–8条) and the way people
 * describe their situation. `say` picks; `weak` only ever asks back (lib/services/flow.ts).
 * A description of living away (跟儿子住在北京) may suggest 长期, never 临时.
 */
type Words = { say: string[]; weak?: string[] };

export const CATEGORY_WORDS: Readonly<Record<'long-term' | 'temporary', Words>> = {
  'long-term': {
    say: [
      '异地长期居住',
      '长期居住',
      '异地长期居住人员',
      '长期住',
      '长住',
      '常住',
      '定居',
      '异地安置',
      '退休安置',
      '安置',
      '常驻异地工作',
      '常驻外地',
      '长期在外地',
      '长期',
    ],
    weak: [
      '跟儿子住',
      '跟女儿住',
      '跟闺女住',
      '跟孩子住',
      '跟孩子们住',
      '投奔',
      '住在外地',
      '在外地住',
      '去外地住',
      '外地生活',
      '养老',
      '退休',
      '外地上班',
      '外地工作',
      '带孩子',
      '看孩子',
      '带孙子',
      '打工',
      '过冬',
      '住下',
      '搬到',
      '搬过去',
      '有房子',
      '好些年',
      '好几年',
      '那边住',
    ],
  },
  temporary: {
    say: ['临时外出就医', '临时外出就医人员', '临时外出', '临时就医', '临时', '异地转诊', '转诊', '去外地看病', '到外地看病', '外地看病', '临时看病'],
    weak: [
      '看病',
      '看个病',
      '看完就回来',
      '急诊',
      '住院',
      '医院让我转',
      '让我转过去',
      '让我转到',
      '大夫让我转',
      '医生让我转',
      '转院',
      '去看病',
      '检查',
      '手术',
      '看专家',
    ],
  },
};

export const REASON_WORDS: Readonly<Record<string, Words>> = {
  'retired-relocation': {
    say: ['异地安置', '退休安置', '安置', '异地安置退休', '退休后去外地', '退休以后去外地', '退休了去外地'],
    weak: ['退休', '养老', '退休了'],
  },
  'long-term-residence': {
    say: ['异地长期居住', '长期居住', '长住', '常住', '定居', '一直住'],
    weak: [
      '跟儿子住',
      '跟女儿住',
      '跟闺女住',
      '跟孩子住',
      '跟孩子们住',
      '投奔',
      '住在外地',
      '在外地住',
      '去外地住',
      '外地生活',
      '照顾孙子',
      '看孩子',
      '带孙子',
      '没退休',
      '那边住',
    ],
  },
  'work-elsewhere': {
    say: ['常驻异地工作', '常驻外地工作', '常驻外地', '外地工作', '在外地工作', '在外地上班', '外地上班', '异地工作'],
    weak: ['上班', '工作', '打工', '单位派'],
  },
  referral: {
    say: ['异地转诊', '转诊', '医院转诊', '转院', '医院让我转', '让我转过去', '转过去', '开了转诊单'],
    weak: [
      '大夫让我去',
      '医生让我去',
      '医院让我去',
      '大夫让我转',
      '医生让我转',
      '大夫说',
      '医生说',
      '医生介绍',
      '大夫介绍',
      '介绍我去',
      '给转',
      '给我转',
      '看不了',
    ],
  },
  'other-temporary': {
    say: ['其他临时外出就医', '其他临时', '其他', '别的情况', '其他情况', '自己去看病', '自己去的'],
    weak: ['急诊', '出门', '探亲', '旅游', '走亲戚', '看病', '自己去', '自己想去', '看专家', '没开单子', '没给开', '没有转诊单'],
  },
};

export const COMMITMENT_WORDS: Readonly<Record<'promise' | 'proof', Words>> = {
  promise: {
    say: ['个人承诺', '承诺', '承诺书', '电子承诺书', '签承诺书', '承诺制', '不用交材料', '不交材料', '不用材料', '不用交证明', '没有材料', '没有证明'],
    weak: ['签个字', '签字', '不用交的', '省事', '简单', '麻烦', '不会弄', '不会拍'],
  },
  proof: {
    say: ['证明材料', '上传证明材料', '上传材料', '交材料', '上传证明', '居住证', '户籍证明', '转诊单', '有证明', '有材料', '交证明'],
    // 002 第8条: only proof keeps 回参保地报销 unrestricted, so "the one that does not hold up 报销" is this one.
    weak: ['拍照', '照片', '上传', '传照片', '拍照上传', '户口本', '能拍', '不耽误报销', '回来报销'],
  },
};
