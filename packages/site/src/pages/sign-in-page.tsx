/**
 * The member sign-in form.
 * @module
 */
import { Layout, type PageContext } from '../components/layout.js'

export interface SignInProps {
  page: PageContext
  back: string
  /** Why the last attempt failed, if it did. */
  error?: string
}

export function SignInPage({ page, back, error }: SignInProps) {
  return (
    <Layout page={page} title="Member sign-in">
      <section class="sign-in" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">Member sign-in</h1>
        <p>Members can also find and read the works that are for members only.</p>
        {error && (
          <p class="problems" role="alert" id="sign-in-error">
            {error}
          </p>
        )}
        <form method="post" action="/sign-in">
          <input type="hidden" name="back" value={back} />
          <label for="password">Member password</label>
          <input
            type="password"
            id="password"
            name="password"
            required
            autocomplete="current-password"
            aria-describedby={error ? 'sign-in-error' : undefined}
          />
          <button type="submit">Sign in</button>
        </form>
      </section>
    </Layout>
  )
}
