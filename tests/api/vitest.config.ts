import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

// API tests: each file starts its own `bangkom serve` on a temporary database (see harness.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  test: {
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
})
