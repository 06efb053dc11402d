/** A value now (the engine in this thread) or later (the engine worker). */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Hands `next` the value of `get()` — at once when it is there, or when it
 * arrives — and `fail` whatever went wrong, thrown or rejected. So the same
 * code answers at once in this thread and later from the worker. Returns the
 * promise of that hand-over when there is one, to await (a test, a bench).
 */
export function settle<T>(
  get: () => MaybePromise<T>,
  next: (value: T) => void,
  fail: (error: unknown) => void,
): Promise<void> | undefined {
  let value: MaybePromise<T>;
  try {
    value = get();
  } catch (error) {
    fail(error);
    return undefined;
  }
  if (value instanceof Promise) return value.then(next, fail);
  next(value);
  return undefined;
}

/** `next` of the value, at once when it is there, else when it arrives. */
export function andThen<T, U>(value: MaybePromise<T>, next: (value: T) => MaybePromise<U>): MaybePromise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}
