// Swagger UI through the gateway in a real browser: headless Chromium opens /q/swagger-ui, signs in
// through Keycloak with the kam-web client (authorization code with PKCE, the UI's "Authorize"), runs
// "try it out" on GET /api/accounts/me and saves a screenshot. Prints one JSON line with the outcome;
// exits 0 only when the call answered 200 for the signed-in user.
//
// Settings (environment): KAM_GATEWAY_URL (http://127.0.0.1:8080), KAM_BROWSER_USER / KAM_BROWSER_PASSWORD
// (kate / kate-demo), CHROMIUM (/usr/bin/chromium), SCREENSHOT (target/swagger-ui-login.png).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const gateway = (process.env.KAM_GATEWAY_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const user = process.env.KAM_BROWSER_USER || 'kate';
const password = process.env.KAM_BROWSER_PASSWORD || `${user}-demo`;
const screenshot = process.env.SCREENSHOT || 'target/swagger-ui-login.png';
const operationPath = '/api/accounts/me';
const timeout = 30_000;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  // The sandbox needs user namespaces, which containers and root shells often lack.
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--window-size=1280,1600'],
  defaultViewport: { width: 1280, height: 1600 },
});
let outcome = { ok: false };
const page = await browser.newPage();
try {
  page.setDefaultTimeout(timeout);
  await page.goto(`${gateway}/q/swagger-ui`, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.btn.authorize');

  // "Authorize" -> the Keycloak scheme's own Authorize button, which opens the sign-in in a popup.
  await page.click('.btn.authorize');
  await page.waitForSelector('.auth-container');
  const popupOpened = new Promise((resolve) => browser.once('targetcreated', (target) => resolve(target.page())));
  const signIn = await keycloakSectionButton(page, 'Authorize');
  await signIn.click();
  const popup = await popupOpened;
  await popup.waitForSelector('#username', { timeout });
  await popup.type('#username', user);
  await popup.type('#password', password);
  await Promise.all([popup.waitForNavigation({ timeout }).catch(() => undefined), popup.click('#kc-login')]);

  // Back from Keycloak the redirect page hands the code to the UI, which exchanges it (with the PKCE
  // verifier) for a token; the scheme then offers "Logout".
  await page.waitForFunction(() => [...document.querySelectorAll('.auth-container')]
    .some((c) => c.textContent.includes('keycloak') && c.textContent.includes('Logout')), { timeout });
  await page.click('.btn-done, .auth-btn-wrapper .btn-done').catch(() => page.keyboard.press('Escape'));
  await page.waitForSelector('.dialog-ux', { hidden: true }).catch(() => undefined);

  // Try it out: GET /api/accounts/me.
  const block = `.opblock-get:has(.opblock-summary-path[data-path="${operationPath}"])`;
  await page.click(`${block} .opblock-summary`);
  await page.waitForSelector(`${block} .try-out__btn`);
  await page.click(`${block} .try-out__btn`);
  const answered = page.waitForResponse((r) => r.url() === gateway + operationPath && r.request().method() === 'GET');
  await page.click(`${block} .execute`);
  const response = await answered;
  const body = await response.json().catch(() => ({}));
  await page.waitForSelector(`${block} .live-responses-table .response-col_status`);
  const shown = await page.$eval(`${block} .live-responses-table .response-col_status`, (e) => e.textContent.trim());
  const authorization = response.request().headers().authorization || '';
  outcome = {
    ok: response.status() === 200 && body.username === user && authorization.startsWith('Bearer '),
    status: response.status(),
    shownStatus: shown,
    username: body.username,
    service: body.service,
    bearerSent: authorization.startsWith('Bearer '),
  };
} catch (error) {
  outcome = { ok: false, error: String(error && error.message ? error.message : error) };
} finally {
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: false }).catch(() => undefined);
  outcome.screenshot = screenshot;
  await browser.close();
}
console.log(JSON.stringify(outcome));
process.exit(outcome.ok ? 0 : 1);

/** The button with the given text inside the Authorize dialog's section of the Keycloak scheme. */
async function keycloakSectionButton(page, text) {
  const handle = await page.waitForFunction((label) => {
    const section = [...document.querySelectorAll('.auth-container')]
      .find((c) => c.textContent.includes('keycloak') && c.textContent.includes('authorizationCode'));
    return section && [...section.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  }, { timeout }, text);
  return handle.asElement();
}
