"""The board-key handshake (sans-I/O) and invites."""

from __future__ import annotations

import json
import secrets

import pytest

from mesh.errors import AuthError, DecodeError
from mesh.net.auth import ClientHandshake, Invite, ServerHandshake, decode_invite, encode_invite, read_hello

KEY = secrets.token_bytes(32)


def run(client_key: bytes, server_key: bytes, *, board: str = "film") -> str:
    client = ClientHandshake(board, client_key, "client-1")
    b, peer, nonce = read_hello(client.hello())
    server = ServerHandshake(b, server_key, "server-1", peer, nonce)
    proof = client.on_challenge(server.challenge())
    return client.on_welcome(server.on_proof(proof))


def test_matching_keys_authenticate_both_sides() -> None:
    assert run(KEY, KEY) == "server-1"


def test_client_detects_a_server_without_the_key_before_sending_its_proof() -> None:
    with pytest.raises(AuthError):
        run(KEY, secrets.token_bytes(32))


def test_server_refuses_a_client_without_the_key() -> None:
    client = ClientHandshake("film", KEY, "c")
    _, peer, nonce = read_hello(client.hello())
    server = ServerHandshake("film", KEY, "s", peer, nonce)
    challenge = json.loads(server.challenge())
    # a client that cannot verify the server just sends something: it must not pass
    forged = json.dumps({"v": 1, "t": "proof", "proof": challenge["proof"]})  # reflect the server's proof
    with pytest.raises(AuthError):
        server.on_proof(forged)


def test_a_recorded_proof_is_useless_in_a_new_handshake() -> None:
    client = ClientHandshake("film", KEY, "c")
    _, peer, nonce = read_hello(client.hello())
    old_server = ServerHandshake("film", KEY, "s", peer, nonce)
    recorded = client.on_challenge(old_server.challenge())
    new_server = ServerHandshake("film", KEY, "s", peer, nonce)  # same client nonce replayed, fresh server nonce
    new_server.challenge()
    with pytest.raises(AuthError):
        new_server.on_proof(recorded)


def test_proof_is_bound_to_the_board_and_the_peer_ids() -> None:
    client = ClientHandshake("film", KEY, "c")
    _, peer, nonce = read_hello(client.hello())
    other_board = ServerHandshake("other", KEY, "s", peer, nonce)
    with pytest.raises(AuthError):
        client.on_challenge(other_board.challenge())
    other_id = ServerHandshake("film", KEY, "s", "not-c", nonce)
    with pytest.raises(AuthError):
        client.on_challenge(other_id.challenge())


def test_no_frame_carries_the_key() -> None:
    client = ClientHandshake("film", KEY, "c")
    hello = client.hello()
    _, peer, nonce = read_hello(hello)
    server = ServerHandshake("film", KEY, "s", peer, nonce)
    challenge = server.challenge()
    proof = client.on_challenge(challenge)
    for frame in (hello, challenge, proof, server.on_proof(proof)):
        assert KEY.hex() not in frame
        assert encode_invite(Invite("film", KEY)).split("k=")[1].split("&")[0] not in frame


@pytest.mark.parametrize("frame", [
    "", "{", "[]", '{"t":"hello"}', '{"t":"hello","v":2,"board":"film","peer":"c","nonce":"AAAAAAAAAAAAAAAAAAAAAA"}',
    '{"t":"hello","v":1,"board":"../x","peer":"c","nonce":"AAAAAAAAAAAAAAAAAAAAAA"}',
    '{"t":"hello","v":1,"board":"film","peer":"c d","nonce":"AAAAAAAAAAAAAAAAAAAAAA"}',
    '{"t":"hello","v":1,"board":"film","peer":"c","nonce":"short"}',
    "x" * 5000, b"\xff\xfe",
])
def test_malformed_hello_is_a_decode_error(frame: str | bytes) -> None:
    with pytest.raises(DecodeError):
        read_hello(frame)


def test_invite_round_trip() -> None:
    invite = Invite(board="film-2", key=KEY, addresses=("192.168.1.20:8470", "[fe80::1]:8470"), peer_id="p1")
    text = encode_invite(invite)
    assert text.startswith("multiplex://join?")
    assert decode_invite(text) == invite
    assert decode_invite("  " + text + "\n") == invite


@pytest.mark.parametrize("text", [
    "https://join?b=film&k=x",
    "multiplex://join?b=film",
    "multiplex://join?b=film&k=AAAA",
    "multiplex://join?b=../etc&k=" + "A" * 43,
    "multiplex://join?b=film&k=" + "A" * 43 + "&a=nohostport",
    "multiplex://join?b=film&k=" + "A" * 43 + "&a=h:99999",
    "multiplex://join?b=film&b=other&k=" + "A" * 43,
    "multiplex://join?b=film&k=" + "A" * 43 + "&p=bad id",
    "multiplex://join?" + "x" * 5000,
])
def test_bad_invites_are_refused(text: str) -> None:
    with pytest.raises(DecodeError):
        decode_invite(text)
