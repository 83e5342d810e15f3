"""The `multiplex` command line: run a peer (`up`), and script the board it serves.

Every command except `up` talks to the `multiplex up` running on this machine (same MULTIPLEX_HOME),
through its local API, and says clearly when none is running.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any

import httpx

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
    """A thin client of the local peer's API."""

    def __init__(self, config: PeerConfig) -> None:
        self.config = config
        token_file = Path(config.home) / "api.token"
        if not token_file.exists():
            raise CliError(self._not_running(), EXIT_NO_PEER)
        self.token = token_file.read_text(encoding="utf-8").strip()
        self.running = _running(config)
        self.base_url = f"http://127.0.0.1:{self.running['port']}" if self.running else config.api_url
        self.http = httpx.Client(base_url=self.base_url, timeout=30.0,
                                 headers={"Authorization": f"Bearer {self.token}"})

    def _not_running(self) -> str:
        return (f"no multiplex peer is running for MULTIPLEX_HOME={self.config.home} "
                f"(looked at {getattr(self, 'base_url', self.config.api_url)}). Start one with: multiplex up")

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.ConnectError:
            raise CliError(self._not_running(), EXIT_NO_PEER) from None
        except httpx.HTTPError as exc:
            raise CliError(f"talking to the peer at {self.base_url} failed: {exc}") from None
        try:
            data = response.json()
        except ValueError:
            data = {"error": response.text[:300]}
        if response.status_code >= 400:
            raise CliError(str(data.get("error") if isinstance(data, dict) else data) or response.reason_phrase)
        return data


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
                       json={"text": args.text, "kind": args.kind, "fields": fields, "user": args.user})
    print(data["id"])
    return EXIT_OK


def cmd_comp_add(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    board = _board(args, config)
    payload: dict[str, Any] = {"intent": args.intent_id, "user": args.user}
    if args.note is not None:
        payload["note"] = args.note
    elif args.image is not None:
        path = Path(args.image)
        if not path.is_file():
            raise CliError(f"--image {path}: no such file", EXIT_USAGE)
        with path.open("rb") as fh:
            meta = client.call("POST", f"/api/boards/{board}/assets", content=fh.read())
        payload["asset"] = meta["sha256"]
        payload["title"] = path.name
    else:
        directives = {}
        for item in args.directive:
            key, sep, value = item.partition("=")
            if not sep or not key.strip():
                raise CliError(f"--directive {item!r}: expected KEY=VALUE", EXIT_USAGE)
            directives[key.strip()] = value.strip()
        payload["directives"] = directives
    data = client.call("POST", f"/api/boards/{board}/comps", json=payload)
    print(data["id"])
    return EXIT_OK


def cmd_render(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    board = _board(args, config)
    data = client.call("POST", f"/api/boards/{board}/render", json={"intents": args.intent_ids, "user": args.user})
    job_ids = data["jobs"]
    print(f"render requested: {len(job_ids)} jobs — {data['preview']['text']}", file=sys.stderr)
    if not args.wait:
        print(json.dumps({"jobs": job_ids}))
        return EXIT_OK
    return _wait(client, board, job_ids, timeout=args.timeout)


def _wait(client: Client, board: str, job_ids: list[str], *, timeout: float) -> int:
    tty = sys.stderr.isatty()
    deadline = time.monotonic() + timeout
    last_line = ""
    while True:
        jobs = client.call("GET", f"/api/boards/{board}/jobs", params={"ids": ",".join(job_ids)})["jobs"]
        states = {j["id"]: j for j in jobs}
        done = sum(1 for j in jobs if j["state"] == "done")
        bad = [j for j in jobs if j["state"] in TERMINAL_BAD]
        fraction = sum(1.0 if j["state"] == "done" else float((j.get("progress") or {}).get("fraction", 0.0))
                       for j in jobs) / max(1, len(job_ids))
        active = next((j for j in jobs if j["state"] in ("rendering", "claimed")), None)
        where = f" {active['stage']} on {active['peer']}" if active else ""
        retrying = next((j for j in jobs if j["state"] in ("queued", "lost") and j.get("reason")), None)
        why = f" (retrying {retrying['stage']}: {retrying['reason']})" if retrying and not active else ""
        line = f"{done}/{len(job_ids)} done{where}{why}"
        if tty:
            bar = "█" * int(fraction * 30)
            sys.stderr.write(f"\r[{bar:<30}] {fraction * 100:5.1f}%  {line[:100]:<50}")
            sys.stderr.flush()
        elif line != last_line:
            print(line, file=sys.stderr)
            last_line = line
        if bad or done == len(job_ids) or (len(states) < len(job_ids) and not jobs):
            if tty:
                sys.stderr.write("\n")
            for j in bad:
                print(f"{j['stage']} of {j['intent']} {j['state']}: {j['reason'] or 'no reason given'}",
                      file=sys.stderr)
            print(json.dumps({"jobs": jobs}, indent=None))
            return EXIT_FAILED if bad else EXIT_OK
        if time.monotonic() > deadline:
            raise CliError(f"gave up waiting after {timeout:.0f} s ({line})")
        time.sleep(0.5)


def cmd_board_show(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    data = client.call("GET", f"/api/boards/{_board(args, config)}")
    if args.json:
        print(json.dumps(data, indent=2))
        return EXIT_OK
    print(f"board {data['name']}: {len(data['blocks'])} blocks, {len(data['jobs'])} jobs")
    titles = {b["id"]: b["title"] for b in data["blocks"]}
    for i, intent_id in enumerate(data["sequence"], 1):
        states = [f"{j['stage']}:{j['state']}" for j in data["jobs"] if j["intent"] == intent_id]
        print(f"  {i:>3}. {titles.get(intent_id, intent_id)[:60]:<60} {' '.join(states)}")
    return EXIT_OK


def cmd_cancel(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    data = client.call("POST", f"/api/boards/{_board(args, config)}/cancel",
                       json={"intents": args.ids, "jobs": args.ids, "user": args.user})
    print(f"cancelled {data['cancelled']} jobs")
    return EXIT_OK


def cmd_pause(args: argparse.Namespace, config: PeerConfig) -> int:
    client = Client(config)
    paused = args.command == "pause"
    client.call("POST", f"/api/boards/{_board(args, config)}/pause",
                json={"paused": paused, "peer": args.peer, "user": args.user})
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

    comp = sub.add_parser("comp", help="comps").add_subparsers(dest="action", required=True)
    cadd = comp.add_parser("add", help="attach a comp to an intent; prints its id")
    cadd.add_argument("intent_id")
    kind = cadd.add_mutually_exclusive_group(required=True)
    kind.add_argument("--note")
    kind.add_argument("--image", help="reference image or clip file")
    kind.add_argument("--directive", action="append", metavar="KEY=VALUE",
                      help="seed, duration, priority, pin, backend, model, workflow, fps, width, height, ...")
    cadd.add_argument("--board")
    cadd.set_defaults(func=cmd_comp_add)

    render = sub.add_parser("render", help="render intents (still -> 8 s clip)")
    render.add_argument("intent_ids", nargs="+")
    render.add_argument("--board")
    render.add_argument("--wait", action="store_true", help="wait; exit 0 when all done, 1 on failure")
    render.add_argument("--timeout", type=float, default=3600.0, help="seconds to wait at most")
    render.set_defaults(func=cmd_render)

    board = sub.add_parser("board", help="boards").add_subparsers(dest="action", required=True)
    show = board.add_parser("show", help="show the board")
    show.add_argument("--board")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_board_show)

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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        config = PeerConfig.from_env(board=getattr(args, "board", None) if args.command == "up" else None,
                                     port=getattr(args, "port", None), host=getattr(args, "host", None),
                                     canvas=False if getattr(args, "no_canvas", False) else None)
    except ConfigError as exc:
        print(f"multiplex: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    logging.basicConfig(level=config.log_level, format="%(asctime)s %(levelname)-7s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
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
