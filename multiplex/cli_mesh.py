"""Mesh commands: `multiplex peer` (a headless peer), `multiplex invite`, `multiplex join <invite>`.

An invite holds a board's key: whoever has it can read and edit the board. `invite` prints it once;
send it the way you would send a password. `join` stores the key under MULTIPLEX_HOME (boards/<name>/
board.key, never synced, never advertised) and the inviter's addresses as seeds, so the next `up` or
`peer` syncs the board even where mDNS cannot cross the network.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import sys
from pathlib import Path

from mesh.errors import DecodeError, SchemaError
from mesh.model.names import valid_board_name
from peers.config import PeerConfig, load_peer_id

# The network stack (zeroconf, aiohttp, the server) is imported inside the commands that use it, so
# that building the parser for `--help` or an API call stays cheap.

__all__ = ["add_commands"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def cmd_peer(args: argparse.Namespace, config: PeerConfig) -> int:
    """A headless peer: the runner and the mesh, no canvas (the lead's `serve` composes them)."""
    import asyncio

    from .app import serve

    overrides = {"canvas": False}
    if args.board:
        overrides["board"] = args.board
    try:
        asyncio.run(serve(dataclasses.replace(config, **overrides)))
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def cmd_invite(args: argparse.Namespace, config: PeerConfig) -> int:
    from mesh.net.auth import Invite, encode_invite
    from mesh.net.discovery import lan_addresses

    board = args.board or config.board
    try:
        valid_board_name(board)
    except SchemaError as exc:
        print(f"multiplex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    key_file = Path(config.home) / "boards" / board / "board.key"
    if not key_file.exists():
        print(f"multiplex: no board {board!r} under {config.home} (start it once with: multiplex up "
              f"--board {board})", file=sys.stderr)
        return EXIT_FAILED
    addresses = list(args.address or [])
    if not addresses:
        hosts = [config.host] if config.host not in ("0.0.0.0", "::", "") else lan_addresses()
        port = config.port
        with contextlib.suppress(OSError, ValueError, AttributeError):  # the running peer's port, if any
            running = json.loads((Path(config.home) / "running.json").read_text(encoding="utf-8"))
            port = running["port"] if isinstance(running.get("port"), int) else port
        addresses = [f"{h}:{port}" for h in hosts[:4]]
    invite = Invite(board=board, key=key_file.read_bytes(), addresses=tuple(addresses),
                    peer_id=load_peer_id(Path(config.home)))
    print(encode_invite(invite))
    print("This invite contains the board's key: anyone holding it can read and edit the board.",
          file=sys.stderr)
    return EXIT_OK


def cmd_join(args: argparse.Namespace, config: PeerConfig) -> int:
    from mesh.net.auth import decode_invite
    from peers.mesh_service import save_seeds

    try:
        invite = decode_invite(args.invite)
    except DecodeError as exc:
        print(f"multiplex: not a valid invite: {exc}", file=sys.stderr)
        return EXIT_USAGE
    board_dir = Path(config.home) / "boards" / invite.board
    key_file = board_dir / "board.key"
    if key_file.exists() and key_file.read_bytes() != invite.key and not args.force:
        print(f"multiplex: board {invite.board!r} already exists here with another key; "
              "use --force to replace it (its local edits will no longer sync with the old board)",
              file=sys.stderr)
        return EXIT_FAILED
    board_dir.mkdir(parents=True, exist_ok=True)
    key_file.write_bytes(invite.key)
    if invite.addresses:
        save_seeds(board_dir, invite.addresses)
    print(f"joined board {invite.board!r}; start this peer (multiplex up --board {invite.board} or "
          f"multiplex peer --board {invite.board}) and it syncs with "
          f"{', '.join(invite.addresses) or 'the peers it finds on the LAN'}")
    return EXIT_OK


def add_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    peer = subparsers.add_parser("peer", help="run a headless peer: render and sync, no canvas")
    peer.add_argument("--board", help="board to serve (default: MULTIPLEX_BOARD or demo)")
    peer.add_argument("--port", type=int, help="HTTP port for API, assets and sync (default: MULTIPLEX_PORT or 8470)")
    peer.add_argument("--host", help="address to listen on (default: MULTIPLEX_HOST or 0.0.0.0)")
    peer.add_argument("--narrator", metavar="ENGINE",
                      help="narrator: builtin, llama:<path.gguf> or openai:<base URL>/v1 (default: MULTIPLEX_NARRATOR)")
    peer.set_defaults(func=cmd_peer)

    invite = subparsers.add_parser("invite", help="print an invite to a board (it contains the key)")
    invite.add_argument("--board", help="board (default: MULTIPLEX_BOARD or demo)")
    invite.add_argument("--address", action="append", help="host:port others should dial (repeatable)")
    invite.set_defaults(func=cmd_invite)

    join = subparsers.add_parser("join", help="join a board from an invite")
    join.add_argument("invite", help="multiplex://join?... as printed by `multiplex invite`")
    join.add_argument("--force", action="store_true", help="replace an existing board key")
    join.set_defaults(func=cmd_join)
