"""Fuzzing the decoders of bytes and text that arrive from the LAN or the internet.

Each property: a decoder raises only its documented error (DecodeError/FrameTooLarge/AuthError, or
None for a refused credential), never anything else, and what it accepts is what it promised.
"""

from __future__ import annotations

import json
import secrets
import string
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pycrdt import Awareness, Doc

from mesh.errors import AuthError, DecodeError, ProtocolError
from mesh.net import _wire
from mesh.net.auth import (
    ClientHandshake,
    Invite,
    ServerHandshake,
    decode_invite,
    encode_invite,
    read_hello,
    split_address,
    valid_peer_id,
)
from mesh.net.discovery import parse_txt
from mesh.net.http_gate import SessionSigner
from mesh.net.sync import SyncSettings, _Session

from ._fuzz import FUZZ, few

pytestmark = pytest.mark.fuzz

ID_CHARS = set(string.ascii_letters + string.digits + "_.-")
KEY = bytes(range(32))


# -- sync frames ---------------------------------------------------------------------------------------
frames = st.one_of(
    st.binary(max_size=300),
    st.builds(lambda k, body: bytes([k]) + body, st.sampled_from([0, 1, 3, 100, 101, 102]),
              st.binary(max_size=200)),
    st.builds(lambda encode, origin, view, update, cut: encode(origin, view, update)[:cut],
              st.sampled_from([_wire.encode_relayed, _wire.encode_relayed_awareness]), st.text(max_size=140),
              st.binary(min_size=0, max_size=6), st.binary(max_size=100), st.integers(0, 400)),
    st.builds(lambda sub, body: _wire.encode_step1(body)[:1] + bytes([sub]) + _wire.encode_step1(body)[2:],
              st.integers(0, 3), st.binary(max_size=200)),
)


@FUZZ
@given(frame=frames, limit=st.integers(0, 400))
@example(frame=b"\x00\x02\xff\xff\xff\xff\xff\x01", limit=400)  # a length prefix that never ends
def test_decode_frame_raises_only_protocol_errors(frame: bytes, limit: int) -> None:
    """Both steps a session takes: the frame, then a relayed frame's origin, view and payload."""
    try:
        kind, payload = _wire.decode_frame(frame, max_bytes=limit)
    except ProtocolError:
        return
    assert len(frame) <= limit
    assert isinstance(kind, _wire.FrameKind) and frame.endswith(payload)
    if kind in (_wire.FrameKind.RELAYED, _wire.FrameKind.RELAYED_AWARENESS):
        try:
            origin, view, inner = _wire.decode_relayed(payload)
        except ProtocolError:
            return
        assert 0 < len(origin.encode()) <= _wire.MAX_ORIGIN_BYTES and len(view) == _wire.VIEW_BYTES
        assert payload.endswith(inner)


@FUZZ
@given(payload=st.binary(max_size=200))
def test_frames_round_trip(payload: bytes) -> None:
    for encode, kind in ((_wire.encode_step1, _wire.FrameKind.STEP1), (_wire.encode_step2, _wire.FrameKind.STEP2),
                         (_wire.encode_update, _wire.FrameKind.UPDATE), (_wire.encode_side, _wire.FrameKind.SIDE),
                         (_wire.encode_awareness, _wire.FrameKind.AWARENESS)):
        assert _wire.decode_frame(encode(payload), max_bytes=1_000) == (kind, payload)
    assert _wire.decode_frame(_wire.encode_query_awareness(), max_bytes=1_000) == (_wire.FrameKind.QUERY_AWARENESS, b"")


@FUZZ
@given(origin=st.text(min_size=1, max_size=30), view=st.binary(min_size=4, max_size=4), update=st.binary(max_size=200))
def test_relayed_frames_round_trip(origin: str, view: bytes, update: bytes) -> None:
    for encode, want in ((_wire.encode_relayed, _wire.FrameKind.RELAYED),
                         (_wire.encode_relayed_awareness, _wire.FrameKind.RELAYED_AWARENESS)):
        kind, payload = _wire.decode_frame(encode(origin, view, update), max_bytes=1_000)
        assert kind == want and _wire.decode_relayed(payload) == (origin, view, update)


# -- awareness -----------------------------------------------------------------------------------------
def _awareness_entry(client: int, clock: int, state: str | bytes) -> bytes:
    raw = state.encode() if isinstance(state, str) else state
    return _wire._var_uint(client) + _wire._var_uint(clock) + _wire._var_uint(len(raw)) + raw


json_states = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=10),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                        max_size=3),
                           max_leaves=8).map(json.dumps)
awareness_payloads = st.one_of(
    st.binary(max_size=200),
    st.builds(lambda entries, count, cut: (_wire._var_uint(count) + b"".join(entries))[:cut],
              st.lists(st.builds(_awareness_entry, st.integers(0, 2**40), st.integers(0, 2**33),
                                 json_states | st.binary(max_size=20) | st.just("[" * 3000)), max_size=4),
              st.integers(0, 6), st.integers(0, 2_000)),
)


def _session(limit_clients: int = 512) -> tuple[SimpleNamespace, Awareness]:
    awareness = Awareness(Doc())
    fake = SimpleNamespace(node=SimpleNamespace(settings=SyncSettings(max_awareness_clients=limit_clients)),
                           replica=SimpleNamespace(presence=SimpleNamespace(awareness=awareness)),
                           remote_peer="fuzz")
    return fake, awareness


@FUZZ
@given(payload=awareness_payloads)
@example(payload=_wire._var_uint(2) + _awareness_entry(7, 1, '{"peer": 1}') + b"\x08\x01")  # 2nd entry cut
def test_awareness_updates_raise_only_decode_errors_and_refused_ones_change_nothing(payload: bytes) -> None:
    fake, awareness = _session()
    before = dict(awareness.states)
    try:
        _Session._apply_awareness(fake, payload)  # type: ignore[arg-type]
    except ProtocolError:
        assert dict(awareness.states) == before
        return
    assert all(s is None or isinstance(s, (dict, list, str, int, float, bool)) for s in awareness.states.values())


# -- the board-key handshake ---------------------------------------------------------------------------
def _b64(data: bytes) -> str:
    import base64
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
                           | st.text(max_size=40),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                        max_size=3),
                           max_leaves=6)
nonces = st.one_of(st.binary(min_size=16, max_size=16).map(_b64), st.text(max_size=40), json_values)
peer_ids = st.one_of(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", fullmatch=True), st.text(max_size=70),
                     json_values)


def _frame(t: str, fields: st.SearchStrategy[dict[str, object]]) -> st.SearchStrategy[str | bytes]:
    shaped = st.builds(lambda v, extra: json.dumps({"v": v, "t": t, **extra}),
                       st.sampled_from([1, 1.0, True, 2, "1", None]), fields)
    return st.one_of(shaped, shaped.map(str.encode), st.text(max_size=300), st.binary(max_size=300),
                     st.just("[" * 1000), st.just(b"\xff" + b"{" * 600))


hellos = _frame("hello", st.fixed_dictionaries({}, optional={"board": peer_ids, "peer": peer_ids, "nonce": nonces}))


@FUZZ
@given(frame=hellos)
@example(frame="[" * 1000)  # json.loads recursion
@example(frame=json.dumps({"v": 1, "t": "hello", "board": "film\n", "peer": "p", "nonce": _b64(bytes(16))}))
@example(frame=json.dumps({"v": 1, "t": "hello", "board": "film", "peer": "p\n", "nonce": _b64(bytes(16))}))
def test_read_hello_raises_only_decode_errors_and_accepts_only_clean_ids(frame: str | bytes) -> None:
    try:
        board, peer, nonce = read_hello(frame)
    except DecodeError:
        return
    assert set(board) <= ID_CHARS and set(peer) <= ID_CHARS and len(nonce) == 16


challenges = _frame("challenge", st.fixed_dictionaries(
    {}, optional={"peer": peer_ids, "nonce": nonces, "proof": st.one_of(st.binary(min_size=32, max_size=32).map(_b64),
                                                                          nonces)}))
proofs = _frame("proof", st.fixed_dictionaries(
    {}, optional={"proof": st.one_of(st.binary(min_size=32, max_size=32).map(_b64), nonces)}))


@FUZZ
@given(frame=challenges)
@example(frame="[" * 1000)
def test_a_forged_challenge_is_refused_with_decode_or_auth_error(frame: str | bytes) -> None:
    client = ClientHandshake("film", KEY, "client-1")
    with pytest.raises((DecodeError, AuthError)):
        client.on_challenge(frame)
    assert client.server_id is None


@FUZZ
@given(frame=proofs)
@example(frame="[" * 1000)
def test_a_forged_proof_is_refused_with_decode_or_auth_error(frame: str | bytes) -> None:
    server = ServerHandshake("film", KEY, "server-1", "client-1", secrets.token_bytes(16))
    with pytest.raises((DecodeError, AuthError)):
        server.on_proof(frame)


@FUZZ
@given(value=peer_ids)
@example(value="peer-1\n")  # `$` matches before a final newline
def test_valid_peer_id_accepts_only_the_id_alphabet(value: object) -> None:
    try:
        out = valid_peer_id(value)
    except DecodeError:
        return
    assert isinstance(out, str) and set(out) <= ID_CHARS and 1 <= len(out) <= 64


# -- invites -------------------------------------------------------------------------------------------
hosts = st.one_of(st.from_regex(r"[a-z0-9.-]{1,20}", fullmatch=True), st.text(max_size=20))
ports = st.one_of(st.integers(-5, 70_000).map(str), st.text(max_size=6), st.sampled_from(["²", "١٢", "+80", " 80"]))
addresses = st.builds(lambda h, p: f"{h}:{p}", hosts, ports)
invites = st.one_of(
    st.text(max_size=400),
    st.builds(lambda b, k, a, p, extra: "multiplex://join?" + "&".join(
        x for x in (f"b={b}", f"k={k}", "a=" + ",".join(a) if a else "", f"p={p}" if p else "", extra) if x),
        peer_ids.map(str), st.one_of(st.binary(min_size=32, max_size=32).map(_b64), st.text(max_size=50)),
        st.lists(addresses, max_size=10), st.one_of(st.just(""), peer_ids.map(str)),
        st.sampled_from(["", "b=x", "k=", "&&", "z=%ff", "a=%C2%B2"])),
)


@FUZZ
@given(text=invites)
@example(text=f"multiplex://join?b=film&k={_b64(KEY)}&a=host:%C2%B2")  # '²'.isdigit() but int('²') fails
@example(text=f"multiplex://join?b=film%0A&k={_b64(KEY)}")  # a board name ending in a newline
def test_decode_invite_raises_only_decode_errors_and_round_trips(text: str) -> None:
    try:
        invite = decode_invite(text)
    except DecodeError:
        return
    assert set(invite.board) <= ID_CHARS and len(invite.key) == 32
    for a in invite.addresses:
        _, port = split_address(a)
        assert 0 < port < 65_536
    assert decode_invite(encode_invite(invite)) == invite


@FUZZ
@given(address=st.one_of(addresses, st.text(max_size=30)))
@example(address="host:²")
@example(address="host\n:80")
def test_split_address_raises_only_decode_errors(address: str) -> None:
    try:
        host, port = split_address(address)
    except DecodeError:
        return
    assert 0 < port < 65_536 and host and "\n" not in host and port == int(address.rpartition(":")[2])


def test_an_invite_still_round_trips() -> None:
    invite = Invite("film", KEY, ("10.0.0.2:8765", "[fe80::1]:9"), "peer-1")
    assert decode_invite(encode_invite(invite)) == invite


# -- zeroconf TXT records ------------------------------------------------------------------------------
txt_keys = st.one_of(st.sampled_from([b"v", b"id", b"n", b"p", b"b", b"bx", b"g", b"gn", b"vr", b"be", b"m"]),
                     st.binary(max_size=6))
txt_values = st.one_of(st.none(), st.binary(max_size=40), st.text(max_size=40).map(str.encode),
                       st.sampled_from([b"1", b"8765", "²".encode(), "١٢".encode(), b"peer-1\n", b"a,b,,c"]))


@FUZZ
@given(props=st.dictionaries(txt_keys, txt_values, max_size=18), valid_base=st.booleans())
@example(props={b"p": "²".encode()}, valid_base=True)  # '²'.isdigit() but int('²') raises ValueError
@example(props={b"g": "³".encode()}, valid_base=True)
@example(props={b"id": b"peer-1\n"}, valid_base=True)
def test_parse_txt_raises_only_decode_errors(props: dict[bytes, bytes | None], valid_base: bool) -> None:
    if valid_base:
        props = {b"v": b"1", b"id": b"peer-1", b"p": b"8765", **props}
    try:
        out = parse_txt(props)
    except DecodeError:
        return
    assert set(str(out["peer_id"])) <= ID_CHARS
    assert 1 <= int(out["port"]) <= 65_535  # type: ignore[call-overload]
    assert all(set(b) <= ID_CHARS for b in out["boards"])  # type: ignore[attr-defined]


# -- relay tokens --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def token_store(tmp_path_factory: pytest.TempPathFactory):
    from relay.tokens import Role, TokenStore

    store = TokenStore(Path(tmp_path_factory.mktemp("tokens")) / "tokens.json")
    token, grant = store.create("film", Role.EDIT, "fuzz")
    return store, token, grant


tokens = st.one_of(st.text(max_size=140), st.from_regex(r"mxr_[0-9a-f]{8}_[A-Za-z0-9_-]{43}", fullmatch=True),
                   st.binary(max_size=20), st.none(), st.integers())


@FUZZ
@given(token=tokens)
@example(token="\ud800")  # a lone surrogate: JSON (MCP, API bodies) can carry one
@example(token="mxr_0000000\ud800")
def test_token_verify_answers_none_for_anything_but_a_real_token(token_store, token: object) -> None:
    store, real, grant = token_store
    assert store.verify(token) is None  # type: ignore[arg-type]
    assert store.verify(real) == grant


# -- the HTTP gate's session values --------------------------------------------------------------------
signer = SessionSigner(b"s" * 32, b"fuzz", sep=".", fields=1)
issued = signer.issue("board-1", now=1_000_000)


def _mutate(value: str, pos: int, text: str) -> str:
    pos %= len(value) + 1
    return value[:pos] + text + value[pos + 1:]


session_values = st.one_of(st.text(max_size=120),
                           st.builds(_mutate, st.just(issued), st.integers(0, 200), st.text(max_size=3)),
                           st.just(issued))


@FUZZ
@given(value=session_values, now=st.floats(0, 2e9, allow_nan=False))
@example(value="a.1.n.\ud800", now=1_000_000.0)  # a lone surrogate in the MAC part
@example(value="a.1.\ud800.x", now=1_000_000.0)
def test_session_values_are_read_or_refused_with_none(value: str, now: float) -> None:
    out = signer.read(value, now=now)
    if out is not None:
        assert value == issued and out == ("board-1",)
        assert -signer.clock_skew_s <= now - 1_000_000 <= signer.max_age_s


@few(4)
@given(field=st.text(st.characters(exclude_categories=["Cs"]), max_size=30), now=st.integers(0, 2**31))
def test_session_values_round_trip(field: str, now: int) -> None:
    if "." in field:
        with pytest.raises(ValueError):
            signer.issue(field, now=now)
        return
    value = signer.issue(field, now=now)
    assert signer.read(value, now=now) == (field,)



# Hypothesis raises the recursion limit while it runs a test, so nesting is checked outside @given.
@pytest.mark.parametrize("frame", ["[" * 1000, b"[" * 1000])
def test_deeply_nested_handshake_frames_are_decode_errors(frame: str | bytes) -> None:
    with pytest.raises(DecodeError):
        read_hello(frame)
    with pytest.raises(DecodeError):
        ClientHandshake("film", KEY, "client-1").on_challenge(frame)
    with pytest.raises(DecodeError):
        ServerHandshake("film", KEY, "server-1", "client-1", bytes(16)).on_proof(frame)


@FUZZ
@given(name=st.one_of(peer_ids.map(str), st.text(max_size=70)))
@example(name="film\n")  # would become a directory name with a newline (refused by Windows)
def test_board_names_accept_only_the_portable_alphabet(name: str) -> None:
    from mesh.errors import SchemaError
    from mesh.model.names import valid_board_name

    try:
        out = valid_board_name(name)
    except SchemaError:
        return
    assert set(out) <= ID_CHARS and 1 <= len(out) <= 64
