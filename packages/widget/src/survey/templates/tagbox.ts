import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ItemValue, QuestionTagboxModel } from 'survey-core';
import type { RenderContext } from './context.js';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  hostOf,
  ids,
  text,
  titleContent,
} from './question-parts.js';

interface ComboState {
  open: boolean;
  filter: string;
  active: number;
}
const states = new WeakMap<QuestionTagboxModel, ComboState>();
const stateOf = (q: QuestionTagboxModel): ComboState => {
  let s = states.get(q);
  if (!s) states.set(q, (s = { open: false, filter: '', active: -1 }));
  return s;
};

/**
 * Multi-select as an editable combobox with a listbox popup (ARIA 1.2 pattern): type to filter,
 * ↓/↑ move the active option, Enter toggles it, Escape closes, Backspace in an empty box removes
 * the last choice. Each chosen value is a tag with its own labelled remove button.
 */
export function tagboxQuestion(q: QuestionTagboxModel, ctx: RenderContext): TemplateResult {
  const i = ids(q);
  const s = stateOf(q);
  const listId = `${i.input}-list`;
  const optionId = (n: number) => `${i.input}-opt-${n}`;
  const needle = s.filter.trim().toLowerCase();
  const options = q.visibleChoices.filter(
    (c) => !needle || text(c.locText).toLowerCase().includes(needle),
  );
  if (s.active >= options.length) s.active = options.length - 1;
  // In the order they were chosen (Backspace takes back the latest).
  const selected = ((Array.isArray(q.value) ? q.value : []) as unknown[])
    .map((v) => (q.visibleChoices as ItemValue[]).find((c) => c.value === v))
    .filter((c): c is ItemValue => !!c);
  const toggle = (item: ItemValue, e: Event) => {
    q.clickItemHandler(item, !q.isItemSelected(item));
    hostOf(e).requestUpdate();
  };
  const onKey = (e: KeyboardEvent) => {
    const host = hostOf(e);
    switch (e.key) {
      case 'ArrowDown':
        s.open = true;
        s.active = Math.min(s.active + 1, options.length - 1);
        break;
      case 'ArrowUp':
        s.open = true;
        s.active = Math.max(s.active - 1, 0);
        break;
      case 'Enter':
        if (!s.open || s.active < 0 || !options[s.active]) return;
        toggle(options[s.active]!, e);
        break;
      case 'Escape':
        if (!s.open) return;
        s.open = false;
        break;
      case 'Backspace':
        if (s.filter || selected.length === 0) return;
        q.clickItemHandler(selected[selected.length - 1]!, false);
        break;
      default:
        return;
    }
    e.preventDefault();
    host.requestUpdate();
  };
  return html`<div class="question tagbox" part="question" data-question=${q.name}>
    <label class="title" part="question-title" id=${i.title} for=${i.input}
      >${titleContent(q)}</label
    >
    ${description(q)}
    ${
      selected.length
        ? html`<ul class="tags" part="tags" aria-label=${ctx.strings.selected}>
            ${selected.map(
              (c) =>
                html`<li class="tag" part="tag">
                  <span>${text(c.locText)}</span
                  ><button
                    type="button"
                    class="tag-remove"
                    part="button tag-remove"
                    aria-label=${ctx.strings.remove(text(c.locText))}
                    ?disabled=${q.isReadOnly}
                    @click=${(e: Event) => toggle(c, e)}
                  >
                    ×
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <div class="combo">
      <input
        id=${i.input}
        part="input combobox"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${s.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${s.open && s.active >= 0 ? optionId(s.active) : nothing}
        aria-describedby=${describedBy(q)}
        aria-invalid=${ariaInvalid(q)}
        aria-required=${q.isRequired ? 'true' : nothing}
        placeholder=${text(q.locPlaceholder) || ctx.strings.select}
        ?disabled=${q.isReadOnly}
        .value=${live(s.filter)}
        @input=${(e: Event) => {
          s.filter = (e.target as HTMLInputElement).value;
          s.open = true;
          // Typing makes the first match active (Enter takes it); an empty box starts with none.
          s.active = s.filter.trim() ? 0 : -1;
          hostOf(e).requestUpdate();
        }}
        @keydown=${onKey}
        @click=${(e: Event) => {
          s.open = !s.open;
          hostOf(e).requestUpdate();
        }}
        @blur=${(e: FocusEvent) => {
          s.open = false;
          hostOf(e).requestUpdate();
        }}
      />
      <ul
        class="listbox"
        part="listbox"
        role="listbox"
        id=${listId}
        aria-multiselectable="true"
        aria-labelledby=${i.title}
        ?hidden=${!s.open}
      >
        ${options.length === 0 ? html`<li class="empty" role="presentation">${ctx.strings.noMatches}</li>` : nothing}
        ${options.map(
          (c, n) =>
            html`<li
              role="option"
              id=${optionId(n)}
              class=${n === s.active ? 'active' : ''}
              aria-selected=${q.isItemSelected(c) ? 'true' : 'false'}
              aria-disabled=${c.isEnabled ? nothing : 'true'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${(e: Event) => {
                s.active = n;
                if (c.isEnabled) toggle(c, e);
              }}
            >
              ${text(c.locText)}
            </li>`,
        )}
      </ul>
    </div>
    ${errors(q)}
  </div>`;
}
