"""The error tree of multiplex; every module raises one of these at its trust boundary.

    MultiplexError
    ├── SchemaError          an entry in a board document does not validate
    ├── StoreError           a board store on disk cannot be read or written
    ├── ProtocolError        bytes from another replica or client are malformed
    │   ├── DecodeError
    │   └── FrameTooLarge
    ├── AuthError            a peer or client failed to prove the board key
    ├── ClaimConflict        a claim was lost to another peer
    ├── AssetError
    │   ├── AssetNotFound
    │   ├── AssetIntegrityError   bad hash, bytes that do not match, path escape
    │   ├── UnsupportedMedia      an upload that is not an image, a clip or a sound we accept
    │   └── AssetTooLarge         over the size limit of one asset
    │       └── QuotaExceeded     over a board's upload quota
    ├── DirectiveError       a directive (seed, duration, pin...) has a nonsense value
    └── WorkflowError        a workflow template or user workflow is invalid

Render backend errors (BackendError and its children) belong to the peers that run backends:
`peers.errors`.
"""

from __future__ import annotations

__all__ = [
    "AssetError",
    "AssetIntegrityError",
    "AssetNotFound",
    "AssetTooLarge",
    "AuthError",
    "ClaimConflict",
    "DecodeError",
    "DirectiveError",
    "FrameTooLarge",
    "MultiplexError",
    "ProtocolError",
    "QuotaExceeded",
    "SchemaError",
    "StoreError",
    "UnsupportedMedia",
    "WorkflowError",
]


class MultiplexError(Exception):
    """Base of every error multiplex raises on purpose."""


class SchemaError(MultiplexError):
    """An entry in a board document does not validate."""


class StoreError(MultiplexError):
    """A board store on disk cannot be read or written."""


class ProtocolError(MultiplexError):
    """Bytes from another replica or client are malformed."""


class DecodeError(ProtocolError):
    """A frame or update could not be decoded."""


class FrameTooLarge(ProtocolError):
    """A frame exceeds the configured size limit."""


class AuthError(MultiplexError):
    """A peer or client failed to prove the board key."""


class ClaimConflict(MultiplexError):
    """A claim was lost to another peer."""


class AssetError(MultiplexError):
    """Base of asset store errors."""


class AssetNotFound(AssetError):
    """No asset with this hash is in the store."""


class AssetIntegrityError(AssetError):
    """A hash is malformed, bytes do not match their hash, or a path would escape the store."""


class UnsupportedMedia(AssetError):
    """An upload's bytes are not a media type the canvas or the backends can use (HTTP 415)."""


class AssetTooLarge(AssetError):
    """Bytes over the size limit of one asset (HTTP 413)."""


class QuotaExceeded(AssetTooLarge):
    """An upload would take a board over its upload quota (HTTP 413); the message says how to raise it."""


class DirectiveError(MultiplexError):
    """A directive has a value that makes no sense (negative duration, unknown backend...)."""


class WorkflowError(MultiplexError):
    """A workflow template or user workflow is invalid or cannot run on a server."""
