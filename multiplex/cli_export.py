"""`multiplex export KIND -o PATH`: a deliverable of the board, built by the running peer and saved here.

The peer builds the file in a worker thread (an animatic takes a while); this command shows its progress,
then downloads it. Standard library only, like the rest of the CLI's client side.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peers.config import PeerConfig

__all__ = ["KINDS", "Kit", "add_commands"]

KINDS = ("pdf", "animatic", "csv", "otio", "fcp7", "fcpxml", "edl", "zip")  # = flows.deliverables.KINDS
EXIT_OK, EXIT_USAGE = 0, 2  # as in multiplex.cli


@dataclass(frozen=True)
class Kit:
    """The CLI's client pieces, handed in by `multiplex.cli` (importing it from here would be a cycle)."""

    client: Any  # Client(config)
    progress: Any  # Progress(stream)
    error: Any  # CliError(message, code=1)
    board: Any  # _board(args, config) -> the board name


HELP = {"pdf": "storyboard sheets", "animatic": "MP4 of the chosen clips in order", "csv": "shot list",
        "otio": "OpenTimelineIO timeline", "fcp7": "Final Cut 7 / Premiere / Resolve XML", "fcpxml": "Final Cut Pro X",
        "edl": "CMX 3600 EDL", "zip": "every take with a JSON manifest"}


def cmd_export(args: argparse.Namespace, config: PeerConfig, *, kit: Kit) -> int:
    CliError = kit.error
    options: dict[str, Any] = {}
    if args.per_page is not None:
        options["per_page"] = args.per_page
    if args.page is not None:
        options["page"] = args.page
    if args.burn_in:
        options["burn_in"] = True
    if args.fps is not None:
        options["fps"] = args.fps
    if args.size is not None:
        w, sep, h = args.size.lower().partition("x")
        if not sep or not w.isdigit() or not h.isdigit():
            raise CliError(f"--size {args.size!r}: expected WIDTHxHEIGHT, like 1280x720", EXIT_USAGE)
        options["width"], options["height"] = int(w), int(h)
    client = kit.client(config)
    board = kit.board(args, config)
    state = client.call("POST", f"/api/boards/{board}/exports",
                        json_body={"kind": args.kind, "options": options, "user": args.user})
    export_id = state["id"]
    progress = kit.progress(sys.stderr)
    deadline = time.monotonic() + args.timeout
    try:
        while state["state"] == "running":
            progress.show(float(state.get("fraction") or 0.0), f"{args.kind}: {state.get('message') or ''}")
            if time.monotonic() > deadline:
                client.call("POST", f"/api/exports/{export_id}/cancel")
                raise CliError(f"gave up after {args.timeout:.0f} s; the export was cancelled")
            time.sleep(0.3)
            state = client.call("GET", f"/api/exports/{export_id}")
        if state["state"] == "done":
            progress.show(1.0, f"{args.kind}: done")
    finally:
        progress.close()
    if state["state"] != "done":
        raise CliError(f"the {args.kind} export {state['state']}: {state.get('error') or 'no reason given'}")
    out = Path(args.output) if args.output else Path(state["filename"])
    if out.is_dir():
        out = out / state["filename"]
    size = _download(client, f"/api/exports/{export_id}/file", out, CliError)
    summary = state.get("summary") or {}
    facts = [f"{summary['shots']} shots" if "shots" in summary else "",
             f"{summary['pages']} pages" if "pages" in summary else "",
             f"{summary['duration_s']:g} s" if "duration_s" in summary else "",
             f"{summary['missing']} takes not on this peer" if summary.get("missing") else ""]
    print(f"wrote {out} ({size:,} bytes{''.join(', ' + f for f in facts if f)})")
    return EXIT_OK


def _download(client: Any, path: str, out: Path, CliError: Any) -> int:
    """Stream the file to `out` through a .part file, so an interrupted download leaves no half file."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(client.base_url + path, headers={"Authorization": f"Bearer {client.token}"})
    part = out.with_name(out.name + ".part")
    size = 0
    try:
        with client._opener.open(request, timeout=60.0) as response, part.open("wb") as fh:
            while chunk := response.read(1 << 20):
                fh.write(chunk)
                size += len(chunk)
        os.replace(part, out)
    except urllib.error.HTTPError as exc:
        raise CliError(f"downloading the export failed: HTTP {exc.code}") from None
    except OSError as exc:
        raise CliError(f"writing {out} failed: {exc}") from None
    finally:
        part.unlink(missing_ok=True)
    return size


def add_commands(sub: Any, kit: Kit) -> None:
    p = sub.add_parser("export", help="export the board: pdf, animatic, csv, otio, fcp7, fcpxml, edl or zip",
                       description="Export the board's sequence. " + "; ".join(f"{k}: {v}" for k, v in HELP.items()))
    p.add_argument("kind", choices=KINDS)
    p.add_argument("-o", "--output", metavar="PATH", help="file (or folder) to write (default: BOARD.EXT here)")
    p.add_argument("--board")
    p.add_argument("--per-page", dest="per_page", type=int, choices=(3, 6), help="pdf: panels a sheet (default 6)")
    p.add_argument("--page", choices=("a4", "letter"), help="pdf: paper, always landscape (default a4)")
    p.add_argument("--burn-in", dest="burn_in", action="store_true", help="animatic: shot numbers in the corner")
    p.add_argument("--fps", type=int, help="animatic: frame rate (default 24)")
    p.add_argument("--size", help="animatic: WIDTHxHEIGHT (default 1280x720)")
    p.add_argument("--timeout", type=float, default=3600.0, help="seconds to wait at most")
    p.set_defaults(func=functools.partial(cmd_export, kit=kit))
