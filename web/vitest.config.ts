import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  // The repository root, so that report paths given on the command line (scripts/test.sh) mean the same as in
  // the shell.
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [vue()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    // Pure helpers run in Node; component tests ask for jsdom in their first line.
    environment: 'node',
    include: ['web/src/**/*.test.ts'],
    // The first navigation of a router test transforms the lazily imported page on the spot: on a loaded 2-core
    // machine that alone can pass vitest's default 5 s.
    testTimeout: 20_000,
  },
})
