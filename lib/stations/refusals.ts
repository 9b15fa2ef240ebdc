/**
 * The refusals whose words send the person to a 医保服务站 (errors.* in the messages): where one is shown,
 * a link to 附近的医保服务站 follows it. tests/unit/stations-refusals.test.ts keeps this list and the words in step.
 */
export const REFUSALS_SENDING_TO_STATION: readonly string[] = ['not-insured', 'reimbursement-no-account'];

export function sendsToStation(code: string | null | undefined): boolean {
  return code ? REFUSALS_SENDING_TO_STATION.includes(code) : false;
}

/** Services whose 办结/已提交 page offers the station list: ones that may still need a visit (paper bills, a 鉴定). */
export const SERVICES_THAT_MAY_NEED_A_VISIT: readonly string[] = ['chronic', 'reimbursement'];
