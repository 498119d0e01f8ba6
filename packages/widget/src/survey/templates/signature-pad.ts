import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ref } from 'lit/directives/ref.js';
import type { QuestionSignaturePadModel } from 'survey-core';
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

const MIME: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/png' };
const typedNames = new WeakMap<QuestionSignaturePadModel, string>();
const bound = new WeakMap<HTMLCanvasElement, QuestionSignaturePadModel>();

function paint(canvas: HTMLCanvasElement, q: QuestionSignaturePadModel): CanvasRenderingContext2D {
  const g = canvas.getContext('2d')!;
  g.fillStyle = q.backgroundColor || '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.strokeStyle = g.fillStyle = q.penColor || '#1f2328';
  g.lineWidth = 2;
  g.lineCap = g.lineJoin = 'round';
  return g;
}

const store = (canvas: HTMLCanvasElement, q: QuestionSignaturePadModel) =>
  (q.value = canvas.toDataURL(MIME[q.dataFormat] ?? 'image/png'));

/** Pointer drawing (mouse, pen, touch); a canvas is wired once and redrawn from the stored answer. */
function wire(canvas: HTMLCanvasElement, q: QuestionSignaturePadModel): void {
  if (bound.get(canvas) === q) return;
  bound.set(canvas, q);
  const g = paint(canvas, q);
  if (typeof q.value === 'string' && q.value.startsWith('data:image/')) {
    const img = new Image();
    img.onload = () => g.drawImage(img, 0, 0, canvas.width, canvas.height);
    img.src = q.value;
  }
  let drawing = false;
  const at = (e: PointerEvent) => {
    const r = canvas.getBoundingClientRect();
    return [
      ((e.clientX - r.left) * canvas.width) / r.width,
      ((e.clientY - r.top) * canvas.height) / r.height,
    ] as const;
  };
  canvas.addEventListener('pointerdown', (e) => {
    if (q.isReadOnly) return;
    drawing = true;
    canvas.setPointerCapture(e.pointerId);
    const [x, y] = at(e);
    g.beginPath();
    g.moveTo(x, y);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (!drawing) return;
    const [x, y] = at(e);
    g.lineTo(x, y);
    g.stroke();
  });
  const end = () => {
    if (!drawing) return;
    drawing = false;
    typedNames.delete(q);
    store(canvas, q);
  };
  canvas.addEventListener('pointerup', end);
  canvas.addEventListener('pointercancel', end);
}

/**
 * A signature drawn on a canvas, or — for keyboard and screen-reader users, who cannot draw — a
 * typed name that we set in a handwriting-like font on the same canvas. Either way the answer is
 * the image as a data URL, as survey-core stores it.
 */
export function signaturePadQuestion(
  q: QuestionSignaturePadModel,
  ctx: RenderContext,
): TemplateResult {
  const i = ids(q);
  const typedId = `${i.input}-typed`;
  const canvasOf = (e: Event) =>
    ((e.currentTarget as Element).closest('.signaturepad') as HTMLElement).querySelector('canvas')!;
  return html`<div
    class="question signaturepad"
    part="question"
    data-question=${q.name}
    role="group"
    aria-labelledby=${i.title}
  >
    <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
    ${description(q)}
    ${keyed(
      q.id,
      html`<canvas
        id=${i.input}
        part="signature-canvas"
        width=${q.signatureWidth || 300}
        height=${q.signatureHeight || 200}
        role="img"
        aria-label=${q.isEmpty() ? ctx.strings.signatureEmpty : ctx.strings.signatureGiven}
        ${ref((el) => el instanceof HTMLCanvasElement && wire(el, q))}
      ></canvas>`,
    )}
    <div class="typed-signature">
      <label for=${typedId}>${ctx.strings.typeSignature}</label>
      <input
        id=${typedId}
        part="input"
        type="text"
        autocomplete="name"
        aria-describedby=${describedBy(q)}
        aria-invalid=${ariaInvalid(q)}
        aria-required=${q.isRequired ? 'true' : nothing}
        ?readonly=${q.isReadOnly}
        .value=${typedNames.get(q) ?? ''}
        @input=${(e: Event) => {
          const name = (e.target as HTMLInputElement).value;
          const canvas = canvasOf(e);
          const g = paint(canvas, q);
          typedNames.set(q, name);
          if (!name.trim()) {
            q.clearValue();
          } else {
            g.font = `italic ${Math.round(canvas.height / 4)}px 'Segoe Script', 'Brush Script MT', cursive`;
            g.textBaseline = 'middle';
            g.textAlign = 'center';
            g.fillText(name, canvas.width / 2, canvas.height / 2, canvas.width - 20);
            store(canvas, q);
          }
          hostOf(e).requestUpdate();
        }}
      />
    </div>
    ${
      q.allowClear && !q.isReadOnly
        ? html`<button
            type="button"
            class="secondary"
            part="button button-clear-signature"
            ?disabled=${q.isEmpty()}
            @click=${(e: Event) => {
              paint(canvasOf(e), q);
              typedNames.delete(q);
              q.clearValue();
              hostOf(e).requestUpdate();
            }}
          >
            ${ctx.strings.clearSignature}
          </button>`
        : nothing
    }
    ${errors(q)}
  </div>`;
}
