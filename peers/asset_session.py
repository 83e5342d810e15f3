"""Assets over the sync session: moved to `mesh.storage.asset_channel` (the relay uses it too)."""

from __future__ import annotations

from mesh.storage.asset_channel import CHUNK_BYTES, MAX_SERVING, REPLY_TIMEOUT_S, WINDOW, AssetChannel

__all__ = ["CHUNK_BYTES", "MAX_SERVING", "REPLY_TIMEOUT_S", "WINDOW", "AssetChannel"]
