import { html, nothing, type TemplateResult } from 'lit';
import type { PanelModel, QuestionPanelDynamicModel } from 'survey-core';
import type { RenderContext } from './context.js';
import {
  describedBy,
  description,
  errors,
  hostOf,
  ids,
  loc,
  text,
  titleContent,
} from './question-parts.js';
import { elementsTemplate } from './question.js';

/**
 * Repeating panels. `displayMode: "list"` shows them all; `"tab"` and `"carousel"` show one at a
 * time behind a tablist (←/→ move between tabs, the selected tab alone is in the tab order).
 */
export function panelDynamicQuestion(
  q: QuestionPanelDynamicModel,
  ctx: RenderContext,
): TemplateResult {
  const i = ids(q);
  const tabbed = q.displayMode === 'tab' || q.displayMode === 'carousel';
  // In tab/carousel mode survey-core's visiblePanels (and each panel's visibility) is the current one only.
  const panels = (tabbed ? q.panels : q.visiblePanels) as PanelModel[];
  const current = tabbed ? (q.currentPanel as PanelModel | undefined) : undefined;
  const panelTitle = (p: PanelModel, n: number) =>
    (p.hasTitle ? text(p.locTitle) : '') || ctx.strings.itemN(n + 1);
  const tabId = (n: number) => `${i.input}-tab-${n}`;
  const panelId = (p: PanelModel) => `${i.input}-panel-${p.id}`;
  const refresh = (e: Event, focus?: string) => {
    const host = hostOf(e) as unknown as {
      requestUpdate(): void;
      updateComplete: Promise<unknown>;
      shadowRoot: ShadowRoot;
    };
    host.requestUpdate();
    if (focus) void host.updateComplete.then(() => host.shadowRoot.getElementById(focus)?.focus());
  };
  const select = (n: number, e: Event) => {
    q.currentIndex = n;
    refresh(e, tabId(n));
  };
  const onTabKey = (n: number) => (e: KeyboardEvent) => {
    const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
    const step = {
      ArrowRight: rtl ? -1 : 1,
      ArrowLeft: rtl ? 1 : -1,
      Home: -n,
      End: panels.length - 1 - n,
    }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    select(Math.min(Math.max(n + step, 0), panels.length - 1), e);
  };
  const panelBody = (p: PanelModel, n: number) =>
    html`<section
      class="panel dynamic-panel"
      part="panel"
      id=${panelId(p)}
      role=${tabbed ? 'tabpanel' : 'group'}
      aria-labelledby=${tabbed ? tabId(n) : `${panelId(p)}-title`}
    >
      ${tabbed ? nothing : html`<h4 class="panel-title" part="panel-title" id=${`${panelId(p)}-title`}>${panelTitle(p, n)}</h4>`}
      ${p.hasDescription ? html`<div class="description">${loc(p.locDescription)}</div>` : nothing}
      ${elementsTemplate(p.elements, ctx)}
      ${
        q.canRemovePanel
          ? html`<button
              type="button"
              class="secondary"
              part="button button-remove-panel"
              aria-label=${`${text(q.locRemovePanelText)}: ${panelTitle(p, n)}`}
              @click=${(e: Event) => {
                q.removePanelUI(p);
                refresh(e, `${i.input}-add`);
              }}
            >
              ${text(q.locRemovePanelText)}
            </button>`
          : nothing
      }
    </section>`;
  return html`<div
    class="question paneldynamic"
    part="question"
    role="group"
    data-question=${q.name}
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
  >
    <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
    ${description(q)}
    ${panels.length === 0 ? html`<p class="empty">${text(q.locNoEntriesText)}</p>` : nothing}
    ${
      tabbed && panels.length
        ? html`<div class="tabs" role="tablist" aria-labelledby=${i.title}>
              ${panels.map(
                (p, n) =>
                  html`<button
                    type="button"
                    role="tab"
                    part="tab"
                    id=${tabId(n)}
                    aria-selected=${p === current ? 'true' : 'false'}
                    aria-controls=${panelId(p)}
                    tabindex=${p === current ? '0' : '-1'}
                    @click=${(e: Event) => select(n, e)}
                    @keydown=${onTabKey(n)}
                  >
                    ${panelTitle(p, n)}
                  </button>`,
              )}
            </div>
            ${current ? panelBody(current, panels.indexOf(current)) : nothing}`
        : panels.map((p, n) => panelBody(p, n))
    }
    ${
      q.canAddPanel
        ? html`<button
            type="button"
            class="secondary"
            part="button button-add-panel"
            id=${`${i.input}-add`}
            @click=${(e: Event) => {
              q.addPanelUI();
              const added = q.panels.length - 1;
              refresh(e, tabbed ? tabId(added) : undefined);
            }}
          >
            ${text(q.locAddPanelText)}
          </button>`
        : nothing
    }
    ${errors(q)}
  </div>`;
}
