// Work written as generators yields where an editor may pause it; these run it without pauses
// or pass its pauses on to an outer generator.

/** Runs `steps` to the end and returns its result. */
export function drain<R>(steps: Generator<unknown, R>): R {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs `inner` inside an outer generator, yielding `pause` wherever it pauses. */
export function* relay<P, R>(inner: Generator<unknown, R>, pause: P): Generator<P, R> {
  for (;;) {
    const r = inner.next();
    if (r.done) return r.value;
    yield pause;
  }
}
