import { socialCardAccount } from '../../data/social-card-accounts';
import { maskBankAccount, type ReimbursementFacts } from './policy';

/** What the flow needs to know about the person: the bank account of their 社保卡, masked. */
export function reimbursementFacts(personId: string): ReimbursementFacts {
  const account = socialCardAccount(personId);
  return { cardAccount: account ? { bank: account.bank, masked: maskBankAccount(account.number) } : null };
}
