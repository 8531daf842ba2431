#pragma once
// The same analysis written as SQL over plain SQLite tables with integer ids (what analysis_bench compares the
// engine against): held level by the rule, g1/g2, multiplier and weights, per-employee readings and the
// aggregates per agency, agency × competency, competency, position kind and sector.

#include <sqlite3.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "analysis_data.hpp"

namespace bangkom::bench {

inline void Exec(sqlite3* db, const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "SQL error: %s\n%s\n", error ? error : "?", sql.c_str());
        std::exit(1);
    }
}

inline constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = FILE;
CREATE TABLE position (id INTEGER PRIMARY KEY, agency INTEGER, kind INTEGER, sector INTEGER);
CREATE TABLE standard (position INTEGER, competency INTEGER, level REAL, weight REAL,
                       PRIMARY KEY (position, competency)) WITHOUT ROWID;
CREATE TABLE employee (id INTEGER PRIMARY KEY, agency INTEGER, position INTEGER, target INTEGER, status INTEGER);
CREATE TABLE assessment (employee INTEGER, competency INTEGER, source INTEGER, day INTEGER, year INTEGER,
                         level REAL, PRIMARY KEY (employee, competency, source, day)) WITHOUT ROWID;
CREATE TABLE rating (employee INTEGER, year INTEGER, predikat INTEGER, PRIMARY KEY (employee, year)) WITHOUT ROWID;
CREATE TABLE jp (employee INTEGER, year INTEGER, jp INTEGER);
CREATE TABLE proposal (employee INTEGER, competency INTEGER, year INTEGER,
                       PRIMARY KEY (employee, competency, year)) WITHOUT ROWID;
)sql";

// ?1 window first day, ?2 window last day, ?3 analysis year. Sources are stored as their rank in the default
// order (asesmen 0, atasan 1, rekan 2, mandiri 3); predikat as its enum value (weak = 2..4).
inline constexpr const char* kAnalysis = R"sql(
CREATE INDEX jp_employee ON jp (employee, year);
CREATE TEMP TABLE held AS
WITH ranked AS (
  SELECT employee, competency, source, year, level,
         ROW_NUMBER() OVER (PARTITION BY employee, competency ORDER BY source, day DESC) AS rn
  FROM assessment WHERE day BETWEEN ?1 AND ?2)
SELECT t.employee, t.competency,
       CASE WHEN t.source = 2 THEN
         (SELECT AVG(r.level) FROM assessment r WHERE r.employee = t.employee AND r.competency = t.competency
            AND r.source = 2 AND r.year = t.year AND r.day BETWEEN ?1 AND ?2)
       ELSE t.level END AS h
FROM ranked t WHERE t.rn = 1;
CREATE INDEX held_key ON held (employee, competency);
CREATE TEMP TABLE perf AS
SELECT employee, predikat FROM (
  SELECT employee, predikat, ROW_NUMBER() OVER (PARTITION BY employee ORDER BY year DESC) AS rn
  FROM rating WHERE year <= ?3) WHERE rn = 1;
CREATE INDEX perf_key ON perf (employee);
CREATE TEMP TABLE pair AS
WITH req AS (
  SELECT employee, competency, MAX(rc) AS rc, MAX(bc) AS bc, MAX(rt) AS rt, MAX(bt) AS bt FROM (
    SELECT e.id AS employee, s.competency, s.level AS rc, s.weight AS bc, 0 AS rt, 0 AS bt
      FROM employee e JOIN standard s ON s.position = e.position
    UNION ALL
    SELECT e.id, s.competency, 0, 0, s.level, s.weight FROM employee e JOIN standard s ON s.position = e.target)
  GROUP BY employee, competency),
m AS (
  SELECT q.*, h.h,
         1 + 0.5 * (p.employee IS NOT NULL) + 0.5 * (COALESCE(f.predikat, 0) >= 2) AS m
  FROM req q LEFT JOIN held h ON h.employee = q.employee AND h.competency = q.competency
  LEFT JOIN proposal p ON p.employee = q.employee AND p.competency = q.competency AND p.year = ?3
  LEFT JOIN perf f ON f.employee = q.employee)
SELECT employee, competency, rc, bc, h,
       CASE WHEN h IS NULL THEN 0 ELSE MAX(0, rc - h) END AS g1,
       CASE WHEN h IS NULL THEN 0 ELSE MAX(0, rt - MAX(h, rc)) END AS g2,
       CASE WHEN h IS NULL THEN 0 ELSE bc * m END AS w1,
       CASE WHEN h IS NULL THEN 0 ELSE 0.5 * bt * m END AS w2
FROM m;
CREATE INDEX pair_key ON pair (employee);
CREATE TEMP TABLE emp AS
WITH per AS (
  SELECT employee, MAX(g1 > 0 OR g2 > 0) AS comp_gap, COUNT(h) AS assessed, SUM(h IS NULL) AS not_assessed,
         SUM(g1) AS gap, SUM(g2) AS tgap, SUM(w1 * g1 + w2 * g2) AS need,
         100.0 * SUM(CASE WHEN h IS NOT NULL AND rc > 0 THEN bc * MIN(h, rc) END)
               / SUM(CASE WHEN h IS NOT NULL AND rc > 0 THEN bc * rc END) AS potential
  FROM pair GROUP BY employee),
jpy AS (SELECT employee, SUM(jp) AS jp FROM jp WHERE year = ?3 GROUP BY employee)
SELECT e.id, e.agency, COALESCE(po.kind, 13) AS kind, po.sector, e.status,
       COALESCE(per.comp_gap, 0) AS comp_gap, COALESCE(per.assessed, 0) AS assessed,
       COALESCE(per.not_assessed, 0) AS not_assessed, COALESCE(per.gap, 0) AS gap, COALESCE(per.tgap, 0) AS tgap,
       COALESCE(per.need, 0) AS need, COALESCE(j.jp, 0) AS jp,
       CASE WHEN COALESCE(f.predikat, 0) >= 2 THEN (CASE WHEN per.comp_gap THEN 0 ELSE 1 END)
            ELSE (CASE WHEN per.comp_gap THEN 2 ELSE 3 END) END AS akpk,
       CASE WHEN f.predikat IS NULL OR per.potential IS NULL THEN 0
            ELSE CAST(substr(CASE f.predikat WHEN 0 THEN '479' WHEN 1 THEN '258' ELSE '136' END,
                             CASE WHEN per.potential >= 80 THEN 3 WHEN per.potential >= 60 THEN 2 ELSE 1 END, 1)
                      AS INTEGER) END AS box
FROM employee e LEFT JOIN position po ON po.id = e.position LEFT JOIN per ON per.employee = e.id
LEFT JOIN perf f ON f.employee = e.id LEFT JOIN jpy j ON j.employee = e.id;
)sql";

// Employee-group figures (the 20 JP rule applies to PNS and PPPK: the default setting).
inline constexpr const char* kEmployeeGroupColumns = R"sql(
COUNT(*) AS employees, SUM(comp_gap) AS with_gap, SUM(assessed) AS assessed, SUM(not_assessed) AS not_assessed,
SUM(gap) AS gap, SUM(tgap) AS tgap, SUM(need) AS need, SUM(jp >= 20) AS jp_met, SUM(akpk = 0) AS training,
SUM(box = 0) AS no_box, SUM(box = 9) AS box9)sql";

inline constexpr const char* kGroups[] = {
    "CREATE TEMP TABLE by_agency AS SELECT agency, {} FROM emp GROUP BY agency",
    "CREATE TEMP TABLE by_kind AS SELECT kind, {} FROM emp GROUP BY kind",
    "CREATE TEMP TABLE by_sector AS SELECT sector, {} FROM emp GROUP BY sector",
    "CREATE TEMP TABLE total AS SELECT {} FROM emp",
};

inline constexpr const char* kMatrix = R"sql(
CREATE TEMP TABLE matrix AS
SELECT e.agency, p.competency, COUNT(*) AS employees, SUM(p.g1 > 0 OR p.g2 > 0) AS with_gap, COUNT(p.h) AS assessed,
       SUM(p.h IS NULL) AS not_assessed, SUM(p.g1) AS gap, SUM(p.g2) AS tgap, SUM(p.w1 * p.g1 + p.w2 * p.g2) AS need,
       SUM(e.jp >= 20) AS jp_met
FROM pair p JOIN emp e ON e.id = p.employee GROUP BY e.agency, p.competency;
CREATE TEMP TABLE by_competency AS
SELECT competency, SUM(employees), SUM(with_gap), SUM(assessed), SUM(not_assessed), SUM(gap), SUM(need)
FROM matrix GROUP BY competency;
)sql";

}  // namespace bangkom::bench
