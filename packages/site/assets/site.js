// The search page's script: it makes the page answer without reloading and offers tags as the reader
// types. Everything it does, the page also does without it through ordinary forms and links.
;(() => {
  const form = document.getElementById('search-form')
  if (!form) return

  /** Fields whose own change starts a search at once; text boxes wait for Enter. */
  const INSTANT = new Set(['checkbox', 'select-one', 'date', 'number'])
  const PICKER_FIELDS = new Set(['other_tags', 'excluded_tags'])

  let inFlight
  /** The search on show, to tell Back and Forward from following a link to a part of the page. */
  let shown = window.location.search

  /** The page URL for the form as it stands: blank fields left out, as the server would tidy them. */
  function formUrl() {
    const params = new URLSearchParams()
    for (const [name, value] of new FormData(form)) {
      if (typeof value === 'string' && value.trim() !== '') params.append(name, value)
    }
    const query = params.toString()
    return query ? `/?${query}` : '/'
  }

  function announce(text) {
    const status = document.getElementById('status')
    if (status) status.textContent = text
  }

  /**
   * Fetches the page for a URL and puts its parts into this one. `full` replaces the whole form (Back
   * and Forward, where every field may differ); otherwise only the regions marked `data-swap`, so
   * what the reader is typing stays as it is.
   */
  async function navigate(url, { history: how = 'push', full = false, focus } = {}) {
    inFlight?.abort()
    const controller = new AbortController()
    inFlight = controller
    document.getElementById('results')?.setAttribute('aria-busy', 'true')
    let response
    let html
    try {
      response = await fetch(url, { signal: controller.signal, headers: { Accept: 'text/html' } })
      html = await response.text()
    } catch {
      if (controller.signal.aborted) return
      window.location.assign(url)
      return
    }
    const next = new DOMParser().parseFromString(html, 'text/html')
    const nextForm = next.getElementById('search-form')
    if (!nextForm) {
      window.location.assign(response.url)
      return
    }
    const active = document.activeElement
    const activeId = active?.id
    if (full) {
      form.replaceChildren(...nextForm.childNodes)
    } else {
      for (const region of next.querySelectorAll('[data-swap][id]')) {
        document.getElementById(region.id)?.replaceWith(region)
      }
      const problems = form.querySelector('.problems')
      const nextProblems = nextForm.querySelector('.problems')
      if (problems && nextProblems) problems.replaceWith(nextProblems)
      else if (problems) problems.remove()
      else if (nextProblems) form.querySelector('.search-bar')?.after(nextProblems)
      // Typed tag names were sent and resolved (or not): show the boxes as the server left them.
      for (const name of PICKER_FIELDS) {
        const field = form.querySelector(`[name="${name}"]`)
        const nextField = nextForm.querySelector(`[name="${name}"]`)
        if (field && nextField) field.value = nextField.value
      }
    }
    document.title = next.title
    const canonical = next.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? url
    if (how === 'push') window.history.pushState(null, '', canonical)
    else if (how === 'replace') window.history.replaceState(null, '', canonical)
    shown = window.location.search
    const heading = document.getElementById('results-heading')
    if (focus === 'results') heading?.focus()
    else if (activeId && !document.contains(active)) document.getElementById(activeId)?.focus()
    announce(heading?.textContent ?? '')
  }

  const update = (options) => navigate(formUrl(), options)

  form.addEventListener('submit', (event) => {
    const submitter = event.submitter
    if (submitter && submitter.form !== form) return
    event.preventDefault()
    update()
  })

  form.addEventListener('change', (event) => {
    const field = event.target
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return
    if (PICKER_FIELDS.has(field.name) || !INSTANT.has(field.type)) return
    // Including and excluding the same tag would find nothing: ticking one clears the other.
    if (field.type === 'checkbox' && field.checked) {
      const row = field.closest('.facet-value')
      for (const other of row?.querySelectorAll('input[type="checkbox"]') ?? []) {
        if (other !== field) other.checked = false
      }
    }
    update()
  })

  let findTimer
  form.addEventListener('input', (event) => {
    const field = event.target
    if (!(field instanceof HTMLInputElement) || !field.dataset.facetFind) return
    clearTimeout(findTimer)
    findTimer = setTimeout(() => update({ history: 'replace' }), 250)
  })

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-nav]') : null
    if (!link || event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    const paging = link.closest('.pagination') !== null
    const removing = link.classList.contains('chip') || link.classList.contains('clear-all')
    navigate(link.href, { full: removing, focus: paging || removing ? 'results' : undefined }).then(() => {
      if (paging) document.getElementById('results')?.scrollIntoView()
    })
  })

  window.addEventListener('popstate', () => {
    // A skip link changes only the fragment, which also fires popstate: the search is the same.
    if (window.location.search === shown) return
    navigate(window.location.href, { history: 'none', full: true })
  })

  // Tag autocomplete: each other-tags box becomes a combobox over /suggest.
  const KIND_LABEL = {
    rating: 'Rating',
    warning: 'Archive warning',
    category: 'Category',
    fandom: 'Fandom',
    relationship: 'Relationship',
    character: 'Character',
    era: 'Canon era',
    freeform: 'Additional tag',
  }

  function enhancePicker(picker) {
    const input = picker.querySelector('input')
    if (!input || input.getAttribute('role') === 'combobox') return
    const mode = picker.dataset.tagPicker
    const list = document.createElement('ul')
    list.id = `${input.id}-suggestions`
    list.className = 'suggestions'
    list.setAttribute('role', 'listbox')
    list.setAttribute('aria-label', `Suggested tags`)
    list.hidden = true
    picker.append(list)
    input.setAttribute('role', 'combobox')
    input.setAttribute('aria-autocomplete', 'list')
    input.setAttribute('aria-expanded', 'false')
    input.setAttribute('aria-controls', list.id)

    let options = []
    let current = -1
    let timer
    let asking

    const close = () => {
      list.hidden = true
      input.setAttribute('aria-expanded', 'false')
      input.removeAttribute('aria-activedescendant')
      current = -1
    }
    const highlight = (index) => {
      current = index
      options.forEach((option, i) => {
        option.setAttribute('aria-selected', String(i === index))
      })
      const option = options[index]
      if (option) {
        input.setAttribute('aria-activedescendant', option.id)
        option.scrollIntoView({ block: 'nearest' })
      } else input.removeAttribute('aria-activedescendant')
    }
    const choose = (option) => {
      const param = mode === 'not' ? `${option.dataset.kind}_not` : option.dataset.kind
      const hidden = document.createElement('input')
      hidden.type = 'hidden'
      hidden.name = param
      hidden.value = option.dataset.name
      document.getElementById('hidden-state')?.append(hidden)
      input.value = ''
      close()
      announce(`${mode === 'not' ? 'Excluding' : 'Including'} ${option.dataset.name}`)
      update()
    }
    const suggest = async () => {
      const q = input.value.split(',').at(-1)?.trim() ?? ''
      asking?.abort()
      if (q === '') return close()
      const controller = new AbortController()
      asking = controller
      let tags
      try {
        const response = await fetch(`/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        tags = (await response.json()).tags
      } catch {
        return
      }
      list.replaceChildren()
      options = tags.map((tag, i) => {
        const option = document.createElement('li')
        option.id = `${list.id}-${i}`
        option.setAttribute('role', 'option')
        option.setAttribute('aria-selected', 'false')
        option.dataset.kind = tag.kind
        option.dataset.name = tag.name
        const name = document.createElement('span')
        name.textContent = tag.name
        const meta = document.createElement('span')
        meta.className = 'suggestion-meta'
        const alias = tag.matched.toLowerCase() !== tag.name.toLowerCase() ? ` · “${tag.matched}”` : ''
        meta.textContent = `${KIND_LABEL[tag.kind] ?? tag.kind} · ${tag.works} ${tag.works === 1 ? 'work' : 'works'}${alias}`
        option.append(name, meta)
        option.addEventListener('mousedown', (event) => {
          event.preventDefault()
          choose(option)
        })
        return option
      })
      if (options.length === 0) {
        const none = document.createElement('li')
        none.textContent = 'No tag by that name'
        none.setAttribute('aria-disabled', 'true')
        list.append(none)
      } else list.append(...options)
      list.hidden = false
      input.setAttribute('aria-expanded', 'true')
      highlight(-1)
    }

    input.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(suggest, 150)
    })
    input.addEventListener('keydown', (event) => {
      const open = !list.hidden && options.length > 0
      if (event.key === 'ArrowDown') {
        event.preventDefault()
        if (open) highlight((current + 1) % options.length)
        else suggest()
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault()
        highlight(current <= 0 ? options.length - 1 : current - 1)
      } else if (event.key === 'Enter' && open && current >= 0) {
        event.preventDefault()
        choose(options[current])
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault()
        close()
      }
    })
    input.addEventListener('blur', close)
  }

  const enhance = () => {
    for (const picker of form.querySelectorAll('[data-tag-picker]')) enhancePicker(picker)
  }
  enhance()
  new MutationObserver(enhance).observe(form, { childList: true, subtree: false })
})()
