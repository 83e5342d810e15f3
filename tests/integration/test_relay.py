"""A real `multiplex relay` process: every path refused without a valid token, viewers cannot write
through sync, malformed/oversized/too-fast input refused with the relay still serving, revocation
closes what is open, and a relay killed mid-sync loses no update anyone saw from it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from tests.fakes.mesh_peers import wait_until
from tests.integration.relay_helpers import RelayProcess, YClient, close_of

BOARD = "demo"
LIMITS = {"MULTIPLEX_RELAY_MAX_FRAME": "64K", "MULTIPLEX_RELAY_RATE": "50", "MULTIPLEX_RELAY_BURST": "200",
          "MULTIPLEX_RELAY_CONN_PER_TOKEN": "4"}
SHA = "ab" * 32


@pytest.fixture(scope="module")
def relay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RelayProcess]:
    proc = RelayProcess(tmp_path_factory.mktemp("relay") / "home", env=LIMITS)
    proc.token(BOARD, "peer")  # the board exists before the relay starts
    proc.token("other", "view")
    proc.start()
    try:
        yield proc
    finally:
        proc.stop()


def titles(client: YClient) -> set[str]:
    return {i.title for i in client.board.intents()}


def yjs(relay: RelayProcess, token: str | None, board: str = BOARD) -> str:
    return f"{relay.ws}/yjs/{board}" + (f"?token={token}" if token is not None else "")


# -- every path needs a token ---------------------------------------------------------------------------
@pytest.mark.parametrize("path", ["/", f"/board/{BOARD}", f"/assets/{SHA}", f"/api/boards/{BOARD}/cache",
                                  "/anything/else", "/_nicegui_ws/socket.io/?EIO=4&transport=polling"])
def test_http_paths_are_refused_without_a_valid_token(relay: RelayProcess, path: str) -> None:
    assert httpx.get(relay.http + path).status_code == 401
    wrong = httpx.get(relay.http + path, headers={"Authorization": "Bearer mxr_00000000_" + "A" * 43})
    assert wrong.status_code == 401 and "invite" in wrong.json()["error"]
    page = httpx.get(relay.http + path, headers={"Accept": "text/html"})
    assert page.status_code == 401 and "invite link" in page.text  # a browser gets a page saying what to ask for


def test_healthz_is_open_and_says_nothing(relay: RelayProcess) -> None:
    response = httpx.get(relay.http + "/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


def test_a_token_for_another_board_is_forbidden(relay: RelayProcess) -> None:
    token = relay.token("other", "edit")
    auth = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{relay.http}/api/boards/{BOARD}/cache", headers=auth).status_code == 403
    assert httpx.get(f"{relay.http}/board/{BOARD}", headers=auth).status_code == 403
    assert httpx.get(f"{relay.http}/board/{BOARD}?t={token}").status_code == 403
    assert httpx.get(f"{relay.http}/assets/{SHA}", headers=auth).status_code == 403  # not on its board


async def test_the_board_endpoint_closes_with_a_code_and_reason(relay: RelayProcess) -> None:
    other = relay.token("other", "edit")
    async with aiohttp.ClientSession() as s:
        assert await close_of(s, yjs(relay, None)) == (4401, "token required: add ?token=mxr_... (an invite "
                                                              "from the relay's owner)")
        assert (await close_of(s, yjs(relay, "mxr_00000000_" + "A" * 43)))[0] == 4401
        code, reason = await close_of(s, yjs(relay, other))
        assert code == 4403 and "for board 'other'" in reason


def test_the_invite_link_sets_a_session_cookie_and_the_view_page_loads(relay: RelayProcess) -> None:
    token = relay.token(BOARD, "view")
    with httpx.Client(base_url=relay.http) as c:
        first = c.get(f"/board/{BOARD}?t={token}")
        assert first.status_code == 303 and first.headers["location"] == f"/board/{BOARD}"
        assert "HttpOnly" in first.headers["set-cookie"] and token not in first.headers["set-cookie"]
        assert c.get(f"/board/{BOARD}").status_code == 200
        assert c.get("/board/other").status_code == 403
        assert c.get(f"/api/boards/{BOARD}/cache").json()["evicted"] == []


# -- roles on sync ------------------------------------------------------------------------------------
async def test_viewer_writes_never_reach_the_relay_or_another_replica(relay: RelayProcess) -> None:
    edit, view = relay.token(BOARD, "edit"), relay.token(BOARD, "view")
    async with aiohttp.ClientSession() as s:
        editor = await YClient.connect(s, yjs(relay, edit))
        viewer = await YClient.connect(s, yjs(relay, view))
        other = await YClient.connect(s, yjs(relay, edit))
        for c in (editor, viewer, other):
            await asyncio.wait_for(c.synced.wait(), 10)
        viewer.board.add_intent("from the viewer", origin="user:vic")
        editor.board.add_intent("from the editor", origin="user:ana")
        await wait_until(lambda: "from the editor" in titles(other) and "from the editor" in titles(viewer),
                         what="the editor's intent everywhere")
        await asyncio.sleep(0.5)  # the viewer's update was sent before the editor's: it had its chance
        late = await YClient.connect(s, yjs(relay, edit))
        await asyncio.wait_for(late.synced.wait(), 10)
        for c in (other, late, editor):
            assert "from the viewer" not in titles(c)
        assert not viewer.ws.closed  # dropped, not a protocol error: a viewer may keep watching
        for c in (editor, viewer, other, late):
            await c.aclose()


# -- bad input ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("frame", "code"), [(b"\x00\x02\x05ab", 1002), (b"\x07\x00", 1002), ("hello", 1002),
                                             (b"\x00\x02" + b"\x00" * (65 * 1024), 1009)])
async def test_malformed_and_oversized_frames_close_only_that_connection(relay: RelayProcess, frame: bytes | str,
                                                                         code: int) -> None:
    token = relay.token(BOARD, "edit")
    async with aiohttp.ClientSession() as s:
        bystander = await YClient.connect(s, yjs(relay, token))
        await asyncio.wait_for(bystander.synced.wait(), 10)
        bad = await YClient.connect(s, yjs(relay, token))
        await asyncio.wait_for(bad.synced.wait(), 10)
        await bad.send_raw(frame)
        assert await bad.closed() == code
        bystander.board.add_intent(f"still serving after {code}", origin="user:ana")
        fresh = await YClient.connect(s, yjs(relay, token))
        await wait_until(lambda: f"still serving after {code}" in titles(fresh), what="the relay still serving")
        for c in (bystander, fresh):
            await c.aclose()
    async with httpx.AsyncClient() as http:
        assert (await http.get(relay.http + "/healthz")).status_code == 200


async def test_too_many_messages_a_second_close_the_connection(relay: RelayProcess) -> None:
    token = relay.token(BOARD, "view")
    async with aiohttp.ClientSession() as s:
        client = await YClient.connect(s, yjs(relay, token))
        await asyncio.wait_for(client.synced.wait(), 10)
        for _ in range(400):  # burst 200 at 50/s: the relay closes well before the end
            if client.ws.closed:
                break
            await client.send_raw(b"\x00\x00\x01\x00")  # a tiny SYNC_STEP1
        assert await client.closed() == 4429


async def test_connections_per_token_are_capped(relay: RelayProcess) -> None:
    token = relay.token(BOARD, "view")
    async with aiohttp.ClientSession() as s:
        clients = [await YClient.connect(s, yjs(relay, token)) for _ in range(4)]
        for c in clients:
            await asyncio.wait_for(c.synced.wait(), 10)
        code, reason = await close_of(s, yjs(relay, token))
        assert code == 4429 and "too many connections for this token" in reason
        for c in clients:
            await c.aclose()


async def test_revoking_a_token_closes_its_connections_and_sessions(relay: RelayProcess) -> None:
    out = relay.cli("token", "create", "--board", BOARD, "--role", "edit")
    token_id, token = out.split()[1], out.splitlines()[1].strip()
    async with aiohttp.ClientSession() as s:
        client = await YClient.connect(s, yjs(relay, token))
        await asyncio.wait_for(client.synced.wait(), 10)
        async with httpx.AsyncClient(base_url=relay.http) as browser:
            assert (await browser.get(f"/board/{BOARD}?t={token}")).status_code == 303
            assert (await browser.get(f"/api/boards/{BOARD}/cache")).status_code == 200
            relay.cli("token", "revoke", token_id)
            assert await client.closed(10) == 4401
            assert (await browser.get(f"/api/boards/{BOARD}/cache")).status_code == 401
        assert (await close_of(s, yjs(relay, token)))[0] == 4401


# -- durability -----------------------------------------------------------------------------------------
async def test_a_relay_killed_mid_sync_loses_no_update_anyone_saw(tmp_path: Path) -> None:
    relay = RelayProcess(tmp_path / "home")
    edit = relay.token(BOARD, "edit")
    relay.start()
    try:
        async with aiohttp.ClientSession() as s:
            writer = await YClient.connect(s, yjs(relay, edit))
            watcher = await YClient.connect(s, yjs(relay, edit))
            await asyncio.wait_for(writer.synced.wait(), 10)
            await asyncio.wait_for(watcher.synced.wait(), 10)
            for i in range(60):
                writer.board.add_intent(f"shot {i}", origin="user:ana")
                await asyncio.sleep(0.005)
                if i == 40:
                    await wait_until(lambda: len(titles(watcher)) >= 20, what="some shots relayed")
                    relay.kill()  # mid-sync: some shots were relayed, some were in flight
                    break
            seen = titles(watcher)
            assert seen, "nothing was relayed before the kill"
            await watcher.aclose()
            relay.start()
            fresh = await YClient.connect(s, yjs(relay, edit))  # the writer has not come back yet
            await asyncio.wait_for(fresh.synced.wait(), 10)
            assert seen <= titles(fresh)  # everything the relay let anyone see was on its disk first
            writer2 = await YClient.connect(s, yjs(relay, edit), doc=writer.doc)  # the writer reconnects
            await writer.aclose()
            want = {f"shot {i}" for i in range(41)}
            await wait_until(lambda: want <= titles(fresh), what="the writer's catch-up by state vector")
            for c in (fresh, writer2):
                await c.aclose()
    finally:
        relay.stop()
