/**
 * “Other tags to include / exclude”: a text box for any tag by any of its names. Without script the
 * server resolves what was typed on submit; with script it is a combobox offering canonical tags as
 * the reader types (see `assets/site.js`).
 * @module
 */
export const PICKERS = {
  include: { name: 'other_tags', mode: 'all', label: 'Other tags to include' },
  exclude: { name: 'excluded_tags', mode: 'not', label: 'Other tags to exclude' },
} as const

export function TagPicker({ which, value }: { which: keyof typeof PICKERS; value: string }) {
  const { name, mode, label } = PICKERS[which]
  const id = `picker-${which}`
  return (
    <div class="tag-picker" data-tag-picker={mode}>
      <label for={id}>{label}</label>
      <input
        type="text"
        id={id}
        name={name}
        value={value}
        autocomplete="off"
        spellcheck={false}
        aria-describedby={`${id}-hint`}
      />
      <p class="hint" id={`${id}-hint`}>
        A fandom, ship, character or trope, by any of its names; commas between several.
      </p>
    </div>
  )
}
