/**
 * Every rate budget in one place (issue 14). No policy source gives these numbers: they are product
 * choices, sized so that an older person (or the relative helping them) never meets them on a bad
 * day, while a script is stopped within minutes. Each limit counts in real time (not the demo clock),
 * in the database, so it holds across server instances and restarts.
 */
export type Budget = {
  /** What is counted, for the key and the README. */
  readonly per: 'phone' | 'client' | 'account' | 'elder' | 'pair' | 'person';
  readonly points: number;
  readonly windowSeconds: number;
  /**
   * Once spent, refuse for this long from the try that overspent (each further spend starts it
   * again). Without it the refusal lasts what is left of the window, however often one tries.
   */
  readonly blockSeconds?: number;
};

const HOUR = 3600;
const DAY = 24 * HOUR;

export const BUDGETS = {
  /**
   * SMS a person or a stranger can make us send to ONE phone, across every feature together
   * (sign-in codes, 亲情账户 invitations, requests, their codes and notices, staff consent codes).
   * A real sign-in with two resends and a family binding use about 6 in an hour.
   */
  smsToPhoneHourly: { per: 'phone', points: 10, windowSeconds: HOUR },
  smsToPhoneDaily: { per: 'phone', points: 20, windowSeconds: DAY },
  /**
   * Sign-in codes to one phone asked for from a device its owner signed in on before (a cookie set by a
   * right code). Strangers cannot spend it, so a flooded phone's owner can still sign in there: the
   * most one phone can receive in an hour is this plus smsToPhoneHourly.
   */
  smsToOwnDevice: { per: 'phone', points: 5, windowSeconds: HOUR },
  /** Sign-in codes asked for from one client address (a family's shared Wi-Fi: a few people, a few resends). */
  codeRequestsPerClient: { per: 'client', points: 20, windowSeconds: HOUR },
  /** 亲情账户 requests and invitations one account may start in a day (a relative helps a few elders). */
  familyRequestsPerAccount: { per: 'account', points: 10, windowSeconds: DAY },
  /** Requests naming one elder in a day, whoever sends them: guessing an elder's 身份证号 needs many. */
  familyRequestsPerElder: { per: 'elder', points: 5, windowSeconds: DAY },
  /**
   * Wrong codes for one elder–relative pair, counted across re-requests (a withdrawn and repeated
   * request no longer starts the count again). Spent: the pair is locked for a day and the elder told.
   */
  familyCodeFailuresPerPair: { per: 'pair', points: 10, windowSeconds: DAY, blockSeconds: DAY },
  /**
   * Wrong staff passwords for one 工号 from one client address: a typo-prone morning never meets it;
   * a stranger locks only their own address out, never the staff member (issue 14.5).
   */
  staffFailuresPerClient: { per: 'pair', points: 5, windowSeconds: 15 * 60 },
  /**
   * Wrong passwords for one 工号 from everywhere together: only a spread-out attack reaches it. It locks
   * the 工号 for a day and ends its sessions; unknown 工号 count the same, so the answers tell nothing.
   */
  staffFailuresPerNo: { per: 'account', points: 50, windowSeconds: DAY },
  /**
   * Wrong 身份证号 typed at a station's in-person check, for one staff member and one resident: a worn
   * card may be misread once or twice; five wrong for one person means the card is not in front of
   * them. A guesser who knows the person's county and birth date still has hundreds of numbers to
   * try, so the pair is then locked for a day, not minutes (issue 14.7).
   */
  inPersonIdFailuresPerPair: { per: 'pair', points: 5, windowSeconds: DAY, blockSeconds: DAY },
  /**
   * Wrong 身份证号 from one staff member across all residents in a day: a busy desk mistypes a few;
   * an account trying numbers for many elders is stopped after twenty.
   */
  inPersonIdFailuresPerStaff: { per: 'account', points: 20, windowSeconds: DAY },
  /** 请客服帮我 codes asked for from one client address. */
  assistCodesPerClient: { per: 'client', points: 20, windowSeconds: HOUR },
  /**
   * Photos sent for one person (their own uploads and a relative's for them together) in one Beijing
   * calendar day, counted when the photo reaches the decoder, whether it is kept, refused or later
   * deleted: an upload → delete loop spends it as fast as uploads alone. A busy day is one 慢特病
   * application and one 补交证明 (9 photos each at most) with a retake for every other photo: about 27.
   * It caps the decoding work (every photo is decoded and re-encoded) and the database's growth at
   * 40 photos of at most about 3 MB (usually under 1 MB) per person a day.
   */
  photoUploadsPerPerson: { per: 'person', points: 40, windowSeconds: DAY },
} as const satisfies Record<string, Budget>;

export type BudgetName = keyof typeof BUDGETS;
