"""The local API in-process for route tests: a board, an asset store and an httpx client with the token."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from mesh.model.replica import Replica
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from multiplex.api import build_api, install_error_handlers

API_TOKEN = "t0ken"
API_BOARD = "film"


class IdleRunner:
    """What the API asks of the peer runner, for a peer that renders nothing."""

    previews: dict[str, bytes] = {}

    def live_peers(self, board: str) -> list[Any]:
        return []


@dataclass(slots=True)
class ApiHarness:
    client: httpx.AsyncClient
    replica: Replica
    assets: AssetStore


@pytest.fixture
async def api_harness(tmp_path: Path) -> AsyncIterator[ApiHarness]:
    hub = BoardHub(tmp_path / "home")
    replica = hub.open(API_BOARD)
    replica.board.init_meta(API_BOARD, origin="user:t")
    assets = AssetStore(tmp_path / "assets")
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_api(hub, assets, token=API_TOKEN, runner=IdleRunner(), peer_id="p1", name="t"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t",
                                 headers={"authorization": f"Bearer {API_TOKEN}"}) as client:
        yield ApiHarness(client, replica, assets)
    hub.close()
