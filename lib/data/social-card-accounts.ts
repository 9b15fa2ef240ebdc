// Demo data: the bank account bound to each demo person's 社保卡 (社会保障卡金融账户). Every number is invented.
import { DEMO_IDS } from './demo-people';

export type SocialCardAccount = { readonly bank: string; readonly number: string };

const accounts: Record<string, SocialCardAccount> = {
  [DEMO_IDS.zhangGuilan]: { bank: '中国工商银行', number: '6217231602001234' },
  [DEMO_IDS.wangJianguo]: { bank: '中国农业银行', number: '6228480402564890017' },
  [DEMO_IDS.liXiuying]: { bank: '中国建设银行', number: '6217000160004321' },
  [DEMO_IDS.zhangWei]: { bank: '中国银行', number: '6216610200016789' },
};

/** The account money paid to this person goes to; undefined when their 社保卡 has none bound. */
export function socialCardAccount(personId: string): SocialCardAccount | undefined {
  return accounts[personId];
}
