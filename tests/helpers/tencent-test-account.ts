/**
 * The local Tencent SMS fake's account (tests/helpers/tencent-sms-fake.ts): published test values,
 * no real credential. In a module of its own, with no imports, so e2e specs (whose loader cannot
 * import the app's JSON messages) can start app instances against the fake run as its own process.
 */
export const TEST_TENCENT_SECRET_ID = 'AKIDyibaotestfake0000000000000000';
export const TEST_TENCENT_SECRET_KEY = 'yibao-test-secret-key-not-a-real-one';
export const TEST_TENCENT_APP_ID = '1400000000';
