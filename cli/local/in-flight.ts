// Runs an async step over items with at most `limit` in flight, taking items in order; the first error stops
// further items from starting and is thrown once those in flight have ended.
export async function forEachInFlight<T>(
  items: readonly T[],
  limit: number,
  step: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const index = next++;
      try {
        await step(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  if (failure) throw failure.error;
}
