/**
 * The SDK's version, sent with every request (`X-Ficdex-Client`, and `User-Agent` where a client may
 * set it) so a server's logs tell which clients call it. A test keeps it equal to package.json's.
 * @module
 */
export const SDK_VERSION = '0.1.0'
