import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionFileModel } from 'survey-core';
import type { RenderContext } from './context.js';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  hostOf,
  ids,
  titleContent,
} from './question-parts.js';

interface StoredFile {
  name: string;
  type: string;
  content: string;
}
const rejections = new WeakMap<QuestionFileModel, string>();

const readAsDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/**
 * Files are kept in the answer as data URLs (no upload service), so each one must stay under the
 * size the page allows (`max-file-size`, or the question's own smaller `maxSize`); the limit is
 * stated above the picker and an oversize file is refused with a message, never silently dropped.
 */
export function fileQuestion(q: QuestionFileModel, ctx: RenderContext): TemplateResult {
  const i = ids(q);
  const limit = q.maxSize > 0 ? Math.min(q.maxSize, ctx.maxFileSize) : ctx.maxFileSize;
  const files = (Array.isArray(q.value) ? q.value : []) as StoredFile[];
  const rejected = rejections.get(q);
  const limitId = `${i.input}-limit`;
  const rejectId = `${i.input}-rejected`;
  const described = [
    limitId,
    rejected ? rejectId : '',
    describedBy(q) === nothing ? '' : describedBy(q),
  ]
    .filter(Boolean)
    .join(' ');
  const onChange = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const host = hostOf(e);
    const picked = [...(input.files ?? [])];
    input.value = '';
    const tooBig = picked.filter((f) => f.size > limit);
    if (tooBig.length)
      rejections.set(q, ctx.strings.fileTooLarge(tooBig.map((f) => f.name).join(', '), limit));
    else rejections.delete(q);
    const ok = picked.filter((f) => f.size <= limit);
    if (ok.length) {
      const read = await Promise.all(
        ok.map(async (f) => ({ name: f.name, type: f.type, content: await readAsDataUrl(f) })),
      );
      q.value = q.allowMultiple ? [...files, ...read] : read.slice(0, 1);
    }
    host.requestUpdate();
  };
  return html`<div class="question file" part="question" data-question=${q.name}>
    <label class="title" part="question-title" id=${i.title} for=${i.input}
      >${titleContent(q)}</label
    >
    ${description(q)}
    <p class="hint" part="hint" id=${limitId}>${ctx.strings.fileLimit(limit)}</p>
    ${rejected ? html`<p class="errors" part="error" id=${rejectId} role="alert">${rejected}</p>` : nothing}
    <input
      type="file"
      id=${i.input}
      part="file"
      accept=${q.acceptedTypes || nothing}
      ?multiple=${q.allowMultiple}
      ?disabled=${q.isReadOnly}
      aria-describedby=${described}
      aria-invalid=${ariaInvalid(q)}
      aria-required=${q.isRequired ? 'true' : nothing}
      @change=${onChange}
    />
    ${
      files.length
        ? html`<ul class="files" part="files">
            ${files.map(
              (f) =>
                html`<li>
                  ${f.type?.startsWith('image/') && q.allowImagesPreview ? html`<img src=${f.content} alt="" />` : nothing}
                  <span>${f.name}</span>
                  <button
                    type="button"
                    class="secondary"
                    part="button button-remove-file"
                    aria-label=${ctx.strings.remove(f.name)}
                    ?disabled=${q.isReadOnly}
                    @click=${(e: Event) => {
                      const rest = files.filter((x) => x !== f);
                      q.value = rest.length ? rest : undefined;
                      hostOf(e).requestUpdate();
                    }}
                  >
                    ${ctx.strings.removeShort}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${errors(q)}
  </div>`;
}
