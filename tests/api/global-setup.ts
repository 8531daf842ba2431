// Builds the template database (users of every role + the fixture data set) once for the whole suite;
// each test file's server starts from a copy of it.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildDatabase } from './harness'

let dir = ''

export default function setup(project: TestProject) {
  dir = mkdtempSync(join(tmpdir(), 'bangkom-api-template-'))
  const withData = join(dir, 'data.db')
  const empty = join(dir, 'empty.db')
  buildDatabase(withData, dir, true)
  buildDatabase(empty, dir, false)
  project.provide('templateDbs', { withData, empty })
  return () => rmSync(dir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDbs: { withData: string; empty: string }
  }
}
