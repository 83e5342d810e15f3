"""Relay tokens: only hashes on disk, constant-time checks, roles in order, revocation, file sharing."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

import pytest

import relay.tokens as tokens_module
from relay.config import TokenBucket
from relay.tokens import Grant, Role, TokenError, TokenStore


def test_create_verify_and_only_the_hash_is_stored(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "tokens.json")
    token, grant = store.create("demo", Role.EDIT, "ana")
    assert token.startswith(f"mxr_{grant.token_id}_") and len(grant.token_id) == 8
    on_disk = (tmp_path / "tokens.json").read_text()
    assert token not in on_disk and token[13:] not in on_disk
    assert json.loads(on_disk)["tokens"][grant.token_id]["sha256"] == hashlib.sha256(token.encode()).hexdigest()
    assert store.verify(token) == grant
    assert TokenStore(tmp_path / "tokens.json").verify(token) == grant  # another process reads the same file


@pytest.mark.parametrize("bad", ["", "mxr_", "nonsense", "x" * 500])
def test_malformed_tokens_are_refused(tmp_path: Path, bad: str) -> None:
    store = TokenStore(tmp_path / "tokens.json")
    store.create("demo", Role.VIEW)
    assert store.verify(bad) is None


def test_a_wrong_secret_with_a_real_id_is_refused(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "tokens.json")
    token, _ = store.create("demo", Role.PEER)
    forged = token[:-4] + ("AAAA" if not token.endswith("AAAA") else "BBBB")
    assert store.verify(forged) is None


def test_verify_compares_in_constant_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = tokens_module.hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(tokens_module.hmac, "compare_digest", spy)
    store = TokenStore(tmp_path / "tokens.json")
    token, _ = store.create("demo", Role.VIEW)
    assert store.verify(token) is not None
    assert store.verify("mxr_00000000_" + "A" * 43) is None  # unknown id: the same comparison, against a dummy
    assert len(calls) == 2


def test_revoke_takes_effect_in_another_store_reading_the_file(tmp_path: Path) -> None:
    relay_side = TokenStore(tmp_path / "tokens.json")
    cli_side = TokenStore(tmp_path / "tokens.json")
    token, grant = cli_side.create("demo", Role.EDIT)
    assert relay_side.verify(token) == grant  # a token made a moment ago counts at once
    assert cli_side.revoke(grant.token_id)
    assert relay_side.verify(token) is None and relay_side.get(grant.token_id) is None
    assert not cli_side.revoke(grant.token_id) and not cli_side.revoke("../../etc")


def test_tokens_are_never_logged(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = TokenStore(tmp_path / "tokens.json")
    token, grant = store.create("demo", Role.RENDER)
    store.verify(token)
    store.revoke(grant.token_id)
    assert token[13:] not in caplog.text and grant.token_id in caplog.text


def test_roles_are_ordered_and_peer_is_its_own() -> None:
    def g(role: Role) -> Grant:
        return Grant("00000000", "demo", role, "", 0.0)

    assert g(Role.VIEW).allows(Role.VIEW) and not g(Role.VIEW).allows(Role.EDIT)
    assert g(Role.EDIT).allows(Role.EDIT) and not g(Role.EDIT).allows(Role.RENDER)
    assert g(Role.RENDER).allows(Role.EDIT) and not g(Role.RENDER).allows(Role.PEER)
    assert g(Role.PEER).allows(Role.RENDER) and g(Role.PEER).allows(Role.PEER)


def test_bad_role_and_board_are_clear_errors(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "tokens.json")
    with pytest.raises(TokenError, match="role must be one of"):
        store.create("demo", "admin")
    with pytest.raises(Exception, match="bad board name"):
        store.create("../x", Role.VIEW)


def test_a_damaged_file_keeps_the_tokens_read_before(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    store = TokenStore(path)
    token, grant = store.create("demo", Role.VIEW)
    path.write_text("{not json")
    assert store.verify(token) == grant


def test_token_bucket_allows_a_burst_then_the_rate() -> None:
    bucket = TokenBucket(10.0, 5, now=0.0)
    assert [bucket.take(now=0.0) for _ in range(6)] == [True] * 5 + [False]
    assert bucket.take(now=0.1) and not bucket.take(now=0.1)  # 0.1 s at 10/s = one more


def test_two_processes_creating_tokens_at_once_keep_every_token(tmp_path: Path) -> None:
    """`token create` in two terminals (or a script) at the same moment: a read-modify-write without a
    lock would drop one process's tokens."""
    import subprocess
    import sys

    path = tmp_path / "relay" / "tokens.json"
    code = ("import sys; from pathlib import Path; from relay.tokens import TokenStore; "
            "s = TokenStore(Path(sys.argv[1]))\n"
            "for i in range(25): s.create('demo', 'view', f'{sys.argv[2]}-{i}')")
    root = Path(__file__).resolve().parents[3]
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), name], cwd=root) for name in ("a", "b")]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    labels = {g.label for g in TokenStore(path).list()}
    assert labels == {f"{n}-{i}" for n in "ab" for i in range(25)}
