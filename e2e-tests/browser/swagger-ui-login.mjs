// Swagger UI through the gateway in a real browser: headless Chromium opens /q/swagger-ui, signs in
// through Keycloak with the kam-web client (authorization code with PKCE, the UI's "Authorize"), runs
// "try it out" on GET /api/accounts/me and saves a screenshot. Prints what the browser saw (console,
// script errors, failed requests, documents, fetches and error answers of the page and of the sign-in
// popup) on stderr while it runs, then one JSON line with the outcome on stdout; exits 0 only when the
// call answered 200 for the signed-in user, sent with a bearer token, and the page shows that answer.
//
// Settings (environment): KAM_GATEWAY_URL (http://127.0.0.1:8080), KAM_BROWSER_USER / KAM_BROWSER_PASSWORD
// (kate / kate-demo), CHROMIUM (/usr/bin/chromium), SCREENSHOT (target/swagger-ui-login.png),
// KAM_BROWSER_TIMEOUT_MS (the limit of one step, 45000; the whole run gets four times that).
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const gateway = (process.env.KAM_GATEWAY_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const user = process.env.KAM_BROWSER_USER || 'kate';
const password = process.env.KAM_BROWSER_PASSWORD || `${user}-demo`;
const screenshot = resolve(process.env.SCREENSHOT || 'target/swagger-ui-login.png');
const timeout = Number(process.env.KAM_BROWSER_TIMEOUT_MS || 45_000);
const operationPath = '/api/accounts/me';

let step = 'start Chromium';
let browser;
// A last resort against a hung browser: the run never outlives four step limits.
const deadline = setTimeout(() => finish({ ok: false, error: `gave up after ${4 * timeout} ms while: ${step}` }),
  4 * timeout);

browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  timeout,
  protocolTimeout: timeout,
  // The sandbox needs user namespaces, which containers and root shells often lack.
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--window-size=1280,1200'],
  defaultViewport: { width: 1280, height: 1200 },
});
let outcome = { ok: false };
const page = await browser.newPage();
watch(page, 'page');
try {
  page.setDefaultTimeout(timeout);
  step = 'open Swagger UI';
  await page.goto(`${gateway}/q/swagger-ui`, { waitUntil: 'load' });
  await page.waitForSelector('.btn.authorize');

  step = 'open the Authorize dialog';
  await page.click('.btn.authorize');
  await page.waitForSelector('.auth-container');
  // The Keycloak scheme's own Authorize button opens the sign-in in a popup.
  const popupOpened = new Promise((done) => page.once('popup', done));
  const signIn = await keycloakSectionButton(page, 'Authorize');
  await signIn.click();

  step = 'sign in on the Keycloak form';
  const popup = await withTimeout(popupOpened, 'the sign-in popup did not open');
  watch(popup, 'popup');
  popup.setDefaultTimeout(timeout);
  await popup.waitForSelector('#username');
  await popup.type('#username', user);
  await popup.type('#password', password);
  // Back from Keycloak, oauth2-redirect.html hands the code to the page and closes the popup.
  const popupClosed = new Promise((done) => popup.once('close', done));
  await popup.click('#kc-login');

  await withTimeout(popupClosed, 'the popup did not close: the redirect page did not hand the code back')
    .catch(async (error) => {
      // Still on Keycloak's form (e.g. a wrong password or a locked user): say what it shows.
      const shown = await popup.$eval('#input-error, .alert-error, .kc-feedback-text, #kc-error-message',
        (e) => e.textContent.trim()).catch(() => '');
      throw shown ? new Error(`Keycloak says: ${shown}`) : error;
    });
  step = 'exchange the code for a token at the token endpoint';
  // With the verifier of PKCE the page exchanges the code; the scheme then offers "Logout", or the
  // dialog shows why not (e.g. the token endpoint refused the code or the browser blocked the call).
  await page.waitForFunction(() => document.querySelector('.auth-container .errors')
    || [...document.querySelectorAll('.auth-container')].some((c) => c.textContent.includes('keycloak')
      && [...c.querySelectorAll('button')].some((b) => b.textContent.trim() === 'Logout')));
  const authErrors = await page.$$eval('.auth-container .errors', (list) => list.map((e) => e.textContent.trim()));
  if (authErrors.length > 0) {
    throw new Error(`Swagger UI shows an authorization error: ${authErrors.join(' / ')}`);
  }
  await page.click('.btn-done').catch(() => page.keyboard.press('Escape'));
  await page.waitForSelector('.dialog-ux', { hidden: true });

  step = `try it out: GET ${operationPath}`;
  const block = `.opblock-get:has(.opblock-summary-path[data-path="${operationPath}"])`;
  await page.waitForSelector(block).catch(() => {
    throw new Error(`the merged document shows no GET ${operationPath} (is account-service up? see /q/openapi)`);
  });
  await page.click(`${block} .opblock-summary`);
  await page.waitForSelector(`${block} .try-out__btn`);
  await page.click(`${block} .try-out__btn`);
  const answered = page.waitForResponse((r) => r.url().startsWith(`${gateway}/api/`));
  await page.click(`${block} .execute`);
  const response = await answered;
  if (response.url() !== gateway + operationPath || response.request().method() !== 'GET') {
    // E.g. two operations with one operation id share their "try it out" state in Swagger UI.
    throw new Error(`"Execute" sent ${response.request().method()} ${response.url()} instead`);
  }
  const body = await response.json().catch(() => ({}));
  // What the page shows: the status and the body of the answer (the table's first row is its header).
  const answerRow = `${block} .live-responses-table tr.response`;
  await page.waitForSelector(`${answerRow} .response-col_status`);
  const shown = await page.$eval(`${answerRow} .response-col_status`, (e) => e.textContent.trim());
  const shownBody = await page.$eval(`${answerRow} .response-col_description`, (e) => e.textContent);
  // Scrolled so that the screenshot shows the operation, the request with its token and the answer.
  await page.$eval(block, (e) => e.scrollIntoView({ block: 'start' }));
  const authorization = response.request().headers().authorization || '';
  const bearerSent = authorization.startsWith('Bearer ');
  outcome = {
    ok: response.status() === 200 && shown.startsWith('200') && body.username === user && bearerSent
      && shownBody.includes(`"username": "${user}"`),
    status: response.status(),
    shownStatus: shown,
    shownUsername: (shownBody.match(/"username": "([^"]*)"/) || [])[1],
    username: body.username,
    service: body.service,
    bearerSent,
  };
  if (!outcome.ok) {
    outcome.error = `expected 200 shown for ${user} with a bearer token, got ${JSON.stringify(outcome)}`;
  }
} catch (error) {
  outcome = { ok: false, error: `${step}: ${error && error.message ? error.message : error}` };
}
step = 'save the screenshot';
try {
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: false });
  outcome.screenshot = screenshot;
} catch (error) {
  outcome.screenshotError = String(error && error.message ? error.message : error);
}
await finish(outcome);

async function finish(result) {
  clearTimeout(deadline);
  console.log(JSON.stringify(result));
  console.error(result.ok ? `OK: screenshot ${result.screenshot}` : `FAILED: ${result.error}`);
  await browser?.close().catch(() => undefined);
  process.exit(result.ok ? 0 : 1);
}

/** Logs what a page's browser context reports: console, script errors, failed requests and 4xx/5xx answers. */
function watch(target, name) {
  const log = (line) => console.error(`[${name}] ${line}`);
  target.on('console', (m) => log(`console.${m.type()}: ${m.text()}`));
  target.on('pageerror', (e) => log(`script error: ${e.message}`));
  target.on('requestfailed', (r) => log(`request failed: ${r.method()} ${r.url()} (${r.failure()?.errorText})`));
  target.on('response', (r) => {
    const type = r.request().resourceType();
    if (r.status() >= 400 || type === 'document' || type === 'fetch' || type === 'xhr') {
      log(`${r.status()} ${r.request().method()} ${r.url().replace(/([?&](code|state|session_state|session_code)=)[^&]+/g, '$1...')}`);
    }
  });
}

function withTimeout(promise, message) {
  let timer;
  return Promise.race([promise, new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${message} within ${timeout} ms`)), timeout);
  })]).finally(() => clearTimeout(timer));
}

/** The button with the given text inside the Authorize dialog's section of the Keycloak scheme. */
async function keycloakSectionButton(target, text) {
  const handle = await target.waitForFunction((label) => {
    const section = [...document.querySelectorAll('.auth-container')]
      .find((c) => c.textContent.includes('keycloak') && c.textContent.includes('authorizationCode'));
    return section && [...section.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  }, {}, text);
  return handle.asElement();
}
