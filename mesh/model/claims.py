"""The claim protocol: how peers agree, over an eventually consistent document, who renders a job.

There is no lock. Each peer writes only its own claim entries (``jobs[j].claims[claim_id]``), so writes
never conflict; the owner is *computed*: the live claim with the smallest (stamp, peer) wins on every
replica that has seen the same claims. Protocol, per peer and job (docs/claims.md has the proofs):

1. claim only a job that looks open (queued or lost) and whose dependencies are done, and only after
   waiting ``rank * RANK_DELAY_S`` (rank from `mesh.model.scheduling`) since the job was first seen open;
2. the run may begin at once (no idle wait), but it counts only once our claim has won: after
   ``CLAIM_SETTLE_S`` we `confirm` — the winner marks it started, every other claimer withdraws and stops
   its run; a claimer that sees a competing claim sorting first (`beaten`) stops at once. So on a stable
   network two runs of one job overlap for at most ``CLAIM_SETTLE_S`` and only the winner records a result;
3. while running, bump ``renewed`` every ``LEASE_RENEW_S``;
4. any peer that sees a live claim's ``renewed`` unchanged for ``LEASE_S`` of *its own* monotonic time
   marks it lapsed (no wall clocks compared, so clock skew cannot lapse a lease);
5. finish with ``done`` + outputs, or ``failed`` + reason. A lapsed owner that finishes still records its
   outputs: they become an alternative take, never dropped.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from pycrdt import Map

from mesh._log import get_logger
from mesh.model.board import Board
from mesh.model.hlc import HLC
from mesh.model.jobs import ClaimView, Job, JobState, job, jobs

__all__ = ["ClaimAgent", "LeaseWatch", "new_claim_id"]

log = get_logger("mesh.model.claims")


@dataclass(slots=True)
class _Seen:
    value: int
    since: float


class LeaseWatch:
    """Remembers, in local monotonic time, when each watched counter last changed."""

    def __init__(self, *, max_entries: int = 100_000) -> None:
        self._seen: dict[str, _Seen] = {}
        self._max = max_entries

    def age(self, key: str, value: int, now: float) -> float:
        """Seconds since `value` of `key` last changed (0 the first time it is seen)."""
        seen = self._seen.get(key)
        if seen is None or seen.value != value:
            if seen is None and len(self._seen) >= self._max:
                self._seen.pop(next(iter(self._seen)))
            self._seen[key] = _Seen(value, now)
            return 0.0
        return now - seen.since

    def forget(self, key: str) -> None:
        self._seen.pop(key, None)


def new_claim_id(peer_id: str) -> str:
    """A claim id no process of any peer has used: ``<peer>#<64 random bits>``.

    Random, not derived from a clock or a counter: a restarted peer (whose counter starts again) with its
    clock set back reissued an earlier id, overwrote that attempt's record, and observers lapsed the new
    claim at once because its lease counter looked unchanged for long. Nothing orders claims by id — the
    winner is the smallest (stamp, peer) — so ids need only be unique.
    """
    return f"{peer_id}#{secrets.token_hex(8)}"


class ClaimAgent:
    """One peer's side of the protocol on one board. Only this class writes claim entries."""

    def __init__(self, board: Board, peer_id: str, *, hlc: HLC | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.board = board
        self.peer_id = peer_id
        self.origin = f"peer:{peer_id}"
        self.hlc = hlc or HLC()
        self.clock = clock
        self.watch = LeaseWatch()
        self._final: set[str] = set()

    def active_jobs(self) -> list[Job]:
        """Jobs that may still change hands: done, failed and cancelled jobs are final, so they are
        remembered and skipped — a long-lived board has mostly final jobs. The one way back is a done
        job whose output went missing everywhere (`mark_gone`); that only matters to a job depending on
        it, so the dependencies of the active jobs are re-checked (cost proportional to active jobs)."""
        out = []
        for job_id in self.board.jobs_root.keys():  # keys only: reading a final job's map costs
            if job_id in self._final:
                continue
            raw = self.board.jobs_root.get(job_id)
            if not isinstance(raw, Map):
                continue
            j = Job(self.board, job_id, raw)
            if j.own_state().terminal:
                self._final.add(job_id)
            else:
                out.append(j)
        for dep_id in {d for j in out for d in j.deps if d in self._final}:
            dep = job(self.board, dep_id)
            if dep is not None and not dep.own_state().terminal:
                self._final.discard(dep_id)
                out.append(dep)
        return sorted(out, key=lambda j: (j.created, j.id))

    # -- reading ----------------------------------------------------------------------------------
    def claimable(self, j: Job) -> bool:
        """Open, dependencies done, its intent visible here, and not already holding a live claim of ours.

        A replica can hold a job before the intent it renders (updates arrive out of order); claiming
        it then would burn an attempt on a request this peer cannot build yet.
        """
        if j.state() not in (JobState.QUEUED, JobState.LOST) or self.board.block(j.intent_id) is None:
            return False
        return not any(c.peer == self.peer_id and c.live for c in j.claims())

    def mine(self, j: Job) -> list[ClaimView]:
        return [c for c in j.claims() if c.peer == self.peer_id]

    # -- writing ----------------------------------------------------------------------------------
    def _claims_map(self, j: Job) -> Map:
        raw = j.map.get("claims")
        if not isinstance(raw, Map):
            raw = Map()
            j.map["claims"] = raw
        return raw

    def claim(self, job_id: str) -> str:
        """Write a claim on an open job. The caller may start the run at once, but must `confirm` the
        claim after CLAIM_SETTLE_S and stop the run (recording nothing) unless it is confirmed."""
        j = self._job(job_id)
        for c in j.claims():
            try:
                self.hlc.observe(HLC.decode(c.stamp))
            except ValueError:  # another replica wrote something that is no HLC stamp: ignore it
                continue
        claims = self._claims_map(j)
        claim_id = new_claim_id(self.peer_id)
        while claim_id in claims:  # 2^-64 per pair; an attempt record is never overwritten
            claim_id = new_claim_id(self.peer_id)
        stamp = HLC.encode(self.hlc.now())
        with self.board.transact(self.origin):
            claims[claim_id] = Map({"peer": self.peer_id, "stamp": stamp, "renewed": 0})
        log.debug("claimed %s (%s) as %s", job_id, j.stage, claim_id)
        return claim_id

    def beaten(self, job_id: str, claim_id: str) -> bool:
        """True once our claim can no longer win: a competing live claim sorts before it (or ours is no
        longer live). The claimer then withdraws and stops its run before the settle window ends. Safe
        to act on early: the smallest live claim is never beaten, so some claim always survives."""
        j = self._job(job_id)
        live = [c for c in j.claims() if c.live]
        return not any(c.id == claim_id for c in live) or live[0].id != claim_id

    def confirm(self, job_id: str, claim_id: str) -> bool:
        """After the settle window: start if we won, withdraw otherwise. Returns True to run."""
        j = self._job(job_id)
        winner = j.winner()
        # Finished, failed for good or cancelled elsewhere while we were syncing (e.g. after a restart with
        # an old replica): "failed" is final, so a late claim never turns it into a run.
        settled = j.own_state() in (JobState.DONE, JobState.FAILED, JobState.CANCELLED)
        deps_done = all((d := job(self.board, dep_id)) is not None and d.state() is JobState.DONE
                        for dep_id in j.deps)
        if winner is not None and winner.id == claim_id and not j.cancelled and not settled and deps_done:
            self._set(j, claim_id, started=True)
            return True
        self._set(j, claim_id, withdrawn=True)
        return False

    def renew(self, job_id: str, claim_id: str) -> bool:
        """Bump the lease; False when the claim was lapsed by others or the job was cancelled."""
        j = self._job(job_id)
        mine = next((c for c in j.claims() if c.id == claim_id), None)
        if mine is None:
            return False
        self._set(j, claim_id, renewed=mine.renewed + 1)
        return mine.live and not j.cancelled

    def finish(self, job_id: str, claim_id: str, outputs: list[str]) -> None:
        """Record a finished run. Outputs are kept even if our claim lapsed meanwhile (a late take)."""
        self._set(self._job(job_id), claim_id, done=True, outputs=list(outputs))

    def fail(self, job_id: str, claim_id: str, reason: str) -> None:
        self._set(self._job(job_id), claim_id, failed=(reason or "failed")[:500])

    def mark_gone(self, job_id: str, claim_id: str) -> None:
        """Say a done run's outputs are on no live peer (its peer died before anyone copied them): the
        job reopens and is rendered again. Like `lapsed`, anyone may set it, and only ever to true."""
        self._set(self._job(job_id), claim_id, gone=True)

    def cancelled(self, job_id: str, claim_id: str) -> None:
        self._set(self._job(job_id), claim_id, cancelled=True)

    def abandon_stale(self) -> list[str]:
        """On start: our live claims from an earlier process are not running any more; lapse them."""
        stale = []
        for j in jobs(self.board):
            for c in self.mine(j):
                if c.live:
                    self._set(j, c.id, lapsed=True)
                    stale.append(j.id)
        return stale

    def withdraw(self, job_id: str, claim_id: str) -> None:
        """Give a claim back (graceful stop): the job reopens at once and no attempt is counted."""
        self._set(self._job(job_id), claim_id, withdrawn=True)

    def sweep(self, active: list[Job] | None = None) -> list[tuple[str, str]]:
        """Mark lapsed every live claim (of another peer) not renewed for LEASE_S of local time.
        `active` is this tick's `active_jobs()`, when the caller has it already."""
        from mesh import const  # read at call time: tests shrink the timings

        now = self.clock()
        lapsed = []
        for j in self.active_jobs() if active is None else active:
            if j.own_state() not in (JobState.CLAIMED, JobState.RENDERING):
                continue
            for c in j.claims():
                if not c.live or c.peer == self.peer_id:
                    continue
                if self.watch.age(c.id, c.renewed, now) >= const.LEASE_S:
                    self._set(j, c.id, lapsed=True)
                    self.watch.forget(c.id)
                    lapsed.append((j.id, c.id))
        return lapsed

    def _set(self, j: Job, claim_id: str, **fields: object) -> None:
        claims = self._claims_map(j)
        with self.board.transact(self.origin):
            entry = claims.get(claim_id)
            if not isinstance(entry, Map):
                return
            for key, value in fields.items():
                entry[key] = value

    def _job(self, job_id: str) -> Job:
        j = job(self.board, job_id)
        if j is None:
            raise KeyError(f"no job {job_id!r} on board {self.board.name!r}")
        return j
