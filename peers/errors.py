"""Render backend errors: what a backend raises when it cannot run a job, and whose fault that is.

    MultiplexError (mesh.errors)
    └── BackendError
        ├── BackendUnavailable    server down, driver missing, model missing
        ├── BackendTimeout
        ├── RenderCancelled       cancelled by a person or because the claim was lost
        └── RenderFailed          the backend ran and failed (OOM, node error...)
            └── InputError        the job's own inputs are unusable: not the peer's fault

The runner maps them onto the claim protocol: unavailable and timeouts count against this peer's health,
an input error does not (another peer would fail the same way).
"""

from __future__ import annotations

from mesh.errors import MultiplexError

__all__ = ["BackendError", "BackendTimeout", "BackendUnavailable", "InputError", "RenderCancelled", "RenderFailed"]


class BackendError(MultiplexError):
    """Base of render backend errors."""


class BackendUnavailable(BackendError):
    """The backend cannot run now: server down, driver missing, model missing."""


class BackendTimeout(BackendError):
    """The backend did not answer in time."""


class RenderFailed(BackendError):
    """The backend ran the job and it failed (OOM, node error, encoder error)."""


class RenderCancelled(BackendError):
    """The run was cancelled by a person or because the claim was lost."""


class InputError(RenderFailed):
    """The job's own inputs are unusable (undecodable reference, nonsense size or duration).

    Another peer would fail the same way, so it does not count against this peer's health
    (no quarantine); the job still gets its attempts and then fails with this reason.
    """
