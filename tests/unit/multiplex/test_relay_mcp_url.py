"""Behind a proxy the relay's MCP metadata names its public address: a client that follows the 401's
`resource_metadata` (or checks the protected resource against the URL it dialled) reaches the relay at
MULTIPLEX_PUBLIC_URL, not the container's loopback port."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from relay.config import RelayConfig

pytest.importorskip("mcp")


async def test_mcp_metadata_names_the_public_url(tmp_path: Path) -> None:
    from multiplex.relay_app import open_relay

    config = RelayConfig(home=tmp_path, port=8471, public_url="https://relay.example")
    async with open_relay(config) as (_service, app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            refused = await http.post("/mcp", json={})
            meta = await http.get("/.well-known/oauth-protected-resource/mcp")
    assert refused.status_code == 401
    assert 'resource_metadata="https://relay.example/.well-known/oauth-protected-resource/mcp"' in \
        refused.headers["www-authenticate"]
    assert meta.json()["resource"] == "https://relay.example/mcp"
