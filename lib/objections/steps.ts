/**
 * A build done a step at a time (objection-index.ts): a generator that yields between steps and
 * returns what it built. Run to the end at once, or a few steps per idle period in the panel.
 */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs every step at once. */
export function finished<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs steps until done (then returns the result) or until `enough()` says to stop for now (then
 * returns undefined; call again to go on). At least one step is run per call.
 */
export function stepUntil<T>(steps: Steps<T>, enough: () => boolean): T | undefined {
  do {
    const step = steps.next();
    if (step.done) return step.value;
  } while (!enough());
  return undefined;
}
