"""`multiplex pipelines`, `intent pipeline` and `render --pipeline/--force` as a person types them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from multiplex import cli
from peers.config import PeerConfig

LISTING = {"pipelines": [{
    "name": "scene", "description": "A still, then a clip.", "default_for": ["scene"], "needs": ["still", "clip"],
    "runnable_by": ["gpu-box", "laptop"],
    "stages": [{"id": "still", "kind": "still", "produces": "image", "after": [], "optional": False,
                "peers": ["gpu-box", "laptop"]},
               {"id": "restyle", "kind": "restyle", "produces": "video", "after": ["clip"], "optional": True,
                "peers": []}]}],
    "errors": ["/home/pipelines/loop.toml: stages: the stages form a cycle: a -> b -> a"]}


class FakeClient:
    calls: list[tuple[str, str, Any]] = []

    def __init__(self, config: PeerConfig) -> None:
        pass

    def call(self, method: str, path: str, json_body: Any = None, **_: Any) -> Any:
        FakeClient.calls.append((method, path, json_body))
        if path.endswith("/pipelines"):
            return LISTING
        if path.endswith("/pipeline"):
            return {"id": "in-1", "pipeline": json_body["pipeline"], "runs": json_body["pipeline"] or "scene"}
        return {"jobs": [], "reused": False, "preview": {"text": "nothing to render; 2 reused (inputs unchanged)"}}


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    monkeypatch.setattr(cli, "Client", FakeClient)
    FakeClient.calls = []
    config = PeerConfig.from_env({"MULTIPLEX_HOME": str(tmp_path)})

    def go(*argv: str) -> int:
        args = cli.build_parser().parse_args([*argv, "--board", "film"])
        return int(args.func(args, config))

    return go


def test_pipelines_lists_stages_needs_and_peers_and_the_skipped_files(run: Any,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run("pipelines") == cli.EXIT_OK
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "scene  (default for scene)",
        "  A still, then a clip.",
        "  - still: still -> image; runs on gpu-box, laptop",
        "  - restyle: restyle -> video after clip (optional); runs on no live peer",
        "  needs still, clip; can run: gpu-box, laptop",
    ]
    assert "skipped: /home/pipelines/loop.toml: stages: the stages form a cycle" in err


def test_render_picks_a_pipeline_and_forces_and_intent_pipeline_sets_one(run: Any,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert run("render", "in-1", "--pipeline", "transition", "--force") == cli.EXIT_OK
    (_, path, body), = FakeClient.calls
    assert path == "/api/boards/film/render" and body["pipeline"] == "transition" and body["force"] is True
    assert "2 reused (inputs unchanged)" in capsys.readouterr().err
    FakeClient.calls = []
    assert run("render", "in-1") == cli.EXIT_OK
    assert "pipeline" not in FakeClient.calls[0][2] and FakeClient.calls[0][2]["force"] is False
    assert run("intent", "pipeline", "in-1", "") == cli.EXIT_OK
    assert capsys.readouterr().out.strip() == "scene"
