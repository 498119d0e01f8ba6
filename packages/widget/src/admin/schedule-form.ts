import type { FieldProblem, Wave, WaveSchedule } from './api.js';

export const WAVES: readonly Wave[] = ['baseline', 'exit'];

/** The `<input type="datetime-local">` value (the person's local time) of a stored UTC instant. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The schedule a form's `<wave>-opens` / `<wave>-closes` fields describe, read as the person's
 * local time and sent as UTC instants; or the fields that cannot be read. The collector checks the
 * order of the dates too and names the field when it refuses.
 */
export function scheduleFromForm(
  data: FormData,
): { ok: true; schedule: WaveSchedule } | { ok: false; errors: FieldProblem[] } {
  const schedule: WaveSchedule = {};
  const errors: FieldProblem[] = [];
  for (const wave of WAVES) {
    for (const end of ['opens', 'closes'] as const) {
      const value = String(data.get(`${wave}-${end}`) ?? '').trim();
      if (!value) continue;
      const at = new Date(value);
      if (Number.isNaN(at.getTime())) {
        errors.push({ path: `schedule.${wave}.${end}`, message: 'must be a date and time' });
        continue;
      }
      (schedule[wave] ??= {})[end] = at.toISOString();
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, schedule };
}
