"""The relay's token round acts on what the token file says, not on whether it was the one to re-read it.

`TokenStore.verify` and `.get` re-read tokens.json themselves (a token made a moment ago counts at once),
so a connection or page load arriving between `token create` and the next round used to consume the
change: the round saw "unchanged", the new token's board was never opened (its connections were refused
"unknown board" forever) and a revoked token's open connections were never closed.
"""

from __future__ import annotations

from pathlib import Path

from relay.config import RelayConfig
from relay.service import RELAY_DIR, RelayService
from relay.tokens import Role, TokenStore


async def test_a_board_opens_even_when_a_connection_read_the_new_token_first(tmp_path: Path) -> None:
    service = RelayService(RelayConfig(home=tmp_path))
    service.open_boards()
    cli = TokenStore(tmp_path / RELAY_DIR / "tokens.json")  # `multiplex relay token create`, another process
    token, _grant = cli.create("late", Role.EDIT)
    assert service.tokens.verify(token) is not None  # a browser or client got there before the round
    await service._tokens_round()
    assert "late" in service.hub.replicas
    service.hub.close()


async def test_a_revocation_closes_connections_even_when_a_request_read_it_first(tmp_path: Path) -> None:
    service = RelayService(RelayConfig(home=tmp_path))
    cli = TokenStore(tmp_path / RELAY_DIR / "tokens.json")
    token, grant = cli.create("demo", Role.VIEW)
    service.open_boards()
    await service._tokens_round()
    closed: list[tuple[int, str]] = []

    class Conn:
        remote = "test:1"

        async def close(self, code: int = 1000, reason: str = "") -> None:
            closed.append((code, reason))

    service.endpoint.open[grant.token_id] = {Conn()}  # type: ignore[arg-type]
    assert cli.revoke(grant.token_id)
    assert service.tokens.verify(token) is None  # a page load saw the revocation before the round
    await service._tokens_round()
    assert closed == [(4401, "token revoked")]
    service.hub.close()
