import type { Storage } from '../storage/storage.js';
import { findProgramme, updateProgramme } from './programmes.js';
import { releaseOnClose } from './releases.js';

/**
 * Applies a change to a programme; when it closes the programme (a wave closes), the final report
 * is released if the release rules allow it, and the outcome is returned with the programme.
 */
export async function changeProgramme(
  storage: Storage,
  id: string,
  input: unknown,
  now: () => Date,
) {
  const before = await findProgramme(storage, id);
  const programme = await updateProgramme(storage, id, input);
  const release = await releaseOnClose(storage, before, programme, now);
  return { programme, release };
}
