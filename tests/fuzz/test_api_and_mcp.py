"""Fuzzing the arguments of the local HTTP API and of the relay's MCP tools.

Properties: the API answers every body with a status below 500, and a refused request (4xx) leaves the
board as it was; an MCP tool either answers or raises ToolError (what the client reads), never an
unexpected error (a traceback on the relay), and a refused call leaves the board as it was.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub

from ._fuzz import few

pytestmark = pytest.mark.fuzz

TOKEN = "t0ken"
BOARD = "film"

scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**64, 2**64), st.floats(), st.text(max_size=12),
                    st.sampled_from(["seed", "scene", "note", "in-1", "user:x", "still", "1e400"]))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)
directive_keys = st.sampled_from(["seed", "duration", "priority", "pin", "backend", "model", "workflow", "fps",
                                  "width", "height", "steps", "cfg", "negative", "slot.x", "zzz"])


# -- the local HTTP API --------------------------------------------------------------------------------
class _Runner:
    previews: dict[str, bytes] = {}

    def set_paused(self, board: str, paused: bool, **_: Any) -> None:
        pass

    def live_peers(self, board: str) -> list[Any]:
        return []


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, str]]:
    from fastapi import FastAPI
    from starlette.testclient import TestClient

    from multiplex.api import build_api, install_error_handlers

    tmp = Path(tmp_path_factory.mktemp("api"))
    hub = BoardHub(tmp / "home")
    replica = hub.open(BOARD)
    replica.board.init_meta(BOARD, origin="user:t")
    intent = replica.board.add_intent("castle", origin="user:t")
    app = FastAPI()
    install_error_handlers(app)
    app.include_router(build_api(hub, AssetStore(tmp / "assets"), token=TOKEN, runner=_Runner(), peer_id="p1",
                                 name="t"))
    with TestClient(app, headers={"authorization": f"Bearer {TOKEN}"}, raise_server_exceptions=False) as client:
        yield client, replica, intent.id
    hub.close()


def _bodies(intent: str) -> st.SearchStrategy[object]:
    ids = st.one_of(st.just(intent), st.text(max_size=8), json_values)
    return st.one_of(
        json_values,
        st.fixed_dictionaries({}, optional={
            "text": json_values, "kind": st.one_of(st.sampled_from(["scene", "style", "x"]), json_values),
            "user": json_values, "fields": st.one_of(st.dictionaries(st.text(max_size=12), json_values, max_size=3),
                                                     json_values),
            "intent": ids, "note": json_values, "asset": json_values, "title": json_values,
            "directives": st.one_of(st.dictionaries(directive_keys, json_values, max_size=3), json_values),
            "intents": st.one_of(st.lists(ids, max_size=3), json_values), "jobs": json_values,
            "key": json_values, "paused": json_values, "peer": json_values}),
    )


ROUTES = ["intents", "comps", "render", "preview", "cancel", "pause"]


@few(2)
@given(data=st.data(), route=st.sampled_from(ROUTES), raw=st.booleans())
@example(data=None, route="intents", raw=False)
def test_api_bodies_get_a_4xx_never_a_500_and_refusals_change_nothing(api, data: Any, route: str,
                                                                      raw: bool) -> None:
    client, replica, intent = api
    body = {"fields": {"duration_s": 1e400}, "text": "x"} if data is None else data.draw(_bodies(intent))
    before = replica.doc.get_state()
    content = json.dumps(body).encode() if not raw or data is None else data.draw(st.binary(max_size=60))
    r = client.post(f"/api/boards/{BOARD}/{route}", content=content)
    assert r.status_code < 500, (route, body, r.text[:300])
    if r.status_code >= 400:
        assert replica.doc.get_state() == before, (route, body)
        assert "error" in r.json()


@few(2)
@given(ids=st.text(max_size=40), board=st.text(max_size=20))
def test_api_get_routes_never_500(api, ids: str, board: str) -> None:
    client, _, _ = api
    board = quote(board, safe="")
    for path in (f"/api/boards/{BOARD}/jobs", f"/api/boards/{board}", f"/api/previews/{board}"):
        r = client.get(path, params={"ids": ids})
        assert r.status_code < 500, (path, ids, r.text[:300])


# -- the relay's MCP tools -----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def mcp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Any, str, Any]]:
    pytest.importorskip("mcp")
    from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
    from mcp.server.mcpserver import Context

    from relay.mcp import GrantVerifier, McpSettings, build_mcp_server
    from relay.tokens import Role, TokenStore

    tmp = Path(tmp_path_factory.mktemp("mcp"))
    hub = BoardHub(tmp / "home")
    replica = hub.open(BOARD)
    replica.board.init_meta(BOARD, origin="user:t")
    intent = replica.board.add_intent("castle", origin="user:t")
    tokens = TokenStore(tmp / "tokens.json")
    token, _ = tokens.create(BOARD, Role.RENDER, "fuzz")
    server, _live = build_mcp_server(hub, AssetStore(tmp / "assets"), tokens, McpSettings(public_url="http://relay"))
    access = asyncio.run(GrantVerifier(tokens, "http://relay/mcp").verify_token(token))
    user = AuthenticatedUser(access)
    context = Context(request_context=SimpleNamespace(request=SimpleNamespace(scope={"user": user}),
                                                      meta=None, request_id="fuzz", session=None),
                      mcp_server=server)
    yield server, replica, intent.id, context
    hub.close()


TOOLS = ["list_boards", "read_board", "preview_render", "job_status", "list_peers", "read_narration", "get_take",
         "add_intent", "edit_intent", "move_intent", "delete_intent", "add_note", "add_directives",
         "add_reference_image", "link", "render", "cancel", "edit_shot"]


def _arguments(intent: str) -> st.SearchStrategy[dict[str, object]]:
    ids = st.one_of(st.just(intent), st.text(max_size=8), json_values)
    return st.fixed_dictionaries({}, optional={
        "board": st.one_of(st.just(BOARD), json_values), "intent_id": ids, "intent_ids": st.one_of(
            st.lists(ids, max_size=2), json_values), "job_ids": json_values, "take_id": ids,
        "text": json_values, "kind": st.one_of(st.sampled_from(["scene", "comp", "next", "x"]), json_values),
        "position": json_values, "duration_s": json_values, "title": json_values, "description": json_values,
        "fields": st.one_of(st.dictionaries(st.sampled_from(["shot_size", "lens", "duration_s", "zz", "chosen"]),
                                            json_values, max_size=3), json_values),
        "note": json_values, "directives": st.one_of(st.dictionaries(directive_keys, json_values, max_size=3),
                                                     json_values),
        "image_base64": st.one_of(st.just("iVBORw0KGgo="), json_values), "src": ids, "dst": ids,
        "idempotency_key": json_values, "wait_s": st.just(0.0), "locked": json_values, "cut_in": json_values,
        "cut_out": json_values})


@few(2)
@given(data=st.data(), tool=st.sampled_from(TOOLS))
def test_mcp_tools_answer_or_raise_tool_error_and_refusals_change_nothing(mcp, data: Any, tool: str) -> None:
    from mcp.server.mcpserver.exceptions import ToolError

    server, replica, intent, context = mcp
    arguments = data.draw(_arguments(intent))
    before = replica.doc.get_state()
    start = time.monotonic()
    try:
        asyncio.run(server.call_tool(tool, arguments, context))
    except ToolError as exc:
        if type(exc) is not ToolError:  # UnexpectedToolError: the tool crashed
            raise AssertionError(f"{tool}({arguments!r}) crashed: {exc!r} from {exc.__cause__!r}") from exc
        assert replica.doc.get_state() == before, (tool, arguments)
    assert time.monotonic() - start < 30, (tool, arguments)


def test_the_mcp_fuzz_reaches_the_tools(mcp) -> None:
    """Guard: the fake request context carries a real grant, so the fuzz is not all 401 refusals."""
    server, replica, _, context = mcp
    before = len(replica.board.intents())
    asyncio.run(server.call_tool("add_intent", {"text": "a new shot"}, context))
    assert len(replica.board.intents()) == before + 1


@pytest.mark.parametrize("arguments", [{"text": "x", "duration_s": 1e400}, {"text": "x", "position": 10**30},
                                       {"text": "x", "position": -10**30}])
def test_mcp_add_intent_with_extreme_numbers_is_refused_cleanly(mcp, arguments: dict[str, object]) -> None:
    from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError

    server, _, _, context = mcp
    try:
        asyncio.run(server.call_tool("add_intent", arguments, context))
    except UnexpectedToolError as exc:
        raise AssertionError(f"crashed: {exc.__cause__!r}") from exc
    except ToolError:
        pass
