"""Protocol timings and limits, in one place so tests can shrink them (see tests' `fast_timing`).

How the claim timings relate (docs/claims.md has the full argument):
- CLAIM_SETTLE_S must be at least twice the largest message delay of a "stable" network: then every
  pair of concurrent claims is seen by both claimers before either starts heavy work.
- LEASE_S is how long an owner may stay silent before others may call its claim lapsed; the owner
  renews every LEASE_RENEW_S, so LEASE_S / LEASE_RENEW_S renewals can be lost before a false lapse.
- RANK_DELAY_S staggers claims: the peer ranked r for a job waits r * RANK_DELAY_S before claiming.
"""

from __future__ import annotations

SCHEMA_VERSION = 1

CLAIM_SETTLE_S = 1.0
LEASE_S = 15.0
LEASE_RENEW_S = 4.0
RANK_DELAY_S = 0.75
PEER_TTL_S = 20.0
PEER_BEAT_S = 5.0
MAX_ATTEMPTS = 3
QUARANTINE_AFTER_FAILURES = 2
QUARANTINE_S = 120.0
SCHEDULER_TICK_S = 0.25

LOG_MAX_EVENTS = 500
LOG_TRIM_BATCH = 50

DEFAULT_CLIP_S = 8.0
MAX_CLIP_S = 60.0
MAX_TEXT_CHARS = 20_000
MAX_UPDATE_BYTES = 16 * 1024 * 1024
MAX_ASSET_BYTES = 2 * 1024 * 1024 * 1024
STORE_COMPACT_EVERY = 2_000
