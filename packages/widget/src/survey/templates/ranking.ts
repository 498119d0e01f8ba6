import { html, nothing, type TemplateResult } from 'lit';
import type { ItemValue, QuestionRankingModel } from 'survey-core';
import type { RenderContext } from './context.js';
import {
  describedBy,
  description,
  errors,
  hostOf,
  ids,
  text,
  titleContent,
} from './question-parts.js';

const announcements = new WeakMap<QuestionRankingModel, string>();

/**
 * Ranking without drag: each ranked item has "move up" and "move down" buttons (and ↑/↓ with Alt
 * or Ctrl on the item); the new position is announced through a live region and focus stays on
 * the moved item. With `selectToRankEnabled`, items are first added to the ranking and can be
 * taken out again.
 */
export function rankingQuestion(q: QuestionRankingModel, ctx: RenderContext): TemplateResult {
  const i = ids(q);
  const s = ctx.strings;
  const ranked: ItemValue[] = q.rankingChoices;
  const unranked: ItemValue[] = q.selectToRankEnabled ? q.unRankingChoices : [];
  const itemId = (item: ItemValue) =>
    `${i.input}-${(q.visibleChoices as ItemValue[]).indexOf(item)}`;
  const commit = (
    order: ItemValue[],
    moved: ItemValue,
    e: Event,
    focus: 'up' | 'down' | 'item',
  ) => {
    q.value = order.map((c) => c.value);
    const pos = order.indexOf(moved);
    announcements.set(
      q,
      pos < 0
        ? s.rankRemoved(text(moved.locText))
        : s.rankMoved(text(moved.locText), pos + 1, order.length),
    );
    const host = hostOf(e) as unknown as {
      requestUpdate(): void;
      updateComplete: Promise<unknown>;
      shadowRoot: ShadowRoot;
    };
    host.requestUpdate();
    void host.updateComplete.then(() => {
      const li = host.shadowRoot.getElementById(itemId(moved));
      const target =
        (focus === 'item'
          ? li
          : li?.querySelector<HTMLButtonElement>(`button.move-${focus}:not([disabled])`)) ??
        li?.querySelector<HTMLElement>('button:not([disabled])') ??
        li;
      target?.focus();
    });
  };
  const move = (item: ItemValue, by: number, e: Event) => {
    const order = [...ranked];
    const from = order.indexOf(item);
    const to = from + by;
    if (from < 0 || to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, item);
    commit(order, item, e, by < 0 ? 'up' : 'down');
  };
  const onKey = (item: ItemValue) => (e: KeyboardEvent) => {
    if (!(e.altKey || e.ctrlKey) || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(item, e.key === 'ArrowUp' ? -1 : 1, e);
  };
  return html`<div
    class="question ranking"
    part="question"
    role="group"
    data-question=${q.name}
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
  >
    <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
    ${description(q)}
    <p class="hint" part="hint" id=${`${i.input}-how`}>
      ${q.selectToRankEnabled ? s.rankSelectHint : s.rankHint}
    </p>
    ${ranked.length === 0 && q.selectToRankEnabled ? html`<p class="empty">${text(q.locSelectToRankEmptyRankedAreaText)}</p>` : nothing}
    <ol class="rank-list" part="rank-list" id=${i.input} aria-labelledby=${i.title}>
      ${ranked.map(
        (item, n) =>
          html`<li
            class="rank-item"
            part="rank-item"
            id=${itemId(item)}
            tabindex="-1"
            aria-describedby=${`${i.input}-how`}
            @keydown=${onKey(item)}
          >
            <span class="rank-no" aria-hidden="true">${n + 1}</span>
            <span class="rank-label">${text(item.locText)}</span>
            <span class="rank-actions">
              <button
                type="button"
                class="move-up"
                part="button rank-up"
                aria-label=${s.moveUp(text(item.locText), n + 1)}
                ?disabled=${q.isReadOnly || n === 0}
                @click=${(e: Event) => move(item, -1, e)}
              >
                ↑
              </button>
              <button
                type="button"
                class="move-down"
                part="button rank-down"
                aria-label=${s.moveDown(text(item.locText), n + 1)}
                ?disabled=${q.isReadOnly || n === ranked.length - 1}
                @click=${(e: Event) => move(item, 1, e)}
              >
                ↓
              </button>
              ${
                q.selectToRankEnabled
                  ? html`<button
                      type="button"
                      part="button rank-remove"
                      aria-label=${s.remove(text(item.locText))}
                      ?disabled=${q.isReadOnly}
                      @click=${(e: Event) =>
                        commit(
                          ranked.filter((c) => c !== item),
                          item,
                          e,
                          'item',
                        )}
                    >
                      ×
                    </button>`
                  : nothing
              }
            </span>
          </li>`,
      )}
    </ol>
    ${
      unranked.length
        ? html`<ul class="rank-pool" part="rank-pool" aria-label=${s.notRanked}>
            ${unranked.map(
              (item) =>
                html`<li class="rank-item" id=${itemId(item)} tabindex="-1">
                  <span class="rank-label">${text(item.locText)}</span>
                  <button
                    type="button"
                    part="button rank-add"
                    aria-label=${s.addToRanking(text(item.locText))}
                    ?disabled=${q.isReadOnly}
                    @click=${(e: Event) => commit([...ranked, item], item, e, 'up')}
                  >
                    +
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <p class="sr-only" role="status" aria-live="polite">${announcements.get(q) ?? ''}</p>
    ${errors(q)}
  </div>`;
}
