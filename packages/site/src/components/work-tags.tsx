/**
 * A work's tags of one kind, each marked when it was inferred from the text rather than written by
 * the author, with the evidence behind it one click away (a disclosure, so no script is needed).
 * @module
 */
import type { TagKind, TagProvenance } from '@ficdex/sdk'
import { TagLink } from './tag-link.js'

export function WorkTags({
  kind,
  tags,
  provenance,
}: {
  kind: TagKind
  tags: string[]
  provenance: TagProvenance[]
}) {
  return (
    <ul class="tag-list">
      {tags.map((tag) => {
        const origin = provenance.find((p) => p.kind === kind && p.tag === tag)
        return (
          <li class={origin?.source === 'inferred' ? 'inferred' : undefined}>
            <TagLink kind={kind} value={tag} />
            {origin?.original && origin.original !== tag && (
              <span class="as-written">{` (written “${origin.original}”)`}</span>
            )}
            {origin?.source === 'inferred' && <Evidence tag={tag} origin={origin} />}
          </li>
        )
      })}
    </ul>
  )
}

function Evidence({ tag, origin }: { tag: string; origin: TagProvenance }) {
  const confidence =
    origin.confidence === undefined ? '' : ` (confidence ${Math.round(origin.confidence * 100)}%)`
  return (
    <details class="evidence">
      <summary>
        inferred<span class="visually-hidden">{`: why ${tag}?`}</span>
      </summary>
      <div class="evidence-body">
        <p>{`Inferred from the text, not tagged by the author${confidence}.`}</p>
        {origin.evidence && origin.evidence.length > 0 && (
          <>
            <p>Found in the text:</p>
            <ul>
              {origin.evidence.map(({ phrase, count }) => (
                <li>
                  <q>{phrase}</q>
                  {count > 1 ? ` ×${count}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  )
}
