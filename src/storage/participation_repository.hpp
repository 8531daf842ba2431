#pragma once
// Repository of proposals (usulan) life cycle and history, proposal windows, +1 demand signals, forum threads and
// posts, inbox notifications (issue 5). Reached through Store::Participation(); each backend implements it in
// sqlite/participation_repository.* and postgres/participation_repository.*, and the contract suite runs on both.

namespace bangkom::storage {

class ParticipationRepository {
  public:
    virtual ~ParticipationRepository() = default;
};

}  // namespace bangkom::storage
