import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: 'site',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // A browser test makes many round trips to Chromium, which slow down when the machine is busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
