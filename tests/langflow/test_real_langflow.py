"""Against a real LangFlow 1.13 (tests/langflow/conftest.py installs and starts it): a flow run as a pipeline
stage, the custom multiplex components loaded by LangFlow and storyboarding onto a real peer, and
LangFlow's own MCP client calling the relay's MCP server."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from peers.backends.base import RenderRequest
from peers.backends.langflow import LangflowBackend, LangflowError
from tests.integration.test_cli_e2e import Peer, free_port

from .conftest import ROOT, RealLangflow

# pytest-timeout counts the session fixture too: installing (~1 min) and starting LangFlow (~40 s alone, minutes
# on a busy 2-core box) come before the first test
pytestmark = [pytest.mark.langflow, pytest.mark.timeout(1800)]

FLOWS = ROOT / "flows" / "langflow"
SUFFIX = ", cinematic film still, dramatic light, 35mm, shallow depth of field"


def flow_file(name: str) -> dict[str, object]:
    return json.loads((FLOWS / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def expand(langflow: RealLangflow) -> str:
    return langflow.upload(flow_file("expand_prompt.json"), "expand-prompt")


def _progress(fraction: float, msg: str, preview: bytes | None = None) -> None:
    return None


@pytest.mark.parametrize("stream", [True, False])
async def test_the_shipped_flow_runs_as_a_stage_through_the_backend(langflow: RealLangflow, expand: str,
                                                                    tmp_path: Path, stream: bool) -> None:
    backend = LangflowBackend(langflow.url, api_key=langflow.api_key, stream=stream)
    try:
        for flow in ("expand-prompt", expand):  # by endpoint name and by id
            request = RenderRequest(job_id="j1", stage="flow", prompt="a lighthouse at dusk", params={"flow": flow})
            (out,) = await backend.run(request, workdir=tmp_path, progress=_progress)
            assert out.path.read_text(encoding="utf-8") == "a lighthouse at dusk" + SUFFIX
        with pytest.raises(LangflowError, match="has no flow 'nope'"):
            await backend.run(RenderRequest(job_id="j2", stage="flow", prompt="x", params={"flow": "nope"}),
                              workdir=tmp_path, progress=_progress)
    finally:
        await backend.close()
    wrong = LangflowBackend(langflow.url, api_key="sk-wrong", flow="expand-prompt", stream=stream)
    try:
        with pytest.raises(LangflowError, match="403: Invalid or missing API key"):
            await wrong.run(RenderRequest(job_id="j3", stage="flow", prompt="x"), workdir=tmp_path, progress=_progress)
    finally:
        await wrong.close()


def test_the_custom_components_load_and_storyboard_onto_a_real_peer_that_runs_the_flow_stage(
        langflow: RealLangflow, expand: str, tmp_path: Path) -> None:
    listed = httpx.get(f"{langflow.url}/api/v1/all", headers=langflow.auth(), timeout=60).json()
    loaded = [name for category in listed.values() if isinstance(category, dict) for name in category]
    for component in ("MultiplexStoryboard", "MultiplexRender", "MultiplexBoard"):
        assert any(component in name for name in loaded), [n for n in loaded if "ultiplex" in n]
    peer = Peer(tmp_path / "home", free_port())
    peer.env.update({"MULTIPLEX_LANGFLOW": langflow.url, "MULTIPLEX_LANGFLOW_API_KEY": langflow.api_key})
    peer.start()
    try:
        token = (peer.home / "api.token").read_text(encoding="utf-8").strip()
        langflow.upload(flow_file("storyboard_script.json"), "storyboard-script")
        tweaks = {"MultiplexStoryboard-1": {"peer_url": f"http://127.0.0.1:{peer.port}", "api_token": token,
                                            "board": "demo", "pipeline": "expanded_scene"}}
        script = "A lighthouse at dusk.\n\nThe keeper climbs the stairs."
        r = httpx.post(f"{langflow.url}/api/v1/run/storyboard-script", headers={"x-api-key": langflow.api_key},
                       json={"input_value": script, "tweaks": tweaks}, timeout=120)
        assert r.status_code == 200, r.text
        text = r.json()["outputs"][0]["outputs"][0]["results"]["message"]["text"]
        assert text.startswith("Storyboarded 2 shots on board demo, 6 render jobs"), text
        api = f"http://127.0.0.1:{peer.port}/api/boards/demo"
        auth = {"Authorization": f"Bearer {token}"}
        deadline = time.monotonic() + 240
        while True:
            jobs = httpx.get(f"{api}/jobs", headers=auth, timeout=30).json()["jobs"]
            if (jobs and all(j["state"] in ("done", "failed") for j in jobs)) or time.monotonic() > deadline:
                break
            time.sleep(1)
        assert [j["state"] for j in jobs] == ["done"] * 6, jobs
        board = httpx.get(api, headers=auth, timeout=30).json()
        texts = sorted(Path(a["path"]).read_text(encoding="utf-8") for a in board["gen_art"] if a["stage"] == "flow")
        assert texts == ["A lighthouse at dusk." + SUFFIX, "The keeper climbs the stairs." + SUFFIX]
        shots = httpx.get(f"{api}/sequence", headers=auth, timeout=30).json()["shots"]
        assert [s["title"] for s in shots][-2:] == ["A lighthouse at dusk.", "The keeper climbs the stairs."]
    finally:
        peer.stop()


MCP_CLIENT = r'''
import asyncio, json, sys
from lfx.base.mcp.util import MCPStreamableHttpClient

async def main(url, token):
    client = MCPStreamableHttpClient()  # what LangFlow's MCP Tools component connects with
    tools = await client.connect_to_server(url, headers={"Authorization": f"Bearer {token}"})
    added = await client.run_tool("add_intent", {"text": "Wide shot of a harbour at dawn"})
    intent = json.loads(added.content[0].text)
    board = await client.run_tool("read_board", {})
    rendered = await client.run_tool("render", {"intent_ids": [intent.get("id") or intent.get("intent_id")],
                                                "idempotency_key": "langflow-test-1"})
    await client.disconnect()
    print(json.dumps({"tools": sorted(t.name for t in tools), "intent": intent,
                      "board": [c.text for c in board.content], "render": [c.text for c in rendered.content]}))

asyncio.run(main(sys.argv[1], sys.argv[2]))
'''


def test_langflows_mcp_client_storyboards_on_the_relays_mcp_server(langflow: RealLangflow, tmp_path: Path) -> None:
    from tests.integration.relay_helpers import RelayProcess

    relay = RelayProcess(tmp_path / "relay")
    relay.start()
    try:
        token = relay.token("demo", "render")
        result = subprocess.run([str(langflow.python), "-c", MCP_CLIENT, f"{relay.http}/mcp", token],
                                capture_output=True, text=True, timeout=120,
                                env={**os.environ, "PYTHONPATH": ""}, check=False)
        assert result.returncode == 0, result.stderr[-2000:]
        out = json.loads(result.stdout.strip().splitlines()[-1])
        assert {"add_intent", "render", "read_board", "job_status"} <= set(out["tools"])
        assert "harbour at dawn" in " ".join(out["board"])
        rendered = json.loads(out["render"][0])
        assert len(rendered["jobs"]) == 2, rendered  # a scene: still -> clip, waiting for a home peer
    finally:
        relay.stop()
