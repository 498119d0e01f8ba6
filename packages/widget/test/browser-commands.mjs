/* global setTimeout, clearTimeout */
// Test-runner commands that drive Chromium beyond the test's own page (Debian's Chromium through
// puppeteer-core). Offline emulation cannot be used on the test page itself (it cuts the runner's
// own connection), so "another page of the intranet" is a real second tab in the same browser
// context (same origin, same storage), opened, taken offline, driven and closed from here.
//
//   executeServerCommand('tab-open', { url })                 → { tab }   (waits for `load`)
//   executeServerCommand('tab-offline', { tab, offline })     → true
//   executeServerCommand('tab-eval', { tab, expression })     → { value }: the awaited value (JSON)
//   executeServerCommand('tab-close', { tab })                → true
//   executeServerCommand('sw-dispatch-sync', { scope, tag })  → { dispatched: true }: fires the
//       Background Sync event of the service worker registered for `scope` (DevTools protocol)

/** @type {Map<string, import('puppeteer-core').Page>} */
const tabs = new Map();
let nextTab = 1;

/** Waits for the registration of `scope` to appear in the protocol's registration list. */
async function registrationId(client, scope, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no service worker registration for ${scope}`)),
      timeoutMs,
    );
    const onUpdate = ({ registrations }) => {
      const found = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
      if (!found) return;
      clearTimeout(timer);
      client.off('ServiceWorker.workerRegistrationUpdated', onUpdate);
      resolve(found.registrationId);
    };
    client.on('ServiceWorker.workerRegistrationUpdated', onUpdate);
    // enable() reports every known registration through the event above.
    void client.send('ServiceWorker.enable');
  });
}

const COMMANDS = new Set(['tab-open', 'tab-offline', 'tab-eval', 'tab-close', 'sw-dispatch-sync']);

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function browserCommands() {
  return {
    name: 'genbridge-browser-commands',
    async executeCommand({ command, payload, session }) {
      if (!COMMANDS.has(command)) return undefined;
      if (session.browser.type !== 'puppeteer')
        throw new Error(`${command} needs Chromium through puppeteer`);
      const page = session.browser.getPage(session.id);
      if (command === 'tab-open') {
        const tab = await page.browserContext().newPage();
        const base = new URL(page.url());
        await tab.goto(new URL(payload.url, base).href, { waitUntil: 'load' });
        const id = String(nextTab++);
        tabs.set(id, tab);
        return { tab: id };
      }
      if (command === 'sw-dispatch-sync') {
        const client = await page.createCDPSession();
        try {
          const id = await registrationId(client, payload.scope);
          await client.send('ServiceWorker.dispatchSyncEvent', {
            origin: new URL(payload.scope).origin,
            registrationId: id,
            tag: payload.tag,
            lastChance: false,
          });
          return { dispatched: true };
        } finally {
          await client.detach().catch(() => undefined);
        }
      }
      const tab = tabs.get(String(payload?.tab));
      if (!tab) throw new Error(`no tab ${payload?.tab}`);
      if (command === 'tab-offline') {
        await tab.setOfflineMode(Boolean(payload.offline));
        return true;
      }
      // Wrapped: undefined or null would read as "no plugin handled this command".
      if (command === 'tab-eval') return { value: await tab.evaluate(payload.expression) };
      tabs.delete(String(payload.tab));
      await tab.close();
      return true;
    },
  };
}
