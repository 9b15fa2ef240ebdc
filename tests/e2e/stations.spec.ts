import { expect, test, type Page } from '@playwright/test';
import { fakeSpeech, say, spoken } from './fake-speech';
import { DEMO, expectElderFriendly, latestCode, signIn } from './support';

/** A relative with no 医保 record of their own in Shandong: the service pages refuse them and say 到医保服务站. */
async function signInAsRelative(page: Page, phone: string) {
  expect((await page.request.post('/api/auth/code', { data: { phone, asFamily: true } })).status()).toBe(200);
  const res = await page.request.post('/api/auth/session', { data: { phone, code: await latestCode(page.request, phone), name: '刘芳' } });
  expect(res.status()).toBe(200);
}

const first = (page: Page) => page.getByTestId('station').first();

test('from a refusal that says 到医保服务站 to the nearest station: 拨打 dials it, 导航 opens the map at its lng,lat', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsRelative(page, '13900000077');
  // A form only an insured person may send (ending a staff consent, say from a page left open), sent by her:
  // the server refuses it and lands on the refusal page (lib/api/server.ts), which says 到医保服务站登记.
  await page.goto('/family');
  await page.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/api/family/staff-consents/1/end';
    document.body.append(form);
    form.submit();
  });
  await expect(page).toHaveURL(/\/family\/denied\?reason=not-insured$/);
  await expect(page.locator('main').getByRole('alert')).toHaveText('这个手机号没有登记在山东的医保信息里。请拨打 12393，或到医保服务站登记。');
  await page.getByRole('link', { name: '找附近的医保服务站' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '附近的医保服务站' })).toBeVisible();
  await expect(page.getByTestId('demo-data')).toContainText('示例数据');
  // A relative has no registered 区县 and the location is not asked on load: each city's hall first, no distances, a plain note.
  await expect(page.getByTestId('stations-basis')).toContainText('还不知道您在哪里');
  const names = await page.getByTestId('station').locator('h3').allTextContents();
  expect(names.slice(0, 4)).toEqual(['济南市医疗保障服务大厅', '青岛市医疗保障服务大厅', '潍坊市医疗保障服务大厅', '滨州市医疗保障服务大厅']);
  await expect(page.getByTestId('station-distance')).toHaveCount(0);
  await expectElderFriendly(page);

  // She picks where she lives: 济南市, then 历下区.
  await page.getByRole('link', { name: '济南市', exact: true }).click();
  await page.getByRole('link', { name: '历下区', exact: true }).click();
  await expect(page.getByTestId('stations-basis')).toHaveText('按离历下区中心从近到远排列，历下区的站点在前。');
  await expect(first(page).locator('h3')).toHaveText('最近姚家街道便民服务中心医保工作站');
  await expect(first(page).getByTestId('station-distance')).toHaveText(/^约 (\d00 米|\d+\.\d 公里)$/);
  await expect(first(page)).toContainText('周一至周五 9:00-17:00');
  await expect(first(page)).toContainText('异地就医备案');
  const call = first(page).getByRole('link', { name: '拨打 0531-86110004' });
  await expect(call).toHaveAttribute('href', 'tel:053186110004');
  const navigate = first(page).getByRole('link', { name: '导航' });
  await expect(navigate).toHaveAttribute('href', /^https:\/\/uri\.amap\.com\/marker\?position=117\.095,36\.665&name=%E5%A7%9A%E5%AE%B6/);
  await first(page).getByText('用手机里的地图App导航').click();
  // The test phone is an Android (Pixel 5): 高德's Android scheme; 百度 and 腾讯 by their own.
  await expect(first(page).getByRole('link', { name: '高德地图' })).toHaveAttribute('href', /^androidamap:\/\/viewMap\?.*&lat=36\.665&lon=117\.095/);
  await expect(first(page).getByRole('link', { name: '百度地图' })).toHaveAttribute('href', /^baidumap:\/\/map\/marker\?location=36\.665,117\.095&/);
  await expect(first(page).getByRole('link', { name: '腾讯地图' })).toHaveAttribute('href', /^qqmap:\/\/map\/marker\?marker=coord:36\.665,117\.095;/);
  await expectElderFriendly(page);
});

test('signed in, the registered 区县 comes first; 用我的位置 (asked only when pressed) puts the nearest station first', async ({ page, context }) => {
  test.setTimeout(120_000);
  // Count every call for the position: none may happen before the button is pressed.
  await page.addInitScript(() => {
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition.bind(geo);
    (window as unknown as { geoCalls: number }).geoCalls = 0;
    geo.getCurrentPosition = (...args: Parameters<Geolocation['getCurrentPosition']>) => {
      (window as unknown as { geoCalls: number }).geoCalls += 1;
      original(...args);
    };
  });
  await signIn(page, DEMO.wangJianguo);
  await page.goto('/');
  await page.getByRole('link', { name: /附近的医保服务站/ }).click();
  await expect(page.getByTestId('stations-basis')).toHaveText('按离潍城区中心从近到远排列，潍城区的站点在前。');
  await expect(first(page).locator('h3')).toHaveText('最近潍城区医保服务大厅');
  await expect(first(page).getByRole('link', { name: /^拨打/ })).toHaveAttribute('href', 'tel:053686310002');
  expect(await page.evaluate(() => (window as unknown as { geoCalls: number }).geoCalls)).toBe(0);

  // He stands by 潍坊市人民医院 (奎文区) and lets the app use his position.
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 36.7079, longitude: 119.1131 });
  await page.getByRole('button', { name: '用我的位置' }).click();
  await expect(page).toHaveURL(/near=36\.7079(,|%2C)119\.1131$/);
  await expect(page.getByTestId('stations-basis')).toHaveText('按离您现在的位置从近到远排列。');
  await expect(first(page).locator('h3')).toHaveText('最近潍坊市人民医院医保服务站');
  await expect(first(page).getByTestId('station-distance')).toHaveText('约 100 米');
  await expect(first(page).getByRole('link', { name: '导航' })).toHaveAttribute('href', /position=119\.1122,36\.7072&/);
  await expect(page.getByTestId('station').nth(1).locator('h3')).toHaveText('东关街道便民服务中心医保工作站');
  await expect(page.getByTestId('station').nth(1).getByTestId('station-distance')).toHaveText(/^约 1\.\d 公里$/);
  await expectElderFriendly(page);
});

test('the station list passes the elder bars at 特大 and in English, and 我的 links to it', async ({ page, context, baseURL }) => {
  test.setTimeout(120_000);
  await context.addCookies([{ name: 'yb_text', value: 'xlarge', url: baseURL! }]);
  await page.goto('/stations?district=371602');
  await expect(page.locator('html')).toHaveClass('text-xlarge');
  await expect(first(page).locator('h3')).toHaveText('最近市中街道便民服务中心医保工作站');
  await expectElderFriendly(page);
  await page.goto('/en/stations?district=371602');
  await expect(page.getByRole('heading', { level: 1, name: 'Service points near you' })).toBeVisible();
  await expect(page.getByTestId('stations-basis')).toContainText('Bincheng District');
  await expectElderFriendly(page, 'en');
  await page.goto('/settings');
  await page.getByRole('link', { name: '找附近的医保服务站' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '附近的医保服务站' })).toBeVisible();
});

test('语音版 reads the nearest station on arrival; 说一说 answers 最近的, 打电话 and 导航', async ({ page, context, baseURL }) => {
  test.setTimeout(90_000);
  await fakeSpeech(page);
  await context.addCookies([{ name: 'yb_voice', value: 'on', url: baseURL! }]);
  await signIn(page, DEMO.zhangGuilan);
  await page.goto('/stations');
  const sentence = '最近的是姚家街道便民服务中心医保工作站，约 1.6 公里，电话0531-86110004。';
  await expect(page.getByTestId('stations-nearest')).toHaveText(sentence);
  await expect.poll(async () => (await spoken(page)).some((s) => s === sentence)).toBe(true);

  await say(page, '吃了吗');
  await expect(page.getByRole('status').filter({ hasText: '没听懂“吃了吗”。可以说“最近的”“打电话”或“导航”' })).toBeVisible();
  await say(page, '最近的');
  await expect(page.getByRole('status').filter({ hasText: sentence })).toBeVisible();
  await expect.poll(async () => (await spoken(page)).filter((s) => s === sentence).length).toBeGreaterThanOrEqual(2);

  // 打电话 presses the nearest station's 拨打 (caught here: a test browser has no phone to dial).
  await page.evaluate(() => {
    document.addEventListener(
      'click',
      (e) => {
        const link = (e.target as Element).closest('a');
        if (link?.href.startsWith('tel:')) {
          (window as unknown as { dialled: string }).dialled = link.href;
          e.preventDefault();
        }
      },
      true,
    );
  });
  await say(page, '打电话');
  await expect.poll(() => page.evaluate(() => (window as unknown as { dialled?: string }).dialled)).toBe('tel:053186110004');

  // 导航 opens 高德's marker page at the station (answered here, the test machine being offline).
  await page.route('https://uri.amap.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>amap</title>' }));
  await say(page, '导航');
  await page.waitForURL(/^https:\/\/uri\.amap\.com\/marker\?position=117\.095,36\.665&/);
});

test('a 服务站 account’s console shows its own station, the same card residents find on 附近的医保服务站', async ({ page }) => {
  await page.goto('/staff');
  await page.getByLabel('工号').fill('ZD2001');
  await page.getByLabel('密码').fill('demo-zhandian-2001');
  await page.getByRole('button', { name: '登录' }).click();
  const own = page.getByTestId('own-station');
  await expect(own.getByRole('heading', { name: '本站' })).toBeVisible();
  const card = own.getByTestId('station');
  await expect(card.locator('h3')).toHaveText('历下区甸柳庄社区医保服务站');
  const call = await card.getByTestId('station-call').getAttribute('href');
  const address = await card.locator('dd').first().textContent();

  // The same station, with the same phone and address, in the residents' list for 历下区.
  await page.goto('/stations?district=370102');
  const listed = page.getByTestId('station').filter({ has: page.locator('h3', { hasText: '历下区甸柳庄社区医保服务站' }) });
  await expect(listed.getByTestId('station-call')).toHaveAttribute('href', call!);
  await expect(listed.locator('dd').first()).toHaveText(address!);
});
