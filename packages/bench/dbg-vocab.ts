import Database from 'better-sqlite3'
const db = new Database(process.env.DB ?? '/work/notes/idx20k.db', { readonly: true })
const st = db.prepare('SELECT term, doc AS docs FROM work_search_terms WHERE term >= ? AND term < ?')
let total = 0, terms = 0
const t0 = performance.now()
for (const l of 'abcdefghijklmnopqrstuvwxyz') {
  const t = performance.now(); const rows = st.all(l, l + '\u{10FFFF}'); const ms = performance.now() - t
  total += ms; terms += rows.length
  if ('amst'.includes(l)) console.log(l, rows.length, ms.toFixed(1), 'ms')
}
console.log('all letters', terms, 'terms', total.toFixed(0), 'ms')
const all = db.prepare("SELECT count(*) FROM work_search_terms").pluck()
let t = performance.now(); console.log('whole vocab count', all.get(), (performance.now() - t).toFixed(0), 'ms')
