import { html } from 'lit';
import type { WaveSchedule } from './api.js';
import type { AdminStrings } from './i18n.js';
import { toLocalInput, WAVES } from './schedule-form.js';

/** The four date fields of a wave schedule (read back by `scheduleFromForm`). */
export function scheduleFields(t: AdminStrings, legend: string, schedule: WaveSchedule = {}) {
  return html`<fieldset class="schedule">
    <legend>${legend}</legend>
    ${WAVES.map((wave) => {
      const name = t.waveNames[wave] ?? wave;
      return html`<label
          >${t.opens(name)}<input
            type="datetime-local"
            name="${wave}-opens"
            .value=${toLocalInput(schedule[wave]?.opens)}
        /></label>
        <label
          >${t.closes(name)}<input
            type="datetime-local"
            name="${wave}-closes"
            .value=${toLocalInput(schedule[wave]?.closes)}
        /></label>`;
    })}
  </fieldset>`;
}
