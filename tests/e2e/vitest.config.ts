import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// Browser end-to-end flows: one real `bangkom serve` on a temporary database, Debian's Chromium through
// playwright-core. Files run one after another: they share the machine's two cores with the server.
export default defineConfig({
  // The repository root, so that report paths given on the command line (scripts/test.sh) mean the same as in
  // the shell.
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
