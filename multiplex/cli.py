"""The `multiplex` command line: run a peer (`up`), and script the board it serves.

Every command except `up` talks to the `multiplex up` running on this machine (same MULTIPLEX_HOME),
through its local API, and says clearly when none is running. Those commands import only the standard
library and the light configuration module: the server stack (uvicorn, FastAPI, NiceGUI, pycrdt) is
imported by `up`/`peer` alone, so `--help` and every API call start in a fraction of a second.
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import time
from pathlib import Path
from typing import Any, TextIO

from mesh.errors import MultiplexError
from peers.config import ENV_VARS, ConfigError, PeerConfig

__all__ = ["main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NO_PEER = 0, 1, 2, 3
TERMINAL_BAD = ("failed", "cancelled")


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


class Client:
    """A thin client of the local peer's API (urllib: no third-party import on the CLI's path)."""

    def __init__(self, config: PeerConfig) -> None:
        self.config = config
        token_file = Path(config.home) / "api.token"
        if not token_file.exists():
            raise CliError(self._not_running(), EXIT_NO_PEER)
        self.token = token_file.read_text(encoding="utf-8").strip()
        self.running = _running(config)
        self.base_url = f"http://127.0.0.1:{self.running['port']}" if self.running else config.api_url
        import urllib.request  # here, not at the top: `--help` never pays for http.client and email

        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # the local peer, never a proxy

    def _not_running(self) -> str:
        return (f"no multiplex peer is running for MULTIPLEX_HOME={self.config.home} "
                f"(looked at {getattr(self, 'base_url', self.config.api_url)}). Start one with: multiplex up")

    def call(self, method: str, path: str, *, json_body: Any = None, content: bytes | None = None,
             params: dict[str, str] | None = None) -> Any:
        import urllib.error
        import urllib.parse
        import urllib.request

        url = self.base_url + path + (f"?{urllib.parse.urlencode(params)}" if params else "")
        headers = {"Authorization": f"Bearer {self.token}", "Accept": "application/json"}
        data = content
        if json_body is not None:
            data = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        elif content is not None:
            headers["Content-Type"] = "application/octet-stream"
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with self._opener.open(request, timeout=30.0) as response:
                status, body = response.status, response.read()
        except urllib.error.HTTPError as exc:
            status, body = exc.code, exc.read()
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, ConnectionRefusedError):
                raise CliError(self._not_running(), EXIT_NO_PEER) from None
            raise CliError(f"talking to the peer at {self.base_url} failed: {exc.reason}") from None
        except (OSError, ValueError) as exc:  # reset, timeout, a malformed reply
            raise CliError(f"talking to the peer at {self.base_url} failed: {exc}") from None
        try:
            result = json.loads(body)
        except ValueError:
            result = {"error": body[:300].decode("utf-8", "replace")}
        if status >= 400:
            message = result.get("error") if isinstance(result, dict) else result
            raise CliError(str(message or f"HTTP {status}"))
        return result


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _running(config: PeerConfig) -> dict[str, Any] | None:
    """What the `multiplex up` of this MULTIPLEX_HOME wrote when it started (port, board)."""
    try:
        data = json.loads((Path(config.home) / "running.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("port"), int) else None


def _board(args: argparse.Namespace, config: PeerConfig) -> str:
    if args.board:
        return str(args.board)
    running = _running(config)
    return str(running["board"]) if running and running.get("board") else config.board


def cmd_up(args: argparse.Namespace, config: PeerConfig) -> int:
    import asyncio

    from .app import serve

    try:
        asyncio.run(serve(config, open_browser=not args.no_browser))
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_intent_add(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    fields = {}
    for key in ("duration", "shot_size", "camera_move", "scene_no", "shot_no"):
        value = getattr(args, key, None)
        if value is not None:
            fields["duration_s" if key == "duration" else key] = value
    data = client.call("POST", f"/api/boards/{_board(args, config)}/intents",
                       json_body={"text": args.text, "kind": args.kind, "fields": fields, "user": args.user})
    print(data["id"])
    return EXIT_OK


def cmd_comp_add(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    board = _board(args, config)
    payload: dict[str, Any] = {"intent": args.intent_id, "user": args.user}
    if args.note is not None:
        payload["note"] = args.note
    elif args.note_file is not None:
        payload["note"] = _read_note(args.note_file)
    elif args.image is not None or args.style is not None:
        flag = "--image" if args.image is not None else "--style"
        path = Path(args.image if args.image is not None else args.style)
        if not path.is_file():
            raise CliError(f"{flag} {path}: no such file", EXIT_USAGE)
        with path.open("rb") as fh:
            meta = client.call("POST", f"/api/boards/{board}/assets", content=fh.read())
        payload["asset"] = meta["sha256"]
        payload["title"] = path.name
        if args.style is not None:
            payload["style"] = True
    else:
        directives = {}
        for item in args.directive:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise CliError(f"--directive {item!r}: expected KEY=VALUE", EXIT_USAGE)
            directives[key.strip()] = value.strip()
        payload["directives"] = directives
    data = client.call("POST", f"/api/boards/{board}/comps", json_body=payload)
    print(data["id"])
    return EXIT_OK


def _read_note(source: str) -> str:
    """`--note-file PATH` or `--note-file -` (stdin), for notes too long or too multi-line for a flag."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CliError(f"--note-file {path}: no such file", EXIT_USAGE) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"--note-file {path}: cannot read it as UTF-8 text ({exc})", EXIT_USAGE) from None


def cmd_render(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    board = _board(args, config)
    payload: dict[str, Any] = {"intents": args.intent_ids, "user": args.user, "force": args.force}
    if args.pipeline is not None:
        payload["pipeline"] = args.pipeline
    data = client.call("POST", f"/api/boards/{board}/render", json_body=payload)
    job_ids = [str(j) for j in data["jobs"]]
    preview = str((data.get("preview") or {}).get("text") or "")
    print(f"render requested: {_plural(len(job_ids), 'job')}{' — ' + preview if preview else ''}", file=sys.stderr)
    for job_id in job_ids:
        print(job_id)
    sys.stdout.flush()
    if not args.wait or not job_ids:
        return EXIT_OK
    return _wait(client, board, job_ids, timeout=args.timeout)


def cmd_pipelines(args: argparse.Namespace, config: PeerConfig) -> int:
    """The pipelines this peer offers, the stage kinds each needs, and which live peers can run it."""
    data = Client(config).call("GET", f"/api/boards/{_board(args, config)}/pipelines")
    if args.json:
        print(json.dumps(data, indent=2))
        return EXIT_OK
    for p in data["pipelines"]:
        default = f"  (default for {', '.join(p['default_for'])})" if p["default_for"] else ""
        print(f"{p['name']}{default}")
        if p["description"]:
            print(f"  {p['description']}")
        for st in p["stages"]:
            after = f" after {', '.join(st['after'])}" if st["after"] else ""
            when = " (optional)" if st["optional"] else ""
            peers = ", ".join(st["peers"]) or "no live peer"
            print(f"  - {st['id']}: {st['kind']} -> {st['produces']}{after}{when}; runs on {peers}")
        print(f"  needs {', '.join(p['needs']) or 'nothing'}; can run: {', '.join(p['runnable_by']) or 'no live peer'}")
    for error in data.get("errors") or []:
        print(f"skipped: {error}", file=sys.stderr)
    return EXIT_OK


def cmd_intent_pipeline(args: argparse.Namespace, config: PeerConfig) -> int:
    data = Client(config).call("POST", f"/api/boards/{_board(args, config)}/intents/{args.intent_id}/pipeline",
                               json_body={"pipeline": args.name, "user": args.user})
    print(data["runs"])
    return EXIT_OK


class Progress:
    """One line updated in place on a terminal (\\r); on a pipe or file, a plain line per change."""

    WIDTH = 24

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self._last = ""
        self._shown = 0

    def show(self, fraction: float, text: str) -> None:
        fraction = min(1.0, max(0.0, fraction))
        if self.tty:
            filled = int(fraction * self.WIDTH)
            line = f"[{'#' * filled}{'.' * (self.WIDTH - filled)}] {fraction * 100:3.0f}%  {text}"
            line = line[:max(20, shutil.get_terminal_size((100, 20)).columns - 1)]
            if line != self._last:
                self.stream.write("\r" + line + " " * max(0, self._shown - len(line)))
                self.stream.flush()
                self._shown = len(line)
        else:
            line = f"{int(fraction * 10) * 10:3d}%  {text}"  # steps of 10 %: a log, not a flood
            if line != self._last:
                self.stream.write(line + "\n")
                self.stream.flush()
        self._last = line

    def close(self) -> None:
        """End the in-place line so what follows starts on its own."""
        if self.tty and self._shown:
            self.stream.write("\n")
            self.stream.flush()
        self._shown = 0


def _job_fraction(job: dict[str, Any]) -> float:
    if job["state"] == "done":
        return 1.0
    try:
        return float((job.get("progress") or {}).get("fraction", 0.0))
    except (TypeError, ValueError):
        return 0.0


def _machine(job: dict[str, Any]) -> str:
    return str(job.get("peer_name") or job.get("peer") or "a peer")


def status_line(jobs: list[dict[str, Any]], total: int) -> str:
    """`1/2 jobs done · clip rendering on studio-a` — what a person watching needs, in one line."""
    done = sum(1 for j in jobs if j["state"] == "done")
    parts = [f"{done}/{_plural(total, 'job')} done"]
    for j in jobs:
        if j["state"] in ("rendering", "claimed"):
            parts.append(f"{j['stage']} {j['state']} on {_machine(j)}")
    if len(parts) == 1:
        waiting = [j for j in jobs if j["state"] in ("queued", "lost")]
        stuck = next((j for j in waiting if j.get("blocked")), None)
        retrying = next((j for j in waiting if j.get("reason")), None)
        if stuck is not None:  # no live peer can run it: say so, it starts when such a peer joins
            parts.append(f"{stuck['stage']} waiting: {stuck['blocked']}")
        elif retrying is not None:
            parts.append(f"retrying {retrying['stage']}: {retrying['reason']}")
        elif done < total:
            parts.append("waiting for a peer")
    return " · ".join(parts)


def _wait(client: Client, board: str, job_ids: list[str], *, timeout: float, stream: TextIO | None = None) -> int:
    progress = Progress(stream or sys.stderr)
    deadline = time.monotonic() + timeout
    total = len(job_ids)
    try:
        while True:
            jobs = client.call("GET", f"/api/boards/{board}/jobs", params={"ids": ",".join(job_ids)})["jobs"]
            line = status_line(jobs, total)
            progress.show(sum(_job_fraction(j) for j in jobs) / max(1, total), line)
            bad = [j for j in jobs if j["state"] in TERMINAL_BAD]
            done = sum(1 for j in jobs if j["state"] == "done")
            if bad or done == total or not jobs:
                progress.close()
                for j in bad:
                    print(f"{j['stage']} of {j['intent']} {j['state']}: {j.get('reason') or 'no reason given'}",
                          file=sys.stderr)
                if not jobs:
                    print("the jobs are gone from the board (cancelled or deleted)", file=sys.stderr)
                    return EXIT_FAILED
                return EXIT_FAILED if bad else EXIT_OK
            if time.monotonic() > deadline:
                progress.close()
                raise CliError(f"gave up waiting after {timeout:.0f} s ({line})")
            time.sleep(0.5)
    finally:
        progress.close()


def cmd_canvas_link(args: argparse.Namespace, config: PeerConfig) -> int:
    """The canvas link (with its token) of the peer running on this home: open it to use the canvas."""
    from .access import running_canvas_link

    link = running_canvas_link(config.home, args.board)
    if link is None:
        raise CliError(f"no multiplex peer is running on MULTIPLEX_HOME={config.home} (start one with "
                       "`multiplex up`)", EXIT_NO_PEER)
    print(link)
    return EXIT_OK


def cmd_board_show(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    data = client.call("GET", f"/api/boards/{_board(args, config)}")
    if args.json:
        print(json.dumps(data, indent=2))
        return EXIT_OK
    print(f"board {data['name']}: {_plural(len(data['blocks']), 'block')}, {_plural(len(data['jobs']), 'job')}")
    titles = {b["id"]: b["title"] for b in data["blocks"]}
    for i, intent_id in enumerate(data["sequence"], 1):
        states = [f"{j['stage']}:{j['state']}" for j in data["jobs"] if j["intent"] == intent_id]
        print(f"  {i:>3}. {titles.get(intent_id, intent_id)[:60]:<60} {' '.join(states)}")
    return EXIT_OK


MAX_SCRIPT_BYTES = 900_000  # the peer's import limit (flows.fountain.MAX_SCRIPT_CHARS), checked before sending


def cmd_import(args: argparse.Namespace, config: PeerConfig) -> int:
    """A Fountain screenplay or plain text (one beat per paragraph) into the board's sequence."""
    path = Path(args.file)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CliError(f"{path}: no such file", EXIT_USAGE) from None
    except OSError as exc:
        raise CliError(f"{path}: cannot read it ({exc})", EXIT_USAGE) from None
    if len(raw) > MAX_SCRIPT_BYTES:
        raise CliError(f"{path}: {len(raw):,} bytes; a script import takes at most {MAX_SCRIPT_BYTES:,}", EXIT_USAGE)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise CliError(f"{path}: line {line}: not UTF-8 text (save the script as UTF-8)", EXIT_USAGE) from None
    client = Client(config)
    report = client.call("POST", f"/api/boards/{_board(args, config)}/import",
                         json_body={"text": text, "name": path.name, "user": args.user})
    if args.json:
        print(json.dumps(report, indent=2))
        return EXIT_OK
    print(f"imported {path.name} ({report['format']}): {len(report['created'])} new, "
          f"{len(report['updated'])} updated, {len(report['unchanged'])} unchanged scenes, "
          f"{_plural(len(report['characters']), 'new character')}")
    for gone in report["removed"]:
        print(f"  not in the script any more (kept on the board): {gone['title']} [{gone['id']}]")
    for warning in report["warnings"]:
        print(f"  warning: {warning}", file=sys.stderr)
    return EXIT_OK


def cmd_sequence(args: argparse.Namespace, config: PeerConfig) -> int:
    """Show the sequence, or move, lock, unlock or cut one shot."""
    client = Client(config)
    board = _board(args, config)
    if args.action != "show":
        payload: dict[str, Any] = {"intent": args.intent_id, "user": args.user}
        if args.action == "move":
            if (args.position is None) == (args.after is None):
                raise CliError("sequence move: give a position (1-based) or --after INTENT_ID", EXIT_USAGE)
            if args.position is not None:
                if args.position < 1:
                    raise CliError("sequence move: positions start at 1", EXIT_USAGE)
                payload["position"] = args.position - 1
            else:
                payload["after"] = "" if args.after == "start" else args.after
        elif args.action in ("lock", "unlock"):
            payload["locked"] = args.action == "lock"
        else:
            payload["cut_in"], payload["cut_out"] = args.cut_in, args.cut_out
        client.call("POST", f"/api/boards/{board}/sequence", json_body=payload)
    data = client.call("GET", f"/api/boards/{board}/sequence")
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2))
        return EXIT_OK
    for s in data["shots"]:
        lock = "*" if s["locked"] else " "
        scene = f"sc {s['scene_no']}" if s["scene_no"] else ""
        cut = f" cut {s['cut_in']:g}-{s['cut_out']:g}" if s["edit_s"] != s["duration_s"] else ""
        title = s["title"][:50]
        print(f"  {s['number']:>5}{lock} {scene:<8} {title:<50} {s['edit_s']:6.1f} s{cut}  [{s['intent_id']}]")
    print(f"  {_plural(len(data['shots']), 'shot')}, {data['total_s']:.1f} s  (* locked number)")
    return EXIT_OK


def cmd_cancel(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    data = client.call("POST", f"/api/boards/{_board(args, config)}/cancel",
                       json_body={"intents": args.ids, "jobs": args.ids, "user": args.user})
    print(f"cancelled {_plural(int(data['cancelled']), 'job')}")
    return EXIT_OK


def cmd_pause(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    paused = args.command == "pause"
    client.call("POST", f"/api/boards/{_board(args, config)}/pause",
                json_body={"paused": paused, "peer": args.peer, "user": args.user})
    print("paused: this peer claims no new jobs" if paused else "resumed")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    env_help = "\n".join(f"  {k:<22} {v}" for k, v in ENV_VARS.items())
    parser = argparse.ArgumentParser(
        prog="multiplex", description="Storyboard and render across your own GPU machines.",
        epilog=f"environment:\n{env_help}", formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--user", default="cli", help="who is making these edits (default: cli)")
    sub = parser.add_subparsers(dest="command", required=True)

    up = sub.add_parser("up", help="run everything on this machine and serve the board")
    up.add_argument("--board", help="board to serve (default: demo)")
    up.add_argument("--port", type=int, help="HTTP port (default: 8470)")
    up.add_argument("--host", help="address to listen on (default: 0.0.0.0)")
    up.add_argument("--no-canvas", action="store_true", help="serve the API only")
    up.add_argument("--no-browser", action="store_true", help="do not open the canvas in a browser")
    up.add_argument("--narrator", metavar="ENGINE",
                    help="narrator: builtin, llama:<path.gguf> or openai:<base URL>/v1 (default: MULTIPLEX_NARRATOR)")
    up.set_defaults(func=cmd_up)

    intent = sub.add_parser("intent", help="intents").add_subparsers(dest="action", required=True)
    add = intent.add_parser("add", help="add an intent; prints its id")
    add.add_argument("text")
    add.add_argument("--board")
    add.add_argument("--kind", default="scene", choices=["scene", "character", "style", "timing"])
    add.add_argument("--duration", type=float, help="seconds")
    add.add_argument("--shot-size", dest="shot_size")
    add.add_argument("--camera-move", dest="camera_move")
    add.add_argument("--scene", dest="scene_no")
    add.add_argument("--shot", dest="shot_no")
    add.set_defaults(func=cmd_intent_add)
    ipipe = intent.add_parser("pipeline", help="pick the pipeline an intent runs ('' for its kind's default); "
                              "prints the one it now runs")
    ipipe.add_argument("intent_id")
    ipipe.add_argument("name")
    ipipe.add_argument("--board")
    ipipe.set_defaults(func=cmd_intent_pipeline)

    comp = sub.add_parser("comp", help="comps").add_subparsers(dest="action", required=True)
    cadd = comp.add_parser("add", help="attach a comp to an intent; prints its id")
    cadd.add_argument("intent_id")
    kind = cadd.add_mutually_exclusive_group(required=True)
    kind.add_argument("--note", help="a text note")
    kind.add_argument("--note-file", dest="note_file", metavar="PATH", help="a note read from a file ('-': stdin)")
    kind.add_argument("--image", help="reference image or clip file")
    kind.add_argument("--style", metavar="IMAGE", help="a style image: the scene's clip is restyled toward it")
    kind.add_argument("--directive", action="append", metavar="KEY=VALUE",
                      help="seed, duration, priority, pin, backend, model, workflow, fps, width, height, ...")
    cadd.add_argument("--board")
    cadd.set_defaults(func=cmd_comp_add)

    render = sub.add_parser("render", help="render intents with their pipelines (a scene: still -> 8 s clip); "
                            "prints the job ids")
    render.add_argument("intent_ids", nargs="+")
    render.add_argument("--board")
    render.add_argument("--pipeline", metavar="NAME", help="run (and keep) this pipeline for these intents "
                        "('' for their kind's default); `multiplex pipelines` lists them")
    render.add_argument("--force", action="store_true", help="render every stage again, even unchanged ones")
    render.add_argument("--wait", action="store_true",
                        help="show progress until done; exit 0 when all done, 1 on failure")
    render.add_argument("--timeout", type=float, default=3600.0, help="seconds to wait at most")
    render.set_defaults(func=cmd_render)

    pipes = sub.add_parser("pipelines", help="list the pipelines, what each needs and which peers can run them")
    pipes.add_argument("--board")
    pipes.add_argument("--json", action="store_true")
    pipes.set_defaults(func=cmd_pipelines)

    link = sub.add_parser("canvas-link", help="print the canvas link of the running peer (a secret: it lets "
                          "whoever opens it edit this peer's boards)")
    link.add_argument("--board", help="board to open (default: the one the peer serves)")
    link.set_defaults(func=cmd_canvas_link)

    board = sub.add_parser("board", help="boards").add_subparsers(dest="action", required=True)
    show = board.add_parser("show", help="show the board")
    show.add_argument("--board")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_board_show)

    imp = sub.add_parser("import", help="import a Fountain screenplay or plain text (a beat per paragraph) into "
                         "the sequence; re-importing an edited script updates the same intents")
    imp.add_argument("file")
    imp.add_argument("--board")
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")
    imp.set_defaults(func=cmd_import)

    seq = sub.add_parser("sequence", help="the storyboard order: shot numbers, durations, cut points")
    seq_sub = seq.add_subparsers(dest="action", required=True)
    sshow = seq_sub.add_parser("show", help="the shots in order")
    sshow.add_argument("--json", action="store_true")
    smove = seq_sub.add_parser("move", help="move an intent to a position (1-based) or after another")
    smove.add_argument("intent_id")
    smove.add_argument("position", nargs="?", type=int)
    smove.add_argument("--after", metavar="INTENT_ID", help="put it just after this intent ('start': first)")
    for name, text in (("lock", "keep this shot's number when others are inserted"),
                       ("unlock", "let this shot renumber again")):
        seq_sub.add_parser(name, help=text).add_argument("intent_id")
    scut = seq_sub.add_parser("cut", help="edit points in seconds from the clip's start (out 0: its end)")
    scut.add_argument("intent_id")
    scut.add_argument("cut_in", type=float)
    scut.add_argument("cut_out", type=float)
    for p in seq_sub.choices.values():
        p.add_argument("--board")
        p.set_defaults(func=cmd_sequence)

    cancel = sub.add_parser("cancel", help="cancel the jobs of intents (or job ids)")
    cancel.add_argument("ids", nargs="+")
    cancel.add_argument("--board")
    cancel.set_defaults(func=cmd_cancel)

    for name, text in (("pause", "stop this peer claiming new jobs (I'm using this workstation)"),
                       ("resume", "let this peer claim jobs again")):
        p = sub.add_parser(name, help=text)
        p.add_argument("--board")
        p.add_argument("--peer", help="peer id (default: this machine's)")
        p.set_defaults(func=cmd_pause)

    try:
        from .cli_mesh import add_commands
    except ImportError:
        pass
    else:
        add_commands(sub)
    from .cli_relay import add_commands as add_relay_commands  # imports nothing heavy until a command runs

    add_relay_commands(sub)
    from .cli_export import Kit
    from .cli_export import add_commands as add_export_commands

    add_export_commands(sub, Kit(client=Client, progress=Progress, error=CliError, board=_board))
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = PeerConfig.from_env(board=getattr(args, "board", None) if args.command == "up" else None,
                                     port=getattr(args, "port", None), host=getattr(args, "host", None),
                                     canvas=False if getattr(args, "no_canvas", False) else None,
                                     narrator=getattr(args, "narrator", None))
    except ConfigError as exc:
        print(f"multiplex: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not 1 <= config.port <= 65535:
        print(f"multiplex: --port {config.port}: expected 1..65535", file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the peer's own HTTP client, under `up`
    try:
        return int(args.func(args, config))
    except CliError as exc:
        print(f"multiplex: {exc}", file=sys.stderr)
        return exc.code
    except MultiplexError as exc:
        print(f"multiplex: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
