import { translatorFor } from '../i18n/translator';
import { SMS_LINK_PATH, smsLinkBase } from './links';
import { SMS_SENDER_IN_PROVINCE, SMS_SENDER_OUT_OF_PROVINCE, type SmsTemplate } from './templates';

/**
 * Our SMS as registered with Tencent Cloud SMS (国内短信 → 正文模板管理): each template's id, its text
 * as submitted (the words of lib/i18n/messages/zh-CN.json with `{1}`, `{2}` … where ours has named
 * arguments), and which of our parameters fills each place, in order. The text is checked against the
 * messages by tests/unit/tencent-sms.test.ts, so the two cannot drift apart.
 *
 * The ids are placeholders until Tencent approves the templates: replace each with the id the console
 * gives it. A message sent with a wrong id comes back FailedOperation.TemplateIncorrectOrUnapproved and
 * is marked failed for good (visible in sms_messages), never retried blindly.
 */
export type TencentTemplate = { id: string; content: string; params: readonly string[] };

/** The sign every message carries (【中国医疗保障】, the CHS mark against fraud; domain.md, notifications). */
export const TENCENT_SIGN_NAME = '中国医疗保障';

/**
 * Shandong sends from 10639239 inside the province and 106575376196 outside. With Tencent the number is
 * bound to the sign and the SmsSdkAppId by the channel contract, not chosen per request; these are the
 * senders this deployment's app may send as (anything else is refused as a final error).
 */
export const TENCENT_SENDERS: Record<string, { signName: string }> = {
  [SMS_SENDER_IN_PROVINCE]: { signName: TENCENT_SIGN_NAME },
  [SMS_SENDER_OUT_OF_PROVINCE]: { signName: TENCENT_SIGN_NAME },
};

export const TENCENT_TEMPLATES: Partial<Record<SmsTemplate, TencentTemplate>> = {
  signInCode: { id: '2600101', content: '您的登录验证码是 {1}，{2} 分钟内有效。请勿告诉他人，工作人员不会向您索要验证码。', params: ['code', 'minutes'] },
  accepted: {
    id: '2600102',
    content: '您的{1}申请已受理，办件编号 {2}，预计 {3} 前办结。办理进度可在“医保长辈版”我的办件中查看。',
    params: ['service', 'number', 'date'],
  },
  acceptedUndated: {
    id: '2600103',
    content: '您的{1}申请已受理，办件编号 {2}。办理进度可在“医保长辈版”我的办件中查看，办好后会短信告诉您。',
    params: ['service', 'number'],
  },
  reviewing: { id: '2600104', content: '您的{1}申请（办件编号 {2}）已开始审核，预计 {3} 前办结。', params: ['service', 'number', 'date'] },
  reviewingUndated: { id: '2600105', content: '您的{1}申请（办件编号 {2}）已开始审核，办好后会短信告诉您。', params: ['service', 'number'] },
  stage: { id: '2600106', content: '您的{1}申请（办件编号 {2}）：{3}。', params: ['service', 'number', 'stage'] },
  completed: { id: '2600107', content: '您的{1}申请（办件编号 {2}）已办结。{3}', params: ['service', 'number', 'result'] },
  rejected: { id: '2600108', content: '您的{1}申请（办件编号 {2}）审核未通过，原因：{3}。如有疑问请拨打 12393。', params: ['service', 'number', 'reason'] },
  cancelled: { id: '2600109', content: '您的{1}申请（办件编号 {2}）已撤销。', params: ['service', 'number'] },
  hospitalApplied: {
    id: '2600110',
    content: '{1}在您出院后，已为您申请{2}（{3}），办件编号 {4}。您不用做什么，医保经办机构确认后会再发短信告诉您。如有不对，请拨打 12393。',
    params: ['hospital', 'service', 'disease', 'number'],
  },
  jingbanConfirmed: { id: '2600111', content: '医保经办机构已确认医院为您提出的{1}申请（办件编号 {2}），马上为您认定。', params: ['service', 'number'] },
  transferAutoStarted: {
    id: '2600112',
    content: '您已在{1}参加职工医保，您的医保关系转移接续已自动开始办理，不用申请。办件编号 {2}，预计 {3} 前办结。',
    params: ['city', 'number', 'date'],
  },
  filingCancelled: { id: '2600113', content: '您的{1}已取消。如需再去外地看病，请重新备案。', params: ['service'] },
  proxyByRelative: {
    id: '2600114',
    content: '您的家属“{1}”（{2}）{3}。如果不是您同意的，请在“医保长辈版”亲情账户里取消授权，或拨打 12393。',
    params: ['relative', 'relation', 'act'],
  },
  proxyByStaff: { id: '2600115', content: '医保工作人员（工号 {1}）{2}。如果不是您的意思，请拨打 12393。', params: ['staffNo', 'act'] },
  familyInvite: {
    id: '2600116',
    content: '{1}请您在“医保长辈版”亲情账户里帮忙办医保业务。请用本手机号登录，在“亲情账户”里点“接受”，{2} 天内有效。',
    params: ['elder', 'days'],
  },
  familyRequest: {
    id: '2600117',
    content:
      '{1}“{2}”（手机 {3}）申请在“医保长辈版”帮您办医保业务。同意的话，请在“亲情账户”里点“同意”，或把验证码 {4} 告诉对方（{5} 分钟内有效）。不认识此人请不要告诉任何人，并拨打 12393。',
    params: ['relation', 'relative', 'phone', 'code', 'minutes'],
  },
  familyLinked: {
    id: '2600118',
    content: '您已同意{1}“{2}”帮您办医保业务，到 {3} 为止。每次代办都会短信告诉您，随时可以在“医保长辈版”亲情账户里取消。',
    params: ['relation', 'relative', 'until'],
  },
  familyLinkedRelative: {
    id: '2600119',
    content: '{1}已同意您帮忙办医保业务，到 {2} 为止。请登录“医保长辈版”，在亲情账户里点“为{3}办理”。',
    params: ['elder', 'until', 'elder'],
  },
  familyRevoked: { id: '2600120', content: '{1}已取消亲情账户授权，您不能再为{2}办理医保业务。', params: ['elder', 'elder'] },
  familyWithdrawn: { id: '2600121', content: '“{1}”已不再帮您办医保业务，亲情账户授权已解除。', params: ['relative'] },
  familyPairLocked: {
    id: '2600122',
    content: '有人用手机 {1} 多次输错您的亲情账户验证码，已暂停 {2} 小时。如果不是您的家属在操作，请拨打 12393。',
    params: ['phone', 'hours'],
  },
  staffConsent: {
    id: '2600123',
    content:
      '医保工作人员（工号 {1}）正在为您办理医保业务，同意的话请把验证码 {2} 告诉对方，{3} 分钟内有效。如果您没有在和工作人员通话或面谈，请不要告诉任何人，并拨打 12393。',
    params: ['staffNo', 'code', 'minutes'],
  },
  familyLinkedByStaff: {
    id: '2600124',
    content:
      '医保工作人员（工号 {1}）按您的意思为您开通了亲情账户：{2}“{3}”可以帮您办医保业务，到 {4} 为止。如果不是您的意思，请拨打 12393，或登录“医保长辈版”在“亲情账户”里取消授权。',
    params: ['staffNo', 'relation', 'relative', 'until'],
  },
  staffInPersonCheck: {
    id: '2600125',
    content:
      '{1}的工作人员（工号 {2}）{3} 核对了您的身份证，{4} 分钟内可以为您办理医保业务。如果不是您本人在场，请拨打 12393，或登录“医保长辈版”在“亲情账户”里取消授权。',
    params: ['station', 'staffNo', 'time', 'minutes'],
  },
  filingCancelledByRelative: {
    id: '2600126',
    content: '您的家属“{1}”（{2}）为您取消了{3}。如果不是您同意的，请拨打 12393。如需再去外地看病，请重新备案。',
    params: ['relative', 'relation', 'service'],
  },
  filingCancelledByStaff: {
    id: '2600127',
    content: '医保工作人员（工号 {1}）为您取消了{2}。如果不是您的意思，请拨打 12393。如需再去外地看病，请重新备案。',
    params: ['staffNo', 'service'],
  },
  filingProofAdded: { id: '2600128', content: '您去{1}的长期居住备案已补交证明材料。从 {2} 起，回参保地看病按参保地待遇报销。', params: ['place', 'date'] },
  filingExpiring: {
    id: '2600129',
    content: '您去{1}的临时外出就医备案 {2} 到期。过了这天在那里看病不能直接结算；还要去看病，请到期后重新备案。',
    params: ['place', 'date'],
  },
  homeCareTemporaryRates: {
    id: '2600130',
    content:
      '您 {1} 回参保地看病，{2} 元已按“临时外出就医”的待遇结算，没有按参保地待遇。原因：您的长期居住备案是个人承诺办的，{3} 前回参保地看病都这样。补交居住证、户籍证明或单位工作证明后，就按参保地待遇。',
    params: ['date', 'amount', 'until'],
  },
  homeCareLocalRates: { id: '2600131', content: '您 {1} 回参保地看病，{2} 元已按参保地待遇结算。', params: ['date', 'amount'] },
  'flows.reimbursement.sms.approved': {
    id: '2600132',
    content: '您的{1}申请（办件编号 {2}）已办结：核准报销 {3} 元（{4}），钱会转到您社保卡绑定的{5}账户 {6}。如有疑问请拨打 12393。',
    params: ['service', 'number', 'amount', 'reason', 'bank', 'account'],
  },
};

/**
 * The templates about a 办件 once more, with the link that opens it at the end (lib/sms/links.ts): a
 * second registration each, because a Tencent template has a fixed number of parameters. Only the
 * token is a parameter; the address before it is written into the registered text, so register them
 * with this deployment's PUBLIC_ORIGIN (what `linkedTencentTemplate` shows). Placeholder ids, like the
 * ones above. A message with a link whose template has no linked id here goes out without the link.
 */
export const TENCENT_LINKED_IDS: Partial<Record<SmsTemplate, string>> = {
  accepted: '2600201',
  acceptedUndated: '2600202',
  reviewing: '2600203',
  reviewingUndated: '2600204',
  stage: '2600205',
  completed: '2600206',
  rejected: '2600207',
  cancelled: '2600208',
  hospitalApplied: '2600209',
  jingbanConfirmed: '2600210',
  transferAutoStarted: '2600211',
  filingCancelled: '2600212',
  proxyByRelative: '2600213',
  proxyByStaff: '2600214',
  filingCancelledByRelative: '2600215',
  filingCancelledByStaff: '2600216',
  filingProofAdded: '2600217',
  filingExpiring: '2600218',
  homeCareTemporaryRates: '2600219',
  homeCareLocalRates: '2600220',
  'flows.reimbursement.sms.approved': '2600221',
};

/** The linked variant of a template, as registered: its text plus 点开查看办件：<host>/m/{n}. */
export function linkedTencentTemplate(template: TencentTemplate, linkedId: string): TencentTemplate {
  const place = `{${template.params.length + 1}}`;
  const suffix = translatorFor('zh-CN')('sms.link', { link: `${smsLinkBase()}${SMS_LINK_PATH}${place}` });
  return { id: linkedId, content: `${template.content}${suffix}`, params: [...template.params, 'linkToken'] };
}
