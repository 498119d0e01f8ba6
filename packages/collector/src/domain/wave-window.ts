import type { Programme } from '../programme.js';
import { DomainError } from './errors.js';

/**
 * Why a response received at `at` falls outside its wave's window in the programme's schedule, or
 * undefined when the wave accepts it. Names the wave and the date, for the person and for programs
 * (`wave_not_open`, `wave_closed`).
 */
export function waveWindowError(
  programme: Pick<Programme, 'id' | 'schedule'>,
  wave: 'baseline' | 'exit',
  at: string,
): DomainError | undefined {
  const window = programme.schedule?.[wave];
  if (window?.opens !== undefined && at < window.opens)
    return new DomainError(
      'conflict',
      'wave_not_open',
      `the ${wave} wave of programme "${programme.id}" opens at ${window.opens}`,
      [{ path: 'wave', message: `${wave} opens at ${window.opens}` }],
    );
  if (window?.closes !== undefined && at >= window.closes)
    return new DomainError(
      'conflict',
      'wave_closed',
      `the ${wave} wave of programme "${programme.id}" closed at ${window.closes}`,
      [{ path: 'wave', message: `${wave} closed at ${window.closes}` }],
    );
  return undefined;
}
