"""The hybrid logical clock: monotonic on one peer, after everything observed, string-sortable."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mesh.model.hlc import HLC, MAX_DRIFT_MS


def test_now_never_goes_backwards_when_the_wall_clock_does() -> None:
    walls = iter([1_000, 1_000, 900, 1_001, 500])
    clock = HLC(wall_ms=lambda: next(walls))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == [(1_000, 0), (1_000, 1), (1_000, 2), (1_001, 0), (1_001, 1)]


def test_observe_moves_past_a_remote_stamp_and_ignores_older_ones() -> None:
    clock = HLC(wall_ms=lambda: 100)
    clock.observe((5_000, 7))
    assert clock.now() == (5_000, 8)
    clock.observe((10, 0))
    assert clock.now() == (5_000, 9)


def test_encode_decode_round_trip() -> None:
    assert HLC.decode(HLC.encode((1_732_000_000_000, 42))) == (1_732_000_000_000, 42)
    assert HLC.decode("123") == (123, 0)


@given(a=st.tuples(st.integers(0, 10**14), st.integers(0, 999_999)),
       b=st.tuples(st.integers(0, 10**14), st.integers(0, 999_999)))
def test_encoded_stamps_sort_like_stamps(a: tuple[int, int], b: tuple[int, int]) -> None:
    assert (HLC.encode(a) < HLC.encode(b)) == (a < b)
    assert HLC.decode(HLC.encode(a)) == a


@given(walls=st.lists(st.integers(0, 10**6), min_size=1, max_size=30),
       observed=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 50)), max_size=5))
def test_stamps_strictly_increase_and_exceed_everything_observed(walls: list[int],
                                                                 observed: list[tuple[int, int]]) -> None:
    it = iter(walls)
    clock = HLC(wall_ms=lambda: 0)
    for stamp in observed:
        clock.observe(stamp)
    clock.wall_ms = lambda: next(it)
    last = max(observed, default=(-1, 0))
    for _ in walls:
        stamp = clock.now()
        assert stamp > last
        last = stamp


def test_a_stamp_far_in_the_future_is_not_adopted() -> None:
    clock = HLC(wall_ms=lambda: 1_000_000)
    clock.observe((1_000_000 + 2 * MAX_DRIFT_MS, 0))  # a buggy or hostile replica's stamp
    assert clock.now() == (1_000_000, 0)
    clock.observe((1_000_000 + MAX_DRIFT_MS // 2, 3))  # a merely skewed peer is still followed
    assert clock.now() == (1_000_000 + MAX_DRIFT_MS // 2, 4)
