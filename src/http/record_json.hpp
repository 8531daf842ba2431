#pragma once
// Records, users and jobs as the JSON of docs/api.md. One generic mapping for every kind: the columns of
// formats::SpecOf(kind) and the typed cells of formats::ToRows (numbers as numbers, empty as null).

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "domain/kinds.hpp"
#include "formats/kind_spec.hpp"
#include "formats/table.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

/// One cell: empty → null, number → integer when the column is whole-valued (integer, money) else double,
/// boolean → bool, text → string (text in a numeric column that parses as a number → number).
boost::json::value CellToJson(const formats::Cell& cell, formats::ColumnType type);
/// Every record as an object keyed by the kind's column names; appended kinds add "id"; 360 feedback shows
/// "penilai_hash" instead of the rater's column.
boost::json::array RecordsToJson(const domain::Records& records);
/// {"id","username","role","agency_code","nip","institution","display_name"}; never the password hash.
boost::json::object UserToJson(const storage::User& user);
/// {"id","kind","state","percent","message","result"} with result parsed from its JSON text (null if none).
boost::json::object JobToJson(const storage::Job& job);
/// "queued", "running", "succeeded", "failed".
const char* JobStateName(storage::JobState state);

}  // namespace bangkom::http
