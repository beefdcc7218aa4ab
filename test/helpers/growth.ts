/**
 * How a run's time grows when its input grows 4×, for tests that a scan is linear: about 4 when it
 * is, 16 when it is quadratic. Wall time alone depends on the machine's load (CI and the 2-core
 * dev machine run other work); a ratio of the fastest of several runs, the two sizes taken in
 * turn, does not.
 */
export function growth(run: (size: number) => void, size: number, rounds = 3): number {
  let small = Number.POSITIVE_INFINITY;
  let large = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    small = Math.min(
      small,
      timed(() => run(size)),
    );
    large = Math.min(
      large,
      timed(() => run(size * 4)),
    );
  }
  return large / Math.max(small, 0.01);
}

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
