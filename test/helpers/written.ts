import { type Edited, isRefused } from '@/lib/studio/edit';

/** The text of a form edit a test expects to land (a refusal fails the test where it happened). */
export function written(edited: Edited): string {
  if (isRefused(edited))
    throw new Error(`edit refused: ${edited.at} is not ${edited.needs === 'list' ? 'a list' : 'an object'}`);
  return edited;
}
