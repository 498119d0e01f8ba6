/** The open shadow root of an element the test rendered. */
export const shadowOf = (el: Element) => el.shadowRoot!;

/**
 * Polls `read` until it gives a value (10 s of wall time, generous for a loaded machine). On
 * time-out the error quotes the end of what the console shows, since an admin screen that did not
 * arrive usually shows why.
 */
export async function until<T>(read: () => T | null | undefined | false, what: string): Promise<T> {
  const end = Date.now() + 10_000;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const shown = document.querySelector('genbridge-admin')?.shadowRoot?.textContent ?? '';
  throw new Error(
    `timed out waiting for ${what}; shown: ${shown.replace(/\s+/g, ' ').slice(-600)}`,
  );
}
