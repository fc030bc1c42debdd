/**
 * The one map idiom the tag modules share: the value under a key, created and stored on first use.
 * @module
 */

interface MapLike<K, V> {
  get(key: K): V | undefined
  set(key: K, value: V): unknown
}

export function getOrCreate<K, V>(map: MapLike<K, V>, key: K, create: () => V): V {
  const existing = map.get(key)
  if (existing !== undefined) return existing
  const value = create()
  map.set(key, value)
  return value
}
