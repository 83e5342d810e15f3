"""The CLI as a new user meets it: a quick start, a real progress line, notes from files, `peer` flags."""

from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from multiplex import cli
from multiplex.app import PortUnavailable, listen_socket

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("nicegui", "fastapi", "starlette", "uvicorn", "pycrdt", "numpy", "av", "PIL", "httpx", "zeroconf",
         "aiohttp", "ifaddr")


def test_the_cli_and_its_parser_import_no_server_stack() -> None:
    code = ("import sys, multiplex.cli as c; c.build_parser(); "
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.replace("'", '"')) == []


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def _job(state: str, *, stage: str = "still", fraction: float = 0.0, **extra: object) -> dict[str, object]:
    return {"id": f"jb-{stage}", "stage": stage, "intent": "in-1", "state": state, "reason": None,
            "peer": "p0123456789ab", "peer_name": "studio-a", "progress": {"fraction": fraction}, **extra}


def test_status_line_names_machines_and_counts_in_words() -> None:
    line = cli.status_line([_job("rendering", fraction=0.5)], 1)
    assert line.startswith("0/1 job done") and "still rendering on studio-a" in line
    assert "p0123456789ab" not in line
    assert cli.status_line([_job("done"), _job("queued", stage="clip")], 2).startswith("1/2 jobs done")
    assert cli._plural(1, "job") == "1 job" and cli._plural(0, "job") == "0 jobs"


def test_progress_on_a_terminal_is_one_line_updated_in_place() -> None:
    stream = _Stream(tty=True)
    bar = cli.Progress(stream)
    for fraction, text in ((0.0, "a"), (0.0, "a"), (0.5, "b"), (1.0, "c")):
        bar.show(fraction, text)
    bar.close()
    bar.close()  # closing twice adds nothing
    out = stream.getvalue()
    assert out.count("\n") == 1 and out.endswith("\n"), repr(out)
    assert out.count("\r") == 3, "an unchanged line is not redrawn"
    assert "100%" in out.split("\r")[-1]


def test_progress_on_a_pipe_is_plain_lines_without_repeats() -> None:
    stream = _Stream(tty=False)
    bar = cli.Progress(stream)
    for fraction, text in ((0.0, "a"), (0.01, "a"), (0.0, "a"), (0.55, "b"), (0.56, "b"), (1.0, "c")):
        bar.show(fraction, text)
    bar.close()
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert lines == ["  0%  a", " 50%  b", "100%  c"]


class _FakeClient:
    def __init__(self, rounds: list[list[dict[str, object]]]) -> None:
        self.rounds = rounds

    def call(self, method: str, path: str, **kwargs: object) -> dict[str, object]:
        return {"jobs": self.rounds.pop(0) if len(self.rounds) > 1 else self.rounds[0]}


def test_wait_prints_progress_then_nothing_else(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli.time, "sleep", lambda s: None)
    client = _FakeClient([[_job("rendering", fraction=0.2)], [_job("rendering", fraction=0.2)], [_job("done")]])
    stream = _Stream(tty=False)
    assert cli._wait(client, "demo", ["jb-still"], timeout=60, stream=stream) == cli.EXIT_OK  # type: ignore[arg-type]
    lines = stream.getvalue().splitlines()
    assert len(lines) == len(set(lines)) == 2 and lines[-1] == "100%  1/1 job done"
    assert capsys.readouterr().out == "", "no JSON dump at the end"


def test_wait_says_why_a_job_failed(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    client = _FakeClient([[_job("failed", reason="out of memory")]])
    assert cli._wait(client, "demo", ["jb-still"], timeout=60, stream=_Stream(False)) == cli.EXIT_FAILED  # type: ignore[arg-type]
    assert "still of in-1 failed: out of memory" in capsys.readouterr().err


def test_a_note_can_come_from_a_file_or_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    note = tmp_path / "note.md"
    note.write_text("line one\nline two — ünïcode\n", encoding="utf-8")
    args = cli.build_parser().parse_args(["comp", "add", "in-1", "--note-file", str(note)])
    assert cli._read_note(args.note_file) == "line one\nline two — ünïcode\n"
    monkeypatch.setattr(sys, "stdin", io.StringIO("from stdin"))
    assert cli._read_note("-") == "from stdin"
    with pytest.raises(cli.CliError, match="no such file") as info:
        cli._read_note(str(tmp_path / "missing.txt"))
    assert info.value.code == cli.EXIT_USAGE
    with pytest.raises(SystemExit):  # one kind of comp at a time
        cli.build_parser().parse_args(["comp", "add", "in-1", "--note", "x", "--note-file", str(note)])


def test_peer_takes_port_and_host_like_up(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen = {}
    monkeypatch.setenv("MULTIPLEX_HOME", str(tmp_path))
    parser = cli.build_parser()
    args = parser.parse_args(["peer", "--port", "9123", "--host", "127.0.0.1"])
    monkeypatch.setattr(args, "func", lambda a, config: seen.setdefault("config", config) and 0)
    monkeypatch.setattr(cli, "build_parser", lambda: type("P", (), {"parse_args": lambda self, argv: args})())
    assert cli.main([]) == 0
    assert (seen["config"].port, seen["config"].host) == (9123, "127.0.0.1")


def test_a_port_in_use_names_the_setting_to_change() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PortUnavailable) as info:
            listen_socket("127.0.0.1", port)
    assert "--port" in str(info.value) and "MULTIPLEX_PORT" in str(info.value) and str(port) in str(info.value)
    listen_socket("127.0.0.1", port).close()  # free again: bound at once


def test_canvas_link_prints_the_running_peers_link_or_says_none_runs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("MULTIPLEX_HOME", str(tmp_path))
    assert cli.main(["canvas-link"]) == cli.EXIT_NO_PEER
    assert "no multiplex peer is running" in capsys.readouterr().err
    (tmp_path / "running.json").write_text(json.dumps({"port": 8123, "board": "castle"}), encoding="utf-8")
    assert cli.main(["canvas-link"]) == cli.EXIT_OK
    link = capsys.readouterr().out.strip()
    token = (tmp_path / "canvas.token").read_text(encoding="utf-8").strip()
    assert link == f"http://127.0.0.1:8123/board/castle?t={token}"
    assert cli.main(["canvas-link", "--board", "other"]) == cli.EXIT_OK
    assert "/board/other?t=" in capsys.readouterr().out


def test_a_job_no_live_peer_can_run_says_so_while_waiting() -> None:
    why = "no live peer can run it: studio-a lacks backend comfyui"
    line = cli.status_line([_job("queued", reason=why, blocked=why)], 2)
    assert line == f"0/2 jobs done · still waiting: {why}"
    assert "retrying" not in line
