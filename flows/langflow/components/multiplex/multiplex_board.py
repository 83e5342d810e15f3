"""LangFlow components that storyboard and render on a multiplex board, through a peer's HTTP API.

This file runs inside LangFlow's own venv (LangFlow pins mcp<2 and pydantic<2.14, which multiplex's
environment cannot share), so it imports nothing of multiplex: it talks to a peer's `/api` with the
peer's API token (MULTIPLEX_HOME/api.token). Load it with
``langflow run --components-path flows/langflow/components`` (or LANGFLOW_COMPONENTS_PATH); the three
components appear under "multiplex" in LangFlow's sidebar (docs/langflow.md):

- Multiplex Storyboard: a script -> one intent per shot (a paragraph, or a line with `one_per_line`),
  optionally rendered at once;
- Multiplex Render: render intents (by id) through their pipelines, optionally waiting for the jobs;
- Multiplex Board: read the board's shots in sequence order, with their renders' states.

Every method raises ValueError with the peer's own error text, which LangFlow shows on the component.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid
from typing import Any

import httpx
from lfx.custom.custom_component.component import Component
from lfx.io import BoolInput, DropdownInput, IntInput, MessageTextInput, MultilineInput, Output, SecretStrInput
from lfx.schema.data import Data
from lfx.schema.message import Message

MAX_SHOTS = 200
TERMINAL = ("done", "failed", "cancelled")


def split_script(script: str, *, one_per_line: bool = False) -> list[str]:
    """The shots of a short script: its paragraphs (or lines), stripped, without empty ones or a leading
    "1." / "-" / "*" list mark."""
    parts = script.splitlines() if one_per_line else re.split(r"\n\s*\n", script)
    shots = [re.sub(r"^\s*(?:\d+[.)]|[-*•])\s*", "", " ".join(p.split())) for p in parts]
    return [s for s in shots if s][:MAX_SHOTS]


class _Peer:
    """The few calls these components make to a peer's /api (bearer token)."""

    def __init__(self, url: str, token: str, board: str, timeout_s: float = 30.0) -> None:
        self.base = url.rstrip("/") + "/api"
        self.board = board
        self.headers = {"Authorization": f"Bearer {token}"}
        self.timeout_s = timeout_s

    async def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        try:
            async with httpx.AsyncClient(timeout=self.timeout_s) as client:
                resp = await client.request(method, self.base + path, json=body, headers=self.headers)
        except httpx.HTTPError as exc:
            msg = f"cannot reach the multiplex peer at {self.base}: {exc}"
            raise ValueError(msg) from None
        try:
            data = resp.json()
        except ValueError:
            data = {"error": resp.text[:300]}
        if resp.status_code >= 400:
            msg = f"multiplex peer answered {resp.status_code}: {data.get('error') or data}"
            raise ValueError(msg)
        return data

    async def add_intent(self, text: str, kind: str, user: str) -> str:
        return str((await self.call("POST", f"/boards/{self.board}/intents",
                                    {"text": text, "kind": kind, "user": user}))["id"])

    async def render(self, intent_ids: list[str], user: str, pipeline: str = "") -> dict[str, Any]:
        body: dict[str, Any] = {"intents": intent_ids, "user": user, "key": f"langflow-{uuid.uuid4().hex}"}
        if pipeline:
            body["pipeline"] = pipeline
        return await self.call("POST", f"/boards/{self.board}/render", body)

    async def jobs(self, job_ids: list[str]) -> list[dict[str, Any]]:
        ids = ",".join(job_ids)
        return list((await self.call("GET", f"/boards/{self.board}/jobs?ids={ids}"))["jobs"])

    async def wait(self, job_ids: list[str], wait_s: float) -> list[dict[str, Any]]:
        deadline = time.monotonic() + wait_s
        states = await self.jobs(job_ids)
        while time.monotonic() < deadline and not all(j.get("state") in TERMINAL for j in states):
            await asyncio.sleep(1.0)
            states = await self.jobs(job_ids)
        return states

    async def shots(self) -> list[dict[str, Any]]:
        return list((await self.call("GET", f"/boards/{self.board}/sequence"))["shots"])


def _peer_inputs() -> list[Any]:
    return [
        MessageTextInput(name="peer_url", display_name="Peer URL", value="http://127.0.0.1:8470",
                         info="A multiplex peer's address (its canvas and /api)."),
        SecretStrInput(name="api_token", display_name="API token", required=True,
                       info="The peer's API token: the file MULTIPLEX_HOME/api.token."),
        MessageTextInput(name="board", display_name="Board", value="demo"),
        MessageTextInput(name="user", display_name="As", value="agent:langflow", advanced=True,
                         info="Who the board's activity says made the change."),
    ]


class MultiplexStoryboard(Component):
    display_name = "Multiplex Storyboard"
    description = "Turn a short script into storyboard intents on a multiplex board (one per shot), and render them."
    icon = "clapperboard"
    name = "MultiplexStoryboard"

    inputs = [
        MultilineInput(name="script", display_name="Script", tool_mode=True,
                       info="One shot per paragraph (or per line with 'One shot per line')."),
        *_peer_inputs(),
        DropdownInput(name="kind", display_name="Kind", options=["scene", "character", "style", "timing"],
                      value="scene"),
        BoolInput(name="one_per_line", display_name="One shot per line", value=False, advanced=True),
        BoolInput(name="render", display_name="Render", value=True,
                  info="Render the new intents through their pipelines (a scene: a still, then a clip)."),
        MessageTextInput(name="pipeline", display_name="Pipeline", value="", advanced=True,
                         info="A pipeline name (e.g. expanded_scene); empty: each kind's default."),
    ]
    outputs = [
        Output(display_name="Storyboard", name="storyboard", method="storyboard"),
        Output(display_name="Summary", name="summary", method="summary"),
    ]

    async def storyboard(self) -> Data:
        shots = split_script(self.script or "", one_per_line=bool(self.one_per_line))
        if not shots:
            msg = "the script has no shots (write one per paragraph)"
            raise ValueError(msg)
        peer = _Peer(self.peer_url, self.api_token, self.board)
        ids = [await peer.add_intent(text, self.kind, self.user) for text in shots]
        rendered = await peer.render(ids, self.user, self.pipeline or "") if self.render else {"jobs": []}
        data = {"board": self.board, "intents": ids, "shots": shots, "jobs": rendered.get("jobs", []),
                "preview": rendered.get("preview")}
        self.status = f"{len(ids)} intents, {len(data['jobs'])} jobs"
        return Data(data=data)

    async def summary(self) -> Message:
        data = (await self.storyboard()).data
        lines = [f"{i + 1}. {shot} ({iid})" for i, (shot, iid) in enumerate(zip(data["shots"], data["intents"],
                                                                                strict=True))]
        return Message(text=f"Storyboarded {len(lines)} shots on board {data['board']}, {len(data['jobs'])} "
                            "render jobs:\n" + "\n".join(lines))


class MultiplexRender(Component):
    display_name = "Multiplex Render"
    description = "Render intents of a multiplex board through their pipelines, and optionally wait for the takes."
    icon = "play"
    name = "MultiplexRender"

    inputs = [
        MessageTextInput(name="intent_ids", display_name="Intent ids", tool_mode=True,
                         info="Comma- or space-separated intent ids (or a JSON list)."),
        *_peer_inputs(),
        MessageTextInput(name="pipeline", display_name="Pipeline", value="", advanced=True),
        IntInput(name="wait_s", display_name="Wait (s)", value=0,
                 info="Wait this long for the jobs to finish (0: return at once)."),
    ]
    outputs = [Output(display_name="Jobs", name="jobs", method="render_jobs")]

    async def render_jobs(self) -> Data:
        raw = (self.intent_ids or "").strip()
        ids = json.loads(raw) if raw.startswith("[") else [i for i in re.split(r"[\s,]+", raw) if i]
        if not ids:
            msg = "no intent ids given"
            raise ValueError(msg)
        peer = _Peer(self.peer_url, self.api_token, self.board)
        rendered = await peer.render([str(i) for i in ids], self.user, self.pipeline or "")
        job_ids = list(rendered.get("jobs", []))
        states = await peer.wait(job_ids, float(self.wait_s)) if job_ids and self.wait_s else []
        self.status = f"{len(job_ids)} jobs" + (f", {sum(j['state'] == 'done' for j in states)} done" if states else "")
        return Data(data={"jobs": job_ids, "reused": rendered.get("reused", []), "states": states})


class MultiplexBoard(Component):
    display_name = "Multiplex Board"
    description = "Read a multiplex storyboard: its shots in order, what each says and whether it has a take."
    icon = "layout-grid"
    name = "MultiplexBoard"

    inputs = [*_peer_inputs()]
    outputs = [
        Output(display_name="Shots", name="shots", method="read_shots"),
        Output(display_name="Text", name="text", method="as_text"),
    ]

    async def read_shots(self) -> Data:
        shots = await _Peer(self.peer_url, self.api_token, self.board).shots()
        self.status = f"{len(shots)} shots"
        return Data(data={"board": self.board, "shots": shots})

    async def as_text(self) -> Message:
        shots = (await self.read_shots()).data["shots"]
        lines = [f"{s.get('number') or i + 1}. {s.get('title') or ''}".strip() for i, s in enumerate(shots)]
        return Message(text="\n".join(lines) or "(no shots yet)")
