"""The relay's settings: forwarded headers are believed only from the proxies named."""

from __future__ import annotations

from pathlib import Path

import pytest

from relay.config import RelayConfig, RelayConfigError


def test_forwarded_headers_are_trusted_only_from_named_proxies(tmp_path: Path) -> None:
    assert RelayConfig.from_env({"MULTIPLEX_HOME": str(tmp_path)}).trusted_proxies == "127.0.0.1"
    env = {"MULTIPLEX_HOME": str(tmp_path), "MULTIPLEX_RELAY_TRUSTED_PROXIES": "10.0.1.5, 10.0.1.6"}
    assert RelayConfig.from_env(env).trusted_proxies == "10.0.1.5, 10.0.1.6"
    env["MULTIPLEX_RELAY_TRUSTED_PROXIES"] = "*"
    assert RelayConfig.from_env(env).trusted_proxies == "*"
    env["MULTIPLEX_RELAY_TRUSTED_PROXIES"] = "evil host; rm"
    with pytest.raises(RelayConfigError, match="MULTIPLEX_RELAY_TRUSTED_PROXIES"):
        RelayConfig.from_env(env)


def test_sizes_name_the_variable(tmp_path: Path) -> None:
    env = {"MULTIPLEX_HOME": str(tmp_path), "MULTIPLEX_RELAY_CACHE": "lots"}
    with pytest.raises(RelayConfigError, match="MULTIPLEX_RELAY_CACHE"):
        RelayConfig.from_env(env)
    env["MULTIPLEX_RELAY_CACHE"] = "2G"
    assert RelayConfig.from_env(env).cache_bytes == 2 * 1024**3


def test_mcp_settings_come_from_the_environment(tmp_path: Path) -> None:
    base = {"MULTIPLEX_HOME": str(tmp_path)}
    config = RelayConfig.from_env(base)
    assert (config.mcp_allow_private_urls, config.mcp_allowed_hosts) == (False, ())
    config = RelayConfig.from_env({**base, "MULTIPLEX_MCP_ALLOW_PRIVATE_URLS": "1",
                                   "MULTIPLEX_MCP_ALLOWED_HOSTS": "relay.example, relay.example:443"})
    assert (config.mcp_allow_private_urls, config.mcp_allowed_hosts) == (True, ("relay.example", "relay.example:443"))
    with pytest.raises(RelayConfigError, match="MULTIPLEX_MCP_ALLOW_PRIVATE_URLS"):
        RelayConfig.from_env({**base, "MULTIPLEX_MCP_ALLOW_PRIVATE_URLS": "maybe"})
