/**
 * The server's version, read from its package.json: the one source of the OpenAPI document's
 * `info.version` and of what `/health` reports, so the two can never disagree.
 * @module
 */
import packageJson from '../package.json' with { type: 'json' }

export const VERSION: string = packageJson.version
