"""Exports through MCP: every kind comes back (embedded when small, always as a resource), a running one
is waited for by its id, and bad arguments from the internet-facing relay are refused before any work."""

from __future__ import annotations

import base64
import io
import json

import pytest

pytest.importorskip("mcp")
pytest.importorskip("httpx2")

from pypdf import PdfReader

from relay.tokens import Role
from tests.integration.test_mcp import BOARD, Relay, _data, fast_timing, relay  # noqa: F401 - the fixtures


def _shots(relay: Relay, n: int = 2) -> list[str]:  # noqa: F811
    return [relay.board.add_intent(f"Shot {i}: the valley wakes", origin="user:test", duration_s=1.0).id
            for i in range(n)]


async def test_a_viewer_exports_a_pdf_and_a_csv_embedded_and_as_resources(relay: Relay) -> None:  # noqa: F811
    _shots(relay)
    async with relay.client(Role.VIEW) as llm:
        result = await llm.call_tool("export", {"kind": "pdf", "per_page": 3})
        view = _data(result)
        assert view["state"] == "done" and view["pages"] == 1 and view["embedded"]
        embedded = next(c for c in result.content if c.type == "resource")
        pdf = base64.b64decode(embedded.resource.blob)
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert "Shot 0" in text and "Shot 1" in text
        link = next(c for c in result.content if c.type == "resource_link")
        full = await llm.read_resource(link.uri)
        assert base64.b64decode(full.contents[0].blob) == pdf
        csv = await llm.call_tool("export", {"kind": "csv"})
        text = next(c for c in csv.content if c.type == "resource").resource.text
        assert text.count("\n") >= 3 and "Shot 1: the valley wakes" in text


async def test_an_animatic_is_waited_for_by_its_export_id(relay: Relay) -> None:  # noqa: F811
    _shots(relay)
    async with relay.client(Role.VIEW) as llm:
        started = _data(await llm.call_tool("export", {"kind": "animatic", "wait_s": 0}))
        assert started["state"] == "running" and not started["uri"]
        busy = await llm.call_tool("export", {"kind": "edl"})
        assert busy.is_error and "building already" in busy.content[0].text  # one per board at a time
        done = _data(await llm.call_tool("export", {"export_id": started["id"], "wait_s": 40}))
        assert done["state"] == "done" and done["duration_s"] == 2.0 and done["mime"] == "video/mp4"
        assert done["size_bytes"] > 0 and done["uri"].startswith(f"multiplex://exports/{BOARD}/")


@pytest.mark.parametrize("args", [
    {"kind": "exe"},
    {"kind": "pdf", "per_page": 100},
    {"kind": "pdf", "page": "../../etc/passwd"},
    {"kind": "pdf", "wait_s": 1e9},
    {"kind": "pdf", "wait_s": -1},
    {},
    {"kind": "pdf", "export_id": "ex-1"},
    {"export_id": "ex-nope"},
    {"kind": "pdf", "board": "someone-elses"},
])
async def test_bad_arguments_are_refused(relay: Relay, args: dict) -> None:  # noqa: F811
    _shots(relay)
    async with relay.client(Role.VIEW) as llm:
        result = await llm.call_tool("export", args)
        assert result.is_error, result.content
        assert result.content[0].text


async def test_an_empty_storyboard_says_what_to_do(relay: Relay) -> None:  # noqa: F811
    async with relay.client(Role.VIEW) as llm:
        result = await llm.call_tool("export", {"kind": "otio"})
        assert result.is_error and "no shots" in result.content[0].text


async def test_another_boards_token_cannot_read_the_export_resource(relay: Relay) -> None:  # noqa: F811
    _shots(relay)
    async with relay.client(Role.VIEW) as llm:
        done = _data(await llm.call_tool("export", {"kind": "otio"}))
        timeline = json.loads((await llm.read_resource(done["uri"])).contents[0].text)
        assert timeline["OTIO_SCHEMA"].startswith("Timeline")
        with pytest.raises(Exception, match=r"403|cannot read"):
            await llm.read_resource(done["uri"].replace(f"/{BOARD}/", "/elsewhere/"))
