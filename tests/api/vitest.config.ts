import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// API tests: each file starts its own `bangkom serve` on a temporary database (see harness.ts).
export default defineConfig({
  // The repository root, so that report paths given on the command line (scripts/test.sh) mean the same as in
  // the shell.
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/api/**/*.test.ts'],
    globalSetup: ['tests/api/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
