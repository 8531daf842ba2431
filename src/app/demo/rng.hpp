#pragma once
// The demo's own pseudo-random numbers: xoshiro256** seeded by splitmix64. Only integer arithmetic and exact
// double conversions, so the same seed gives the same data set on every platform and standard library
// (std::uniform_*_distribution differs between libstdc++ and libc++).

#include <cstddef>
#include <cstdint>
#include <span>

namespace bangkom::app::demo {

/// splitmix64 step: advances `state` and returns the next well-mixed value.
inline uint64_t SplitMix64(uint64_t& state) {
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/// Named random streams, so that adding draws to one part of the data set leaves the others unchanged.
enum class Stream : uint64_t { positions = 1, employees, history, programs, offerings, surveys, units, peers, classes };

class Rng {
  public:
    explicit Rng(uint64_t seed) {
        uint64_t s = seed;
        for (auto& word : state_) word = SplitMix64(s);
    }
    /// The generator of item `index` of `stream`: independent of how many items other streams drew.
    static Rng For(uint64_t seed, Stream stream, uint64_t index) {
        uint64_t s = seed ^ (static_cast<uint64_t>(stream) * 0xD6E8FEB86659FD93ULL);
        const uint64_t a = SplitMix64(s);
        uint64_t t = a ^ (index * 0x9E3779B97F4A7C15ULL);
        return Rng(SplitMix64(t));
    }

    uint64_t Next() {
        const uint64_t result = Rotl(state_[1] * 5, 7) * 9;
        const uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = Rotl(state_[3], 45);
        return result;
    }
    /// Uniform in [0, n), n > 0 (modulo bias below 2^-40 for the small n used here).
    uint64_t Below(uint64_t n) { return Next() % n; }
    /// Uniform integer in [lo, hi].
    int Between(int lo, int hi) {
        return lo + static_cast<int>(Below(static_cast<uint64_t>(static_cast<int64_t>(hi) - lo + 1)));
    }
    /// Uniform in [0, 1) with 53 bits: an exact conversion.
    double Unit() { return static_cast<double>(Next() >> 11) * (1.0 / 9007199254740992.0); }
    bool Chance(double p) { return Unit() < p; }
    /// An index drawn with the given non-negative integer weights (at least one positive).
    size_t Weighted(std::span<const int> weights) {
        int64_t total = 0;
        for (int w : weights) total += w;
        auto pick = static_cast<int64_t>(Below(static_cast<uint64_t>(total)));
        for (size_t i = 0; i < weights.size(); ++i) {
            if (pick < weights[i]) return i;
            pick -= weights[i];
        }
        return weights.size() - 1;
    }
    template <class T>
    const T& Pick(std::span<const T> items) {
        return items[Below(items.size())];
    }

  private:
    static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t state_[4];
};

}  // namespace bangkom::app::demo
