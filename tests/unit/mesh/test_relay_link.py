"""RelayLink without a network: URLs, TLS trust, and the token kept out of every message."""

from __future__ import annotations

import ssl
from pathlib import Path

import aiohttp
import pytest
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from mesh.model.replica import Replica
from mesh.net.relay_link import RelayLink, relay_board_url, relay_ssl_context
from mesh.net.sync import SyncNode

TOKEN = "mxr_0123abcd_" + "Zz-_" * 10 + "abc"


def test_the_board_url_goes_under_the_base_and_never_holds_the_token() -> None:
    assert relay_board_url("wss://relay.example/", "film") == "wss://relay.example/yjs/film"
    assert relay_board_url("wss://relay.example/mx", "ep 1") == "wss://relay.example/mx/yjs/ep%201"


def test_a_ca_file_that_is_not_a_certificate_raises(tmp_path: Path) -> None:
    junk = tmp_path / "ca.pem"
    junk.write_text("junk", encoding="utf-8")
    with pytest.raises(ssl.SSLError):
        relay_ssl_context(junk)
    assert relay_ssl_context().verify_mode == ssl.CERT_REQUIRED


async def test_an_error_that_names_the_url_comes_out_without_the_token() -> None:
    node = SyncNode({"film": Replica("film")}, peer_id="home")
    link = RelayLink(node, "film", "wss://relay.example", TOKEN)
    url = URL("wss://relay.example/yjs/film").with_query(token=TOKEN)
    info = aiohttp.RequestInfo(url, "GET", CIMultiDictProxy(CIMultiDict()), url)
    exc = aiohttp.WSServerHandshakeError(info, (), status=502, message="Bad Gateway")
    assert TOKEN in str(exc)  # what aiohttp would have put in a log line
    described = link._describe(exc)
    assert TOKEN not in described and "<token>" in described and "502" in described
    assert TOKEN not in repr(link)
    await node.aclose()
