/**
 * What the reader sees when a page cannot be shown.
 * @module
 */
import { Layout, type PageContext } from '../components/layout.js'

export function ErrorPage({ page, title, message }: { page: PageContext; title: string; message: string }) {
  return (
    <Layout page={page} title={title}>
      <section class="error-page" aria-labelledby="error-heading">
        <h1 id="error-heading">{title}</h1>
        <p>{message}</p>
        <p>
          <a href="/">Search the archive</a>
        </p>
      </section>
    </Layout>
  )
}
