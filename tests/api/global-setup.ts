// Builds the template databases (users of every role, with and without the fixture data set) once for the whole
// suite; each test file's server starts from a copy of one. SQLite: files copied per server. PostgreSQL
// (BANGKOM_TEST_DB=postgres): databases in the cluster of BANGKOM_TEST_POSTGRES, copied with CREATE DATABASE …
// TEMPLATE, dropped at the end.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { backend, buildDatabase, pgCreate, pgDatabaseName, pgDrop, pgUrl } from './harness'

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'bangkom-api-template-'))
  if (backend === 'postgresql') return setupPostgres(project, dir)
  const withData = join(dir, 'data.db')
  const empty = join(dir, 'empty.db')
  buildDatabase(withData, dir, true)
  buildDatabase(empty, dir, false)
  project.provide('templateDbs', { withData, empty })
  return () => rmSync(dir, { recursive: true, force: true })
}

function setupPostgres(project: TestProject, dir: string) {
  const withData = pgDatabaseName('tpl_data')
  const empty = pgDatabaseName('tpl_empty')
  const teardown = () => {
    pgDrop(withData)
    pgDrop(empty)
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    pgCreate(withData)
    pgCreate(empty)
    buildDatabase(pgUrl(withData), dir, true)
    buildDatabase(pgUrl(empty), dir, false)
  } catch (e) {
    teardown()
    throw e
  }
  project.provide('templateDbs', { withData, empty })
  return teardown
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** SQLite: template files; PostgreSQL: template database names. */
    templateDbs: { withData: string; empty: string }
  }
}
