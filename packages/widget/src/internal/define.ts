/**
 * Registers a custom element once. Loading the same script twice, or two copies of Genbridge
 * side by side, must not throw "already defined": the first definition wins, and a different
 * version is reported once on the console so an intranet admin can spot the duplicate.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor & { version?: string },
): void {
  const existing = customElements.get(tag) as
    (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version) {
    console.warn(
      `<${tag}> is already defined (version ${existing.version ?? 'unknown'}); ignoring version ${ctor.version ?? 'unknown'}.`,
    );
  }
}
