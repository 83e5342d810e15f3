"""Board keys: proving one in the sync handshake without sending it, and carrying one in an invite.

Why challenge-response: a board's key is its only secret, and the LAN is not trusted (anyone can open
a websocket to a peer). Both sides send a fresh random nonce; each answers with
HMAC-SHA256(auth_key, role | board | client id | server id | client nonce | server nonce). The server
proves first, so a client never gives its proof to a stranger; the role label makes one side's answer
useless as the other's; fresh nonces from both sides make a recorded answer useless later. The key
itself never crosses the wire; proofs are compared in constant time.

The handshake is sans-I/O (`ClientHandshake`, `ServerHandshake` turn text frames into text frames) so it
is tested without sockets; `mesh.net.sync` drives it over a websocket.

What it does not do: encrypt. After the handshake the board travels in clear over ws:// on the LAN, and
an attacker able to rewrite TCP traffic could take over an authenticated connection. docs/mesh.md says so.

Invites (`multiplex join <invite>`) carry the key itself: whoever holds an invite can join the board.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qs, quote, urlsplit

from mesh._log import QuietLogger, get_logger
from mesh.errors import AuthError, DecodeError

__all__ = [
    "AUTH_VERSION",
    "ClientHandshake",
    "Invite",
    "ServerHandshake",
    "decode_invite",
    "encode_invite",
    "log_refusal",
    "read_hello",
    "split_address",
    "valid_peer_id",
]

log = get_logger("mesh.net.auth")
refusals = QuietLogger(log)

AUTH_VERSION = 1
NONCE_BYTES = 16
KEY_BYTES = 32
MAX_HANDSHAKE_FRAME_BYTES = 1024  # a hello is ~150 bytes; anything bigger is not one of ours
MAX_INVITE_CHARS = 2_048
MAX_INVITE_ADDRESSES = 8

# \Z, not $: `$` also matches before a final newline, and "peer\n" is not a peer id
_PEER_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")
_BOARD = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")
_HOST = re.compile(r"^[A-Za-z0-9_.:%-]{1,253}\Z")


def valid_peer_id(value: object) -> str:
    if not isinstance(value, str) or not _PEER_ID.match(value):
        raise DecodeError(f"bad peer id {str(value)[:80]!r}")
    return value


def _auth_key(key: bytes) -> bytes:
    # Separate the handshake's key from the board key, should the board key ever be used for more.
    return hmac.new(key, b"multiplex/sync-auth/v1", hashlib.sha256).digest()


def _proof(key: bytes, role: str, board: str, client: str, server: str, cn: bytes, sn: bytes) -> bytes:
    msg = b"\x00".join([role.encode(), board.encode(), client.encode(), server.encode(), cn, sn])
    return hmac.new(_auth_key(key), msg, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: object, *, size: int, what: str) -> bytes:
    if not isinstance(text, str) or len(text) > 2 * size + 4:
        raise DecodeError(f"bad {what}")
    try:
        data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as exc:
        raise DecodeError(f"bad {what}: {exc}") from exc
    if len(data) != size:
        raise DecodeError(f"bad {what}: {len(data)} bytes, expected {size}")
    return data


def _load(frame: str | bytes, expect: str) -> dict[str, object]:
    if len(frame) > MAX_HANDSHAKE_FRAME_BYTES:
        raise DecodeError(f"handshake frame of {len(frame)} bytes")
    try:
        msg = json.loads(frame)
    except (ValueError, RecursionError) as exc:  # "[[[[..." within the size limit recurses
        raise DecodeError(f"handshake frame is not JSON: {exc}") from exc
    if not isinstance(msg, dict) or msg.get("t") != expect:
        raise DecodeError(f"expected a {expect!r} handshake frame")
    if msg.get("v") != AUTH_VERSION:
        raise DecodeError(f"unsupported handshake version {msg.get('v')!r}")
    return msg


def _dump(**fields: object) -> str:
    return json.dumps({"v": AUTH_VERSION, **fields}, separators=(",", ":"))


@dataclass(slots=True)
class ClientHandshake:
    """The dialing side: `hello()`, then `on_challenge(frame) -> proof frame`, then `on_welcome(frame)`."""

    board: str
    key: bytes
    peer_id: str
    nonce: bytes = field(default_factory=lambda: secrets.token_bytes(NONCE_BYTES))
    server_id: str | None = None

    def hello(self) -> str:
        return _dump(t="hello", board=self.board, peer=self.peer_id, nonce=_b64(self.nonce))

    def on_challenge(self, frame: str | bytes) -> str:
        msg = _load(frame, "challenge")
        server = valid_peer_id(msg.get("peer"))
        sn = _unb64(msg.get("nonce"), size=NONCE_BYTES, what="server nonce")
        proof = _unb64(msg.get("proof"), size=32, what="server proof")
        want = _proof(self.key, "server", self.board, self.peer_id, server, self.nonce, sn)
        if not hmac.compare_digest(proof, want):
            raise AuthError(f"peer {server} does not hold the key of board {self.board}")
        self.server_id = server
        return _dump(t="proof", proof=_b64(_proof(self.key, "client", self.board, self.peer_id, server,
                                                  self.nonce, sn)))

    def on_welcome(self, frame: str | bytes) -> str:
        _load(frame, "welcome")
        assert self.server_id is not None, "on_challenge() first"
        return self.server_id


def read_hello(frame: str | bytes) -> tuple[str, str, bytes]:
    """The (board, client peer id, client nonce) of a hello frame; DecodeError when it is not one."""
    msg = _load(frame, "hello")
    board = msg.get("board")
    if not isinstance(board, str) or not _BOARD.match(board):
        raise DecodeError("bad board name in hello")
    return board, valid_peer_id(msg.get("peer")), _unb64(msg.get("nonce"), size=NONCE_BYTES,
                                                          what="client nonce")


@dataclass(slots=True)
class ServerHandshake:
    """The accepting side, once it knows the board's key: `challenge()`, then `on_proof(frame) -> welcome`."""

    board: str
    key: bytes
    peer_id: str
    client_id: str
    client_nonce: bytes
    nonce: bytes = field(default_factory=lambda: secrets.token_bytes(NONCE_BYTES))

    def challenge(self) -> str:
        proof = _proof(self.key, "server", self.board, self.client_id, self.peer_id, self.client_nonce,
                       self.nonce)
        return _dump(t="challenge", peer=self.peer_id, nonce=_b64(self.nonce), proof=_b64(proof))

    def on_proof(self, frame: str | bytes) -> str:
        msg = _load(frame, "proof")
        proof = _unb64(msg.get("proof"), size=32, what="client proof")
        want = _proof(self.key, "client", self.board, self.client_id, self.peer_id, self.client_nonce,
                      self.nonce)
        if not hmac.compare_digest(proof, want):
            raise AuthError(f"peer {self.client_id} does not hold the key of board {self.board}")
        return _dump(t="welcome")


def log_refusal(peer: str, board: str, address: str, reason: str) -> None:
    """One WARNING per (peer, board, reason), debug after that: peers choose these strings."""
    refusals.warning(f"{peer}|{board}|{reason}"[:200], "refused peer %s (%s) for board %s: %s",
                     peer[:64], address[:64], board[:64], reason[:200])


# -- invites -------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Invite:
    """Everything a new machine needs to join a board. It contains the board key: treat it as a secret."""

    board: str
    key: bytes
    addresses: tuple[str, ...] = ()  # "host:port" of peers to dial when mDNS cannot find them
    peer_id: str = ""  # the inviting peer


def encode_invite(invite: Invite) -> str:
    """`multiplex://join?b=<board>&k=<key, base64url>&a=<host:port>,...&p=<peer id>`."""
    if not _BOARD.match(invite.board):
        raise DecodeError(f"bad board name {invite.board!r}")
    if len(invite.key) != KEY_BYTES:
        raise DecodeError(f"a board key has {KEY_BYTES} bytes, not {len(invite.key)}")
    parts = [f"b={quote(invite.board)}", f"k={_b64(invite.key)}"]
    if invite.addresses:
        for a in invite.addresses:
            _split_address(a)
        parts.append("a=" + ",".join(quote(a, safe=":[]") for a in invite.addresses))
    if invite.peer_id:
        parts.append(f"p={quote(valid_peer_id(invite.peer_id))}")
    return "multiplex://join?" + "&".join(parts)


def decode_invite(text: str) -> Invite:
    """Parse an invite strictly; DecodeError names what is wrong (never echoes the key)."""
    text = text.strip()
    if len(text) > MAX_INVITE_CHARS:
        raise DecodeError(f"invite longer than {MAX_INVITE_CHARS} characters")
    parts = urlsplit(text)
    if parts.scheme != "multiplex" or parts.netloc != "join":
        raise DecodeError("an invite starts with multiplex://join?")
    try:
        query = parse_qs(parts.query, strict_parsing=True, max_num_fields=8)
    except ValueError as exc:
        raise DecodeError(f"malformed invite: {exc}") from None
    for name, values in query.items():
        if len(values) != 1:
            raise DecodeError(f"invite field {name!r} given {len(values)} times")
    board = query.get("b", [""])[0]
    if not _BOARD.match(board):
        raise DecodeError("invite has no valid board name (b=)")
    key = _unb64(query.get("k", [""])[0], size=KEY_BYTES, what="board key in invite (k=)")
    addresses = tuple(a for a in query.get("a", [""])[0].split(",") if a)
    if len(addresses) > MAX_INVITE_ADDRESSES:
        raise DecodeError(f"invite lists more than {MAX_INVITE_ADDRESSES} addresses")
    for a in addresses:
        _split_address(a)
    peer_id = query.get("p", [""])[0]
    if peer_id:
        valid_peer_id(peer_id)
    return Invite(board=board, key=key, addresses=addresses, peer_id=peer_id)


def _split_address(address: str) -> tuple[str, int]:
    host, sep, port = address.rpartition(":")
    host = host.strip("[]")
    # isascii: "²".isdigit() is true, and int("²") raises ValueError
    if not sep or not _HOST.match(host) or not (port.isascii() and port.isdigit()) or not 0 < int(port) < 65536:
        raise DecodeError(f"bad peer address {address[:80]!r} (want host:port)")
    return host, int(port)


def split_address(address: str) -> tuple[str, int]:
    """`host:port` (or `[v6]:port`) -> (host, port); DecodeError when malformed."""
    return _split_address(address)
