#pragma once
// Repository of saved plans: versions, status life cycle (draft, submitted, approved, returned) and their content
// (issue 6). Reached through Store::Plans(); each backend implements it in sqlite/plan_repository.* and
// postgres/plan_repository.*, and the contract suite runs on both.

namespace bangkom::storage {

class PlanRepository {
  public:
    virtual ~PlanRepository() = default;
};

}  // namespace bangkom::storage
