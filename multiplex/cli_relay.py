"""Relay commands: `multiplex relay` (run one) and `multiplex relay token create|list|revoke`.

Tokens live in MULTIPLEX_HOME/relay/tokens.json, hashed; `token create` prints the token and an invite
link once (they cannot be shown again: only the hash is kept). The running relay notices the file change
within a second: a new token's board is created there, a revoked token's connections and sessions end.
These commands touch only the token file, so they work while the relay runs (it holds the home lock).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import Any

__all__ = ["add_commands"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _config(args: argparse.Namespace) -> Any:
    from relay.config import RelayConfig

    return RelayConfig.from_env(os.environ, host=getattr(args, "host", None), port=getattr(args, "port", None))


def cmd_relay(args: argparse.Namespace, _peer_config: object) -> int:
    import asyncio

    from relay.config import RelayConfigError

    if getattr(args, "token_action", None) is not None:
        return int(args.token_func(args))
    try:
        config = _config(args)
    except RelayConfigError as exc:
        print(f"multiplex: configuration error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    from .relay_app import serve_relay

    try:
        asyncio.run(serve_relay(config))
    except KeyboardInterrupt:
        pass
    return EXIT_OK


def _store(args: argparse.Namespace) -> Any:
    from relay.service import RELAY_DIR
    from relay.tokens import TokenStore

    return TokenStore(_config(args).home / RELAY_DIR / "tokens.json")


def cmd_token_create(args: argparse.Namespace) -> int:
    from mesh.errors import MultiplexError

    from .relay_app import invite_link, running_base_url

    config = _config(args)
    try:
        token, grant = _store(args).create(args.board, args.role, args.label or "")
    except MultiplexError as exc:
        print(f"multiplex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    base = config.public_url or running_base_url(config.home) or config.base_url
    print(f"token {grant.token_id} for board {grant.board!r}, role {grant.role.value} (shown once; keep it secret)")
    print(token)
    print(f"invite link: {invite_link(base, grant, token)}")
    if grant.role.value == "peer":
        print(f"home peer:   MULTIPLEX_RELAY={base.replace('http', 'ws', 1)} MULTIPLEX_RELAY_TOKEN={token}")
    return EXIT_OK


def cmd_token_list(args: argparse.Namespace) -> int:
    grants = _store(args).list()
    if not grants:
        print("no tokens (make one with: multiplex relay token create --board NAME --role view)")
        return EXIT_OK
    print(f"{'ID':8}  {'BOARD':24}  {'ROLE':6}  {'CREATED':16}  LABEL")
    for g in grants:
        created = time.strftime("%Y-%m-%d %H:%M", time.localtime(g.created))
        print(f"{g.token_id:8}  {g.board[:24]:24}  {g.role.value:6}  {created:16}  {g.label}")
    return EXIT_OK


def cmd_token_revoke(args: argparse.Namespace) -> int:
    if not _store(args).revoke(args.id):
        print(f"multiplex: no token {args.id!r} (see: multiplex relay token list)", file=sys.stderr)
        return EXIT_FAILED
    print(f"token {args.id} revoked; a running relay closes its connections within a second")
    return EXIT_OK


def add_commands(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    relay = subparsers.add_parser("relay", help="run the relay (remote canvas, any Yjs client, MCP), or manage "
                                                "its tokens")
    relay.add_argument("--host", help="address to listen on (default: MULTIPLEX_HOST or 0.0.0.0)")
    relay.add_argument("--port", type=int, help="HTTP port (default: MULTIPLEX_PORT or 8471)")
    relay.set_defaults(func=cmd_relay, token_action=None)
    sub = relay.add_subparsers(dest="relay_command")
    token = sub.add_parser("token", help="create, list or revoke relay tokens").add_subparsers(
        dest="token_action", required=True)
    create = token.add_parser("create", help="a new token and invite link for one board (creates the board "
                                             "on the relay)")
    create.add_argument("--board", required=True)
    create.add_argument("--role", required=True, choices=("view", "edit", "render", "peer"),
                        help="view: look; edit: change the board; render: also spend GPU time; peer: a home peer")
    create.add_argument("--label", help="who it is for (shown in token list)")
    create.set_defaults(token_func=cmd_token_create)
    token.add_parser("list", help="tokens by id, board and role").set_defaults(token_func=cmd_token_list)
    revoke = token.add_parser("revoke", help="revoke a token (its connections close)")
    revoke.add_argument("id", help="the token's id, as `token list` shows it")
    revoke.set_defaults(token_func=cmd_token_revoke)
