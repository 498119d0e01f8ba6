/**
 * Registers `<genbridge-admin>` (safe to load twice). Never imports survey-core; the results
 * element is imported lazily, only when a release is opened.
 * @packageDocumentation
 */
import { defineElement } from './internal/define.js';
import { GenbridgeAdmin } from './admin/genbridge-admin.js';

export * from './admin/index.js';

defineElement('genbridge-admin', GenbridgeAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'genbridge-admin': GenbridgeAdmin;
  }
}
