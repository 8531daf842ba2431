#pragma once
// The demo's question bank (issue 7, docs/quiz-api.md): questions on integrity (M.01) and teamwork (M.02) — the
// competencies the BerAKHLAK course raises — in every kind (single, multiple, true/false, numeric), written as
// BKD's. The course's final test draws from them. Running it again adds nothing.

#include <cstdint>

#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

/// Adds the questions when the bank has none for M.01; returns how many were added.
Result<int> BuildQuestionBank(storage::Store& store, int64_t now);

}  // namespace bangkom::app::demo
