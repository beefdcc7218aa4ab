/**
 * Growing the index builder's typed buffers (issue 11, index build): twice as long, or longer to
 * hold `atLeast`, the items kept and the new room set to `fill`.
 */
export function grown<T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(
  array: T,
  atLeast = 0,
  fill = 0,
): T {
  let size = Math.max(array.length * 2, 8);
  while (size < atLeast) size *= 2;
  const next = new (array.constructor as new (length: number) => T)(size);
  if (fill !== 0) next.fill(fill);
  next.set(array);
  return next;
}
