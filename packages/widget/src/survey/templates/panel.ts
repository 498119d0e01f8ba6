import { html, nothing, type TemplateResult } from 'lit';
import type { PanelModel, Question } from 'survey-core';
import type { RenderContext } from './context.js';
import { hostOf, ids, loc } from './question-parts.js';
import { elementsTemplate } from './question.js';

/**
 * A panel: a labelled group with its own heading and description. A collapsible panel's heading is
 * a disclosure button (`aria-expanded`); its content is not rendered while collapsed. `owner` is
 * the composite question a panel belongs to (its name marks the block).
 */
export function panelTemplate(
  panel: PanelModel,
  ctx: RenderContext,
  owner?: Question,
): TemplateResult | typeof nothing {
  if (!panel.isVisible) return nothing;
  const i = ids(panel);
  const collapsible = panel.state === 'collapsed' || panel.state === 'expanded';
  const open = panel.state !== 'collapsed';
  const title = html`${panel.no ? html`<span class="number">${panel.no} </span>` : nothing}${loc(panel.locTitle)}${
    panel.isRequired
      ? html`<span class="required" part="required" aria-hidden="true"> *</span>`
      : nothing
  }`;
  const heading = !panel.hasTitle
    ? nothing
    : collapsible
      ? html`<h4 class="panel-title" part="panel-title" id=${i.title}>
          <button
            type="button"
            class="disclosure"
            part="panel-toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${i.input}
            @click=${(e: Event) => {
              panel.toggleState();
              hostOf(e).requestUpdate();
            }}
          >
            ${title}
          </button>
        </h4>`
      : html`<h4 class="panel-title" part="panel-title" id=${i.title}>${title}</h4>`;
  const panelErrors = panel.errors.length
    ? html`<div class="errors" part="error" id=${i.error}>
        ${panel.errors.map((e) => html`<p>${e.getText()}</p>`)}
      </div>`
    : nothing;
  return html`<section
    class="panel"
    part="panel"
    role="group"
    data-question=${owner?.name ?? panel.name}
    aria-labelledby=${panel.hasTitle ? i.title : nothing}
    aria-label=${panel.hasTitle ? nothing : (owner?.title ?? panel.name)}
    aria-describedby=${panel.hasDescription ? i.description : nothing}
  >
    ${heading}
    ${panel.hasDescription ? html`<div class="description" part="panel-description" id=${i.description}>${loc(panel.locDescription)}</div>` : nothing}
    ${panelErrors}
    ${open ? html`<div class="panel-content" id=${i.input}>${elementsTemplate(panel.elements, ctx)}</div>` : nothing}
  </section>`;
}
