"""Fuzzing what another replica writes into a board: bytes, and well-formed updates with wrong types.

A remote can send anything. `Replica.apply_remote` refuses malformed bytes (False, document unchanged);
an update that decodes but writes the wrong types into blocks, jobs, the roster, the meta or presence
must never crash a reader: the typed accessors, jobs(), Roster.live(), the scheduler's view and the
canvas snapshot all skip or default what does not validate.

The hostile writer is a plain pycrdt Doc using the board's root names: it stands for another program
speaking the protocol, so it does not go through `mesh.model.board` on purpose.
"""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pycrdt import Array, Doc, Map, Text

from canvas.model import activity_view, block_view, board_snapshot, users_view
from mesh.model import annotations
from mesh.model.activity import recent
from mesh.model.jobs import jobs
from mesh.model.operations import job_reports, preview_render
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.scheduling import blocked, is_open, rank_peers
from mesh.model.schema import BLOCK_SPECS, COMMON_FIELDS
from mesh.net import _wire

from ._fuzz import FUZZ, few

pytestmark = pytest.mark.fuzz


def _reader() -> Replica:
    replica = Replica("film")
    b = replica.board
    b.init_meta("film", origin="user:t")
    intent = b.add_intent("castle at dawn", origin="user:t")
    b.add_comp(intent.id, "note", origin="user:t", text="mist")
    Roster(b, "me").announce(stages={"still": ["cpu"]})
    return replica


# -- arbitrary bytes -----------------------------------------------------------------------------------
@FUZZ
@given(update=st.one_of(st.binary(max_size=300), st.builds(lambda good, cut, junk: good[:cut] + junk,
                                                           st.just(_reader().state()), st.integers(0, 2_000),
                                                           st.binary(max_size=20))))
@example(update=b"\x00\x00")
@example(update=b"\x01\x01\xff\xff\xff\xff\x0f\x00\x08")
def test_apply_remote_refuses_malformed_bytes_and_changes_nothing(update: bytes) -> None:
    replica = _reader()
    before = replica.doc.get_update()
    state_before = replica.doc.get_state()
    if not replica.apply_remote(update, source="fuzz"):
        assert replica.doc.get_state() == state_before and replica.doc.get_update() == before
    _read_everything(replica)


# -- well-formed updates with wrong types --------------------------------------------------------------
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**53, 2**53),
                    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=12),
                    st.sampled_from(["", "scene", "note", "still", "clip", "me", "peer:x", "1e400", "nan"]))
plain_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3)
                            | st.dictionaries(st.text(max_size=6), inner, max_size=3), max_leaves=8)


def _prelim(value: object, text: bool = False) -> object:
    """A python value as what a pycrdt writer would put in a map: dicts become Maps, lists Arrays."""
    if isinstance(value, dict):
        return Map({str(k): _prelim(v) for k, v in value.items()})
    if isinstance(value, list):
        return Array([_prelim(v) for v in value])
    if text and isinstance(value, str):
        return Text(value)
    return value


field_names = st.sampled_from(sorted({*COMMON_FIELDS, *(n for s in BLOCK_SPECS.values() for n in s.fields),
                                      "kind", "sub", "zzz"}))
kinds = st.one_of(st.sampled_from([k.value for k in BLOCK_SPECS]), scalars)
subs = st.one_of(st.sampled_from(sorted({s for spec in BLOCK_SPECS.values() for s in spec.subs})), scalars)
blocks = st.one_of(st.builds(lambda k, s, f: {"kind": k, "sub": s, **f}, kinds, subs,
                             st.dictionaries(field_names, plain_values, max_size=6)), plain_values)
claims = st.dictionaries(
    st.sampled_from(["peer", "stamp", "started", "renewed", "lapsed", "withdrawn", "failed", "done", "cancelled",
                     "outputs", "gone"]), plain_values, max_size=8)
job_maps = st.one_of(st.fixed_dictionaries({}, optional={
    "intent": plain_values, "stage": st.one_of(st.sampled_from(["still", "clip", "visual"]), plain_values),
    "group": plain_values, "by": plain_values, "created": plain_values, "cancelled": plain_values,
    "key": plain_values, "priority": plain_values, "deps": st.one_of(st.lists(st.sampled_from(["j1", "j2", "j3"]),
                                                                            max_size=3), plain_values),
    "params": plain_values, "claims": st.one_of(st.dictionaries(st.sampled_from(["c1", "c2"]), claims, max_size=2),
                                                plain_values)}), plain_values)
roster_entries = st.one_of(st.fixed_dictionaries({}, optional={
    k: plain_values for k in ("beat", "stages", "models", "loaded", "slots", "busy", "paused", "name", "gpus",
                              "estimates", "instance")}), plain_values)
meta = st.dictionaries(st.sampled_from(["schema", "name", "board_id", "zzz"]), plain_values, max_size=3)
log_events = st.lists(st.one_of(st.fixed_dictionaries({}, optional={
    k: plain_values for k in ("t", "kind", "peer", "msg", "job", "intent", "stage", "gpu", "seconds")}),
    plain_values), max_size=3)
comment_maps = st.dictionaries(st.sampled_from(["k1", "k2"]), st.one_of(st.fixed_dictionaries({}, optional={
    k: plain_values for k in ("block", "text", "author", "created", "resolved")}), plain_values), max_size=2)
edges = st.dictionaries(st.sampled_from(["e1", "e2"]), st.one_of(st.fixed_dictionaries({}, optional={
    k: plain_values for k in ("src", "dst", "kind")}), plain_values), max_size=2)

hostile = st.fixed_dictionaries({}, optional={
    "blocks": st.dictionaries(st.sampled_from(["b1", "b2", "b3"]), blocks, max_size=3),
    "jobs": st.dictionaries(st.sampled_from(["j1", "j2", "j3"]), job_maps, max_size=3),
    "roster": st.dictionaries(st.sampled_from(["me", "p2", "p3"]), roster_entries, max_size=3),
    "meta": meta,
    "edges": edges,
    "sequence": st.lists(plain_values, max_size=3),
    "log": log_events,
    "comments": comment_maps,
    "snapshots": st.dictionaries(st.sampled_from(["s1"]), plain_values, max_size=1),
})


def _hostile_update(replica: Replica, roots: dict[str, object], text_fields: bool) -> bytes:
    """An update from a writer that knows the document (it synced first) and writes what it likes."""
    writer = Doc()
    writer.apply_update(replica.state())
    with writer.transaction():
        for name, content in roots.items():
            if name in ("sequence", "log"):
                arr = writer.get(name, type=Array)
                for v in content:  # type: ignore[attr-defined]
                    arr.append(_prelim(v))
            else:
                root = writer.get(name, type=Map)
                for k, v in content.items():  # type: ignore[attr-defined]
                    root[k] = _prelim(v, text_fields)
    return writer.get_update(replica.doc.get_state())


def _presence(replica: Replica, state: object) -> None:
    """A hostile awareness state from another client (as `_Session._apply_awareness` would apply it)."""
    raw = json.dumps(state).encode()
    payload = _wire._var_uint(1) + _wire._var_uint(424242) + _wire._var_uint(1) + _wire._var_uint(len(raw)) + raw
    _wire.check_awareness(payload)
    replica.presence.awareness.apply_awareness_update(payload, "fuzz")


def _read_everything(replica: Replica) -> None:
    b = replica.board
    _ = b.name, b.schema_version, b.is_new()
    for block in b.blocks():
        block.to_dict()
        _ = block.title, block.position, block.sub
        block_view(b, block)
    b.edges()
    b.sequence()
    b.to_json()
    for intent in b.intents():
        b.comps_of(intent.id)
        b.gen_art_of(intent.id)
        b.directives_of(intent.id)
        _ = intent.chosen, intent.duration_s, intent.description
    roster = Roster(b, "me")
    live = roster.live()
    roster.entries()
    roster.estimates()
    roster.gpu_counts()
    roster.paused()
    for j in jobs(b):
        j.to_dict()
        is_open(j)
        blocked(j, live)
        rank_peers(j, live)
    intents = [i.id for i in b.intents()]
    preview_render(b, intents, live)
    job_reports(b, live, replica.presence.progress(), [j.id for j in jobs(b)])
    annotations.comments(b)
    annotations.snapshots(b)
    recent(b)
    board_snapshot(replica)
    activity_view(replica, live)
    users_view(replica, "film")


presence_states = st.one_of(plain_values, st.fixed_dictionaries({}, optional={
    "peer": st.one_of(st.fixed_dictionaries({"id": st.sampled_from(["p2", "me"])}, optional={"name": plain_values}),
                      plain_values),
    "runs": st.one_of(st.dictionaries(st.sampled_from(["j1", "j2"]), st.one_of(st.fixed_dictionaries(
        {}, optional={"fraction": plain_values, "msg": plain_values, "peer": plain_values}), plain_values),
        max_size=2), plain_values),
    "gpus": plain_values,
    "canvas": st.one_of(st.dictionaries(st.text(max_size=3), st.one_of(st.fixed_dictionaries(
        {"board": st.just("film")}, optional={"name": plain_values, "cursor": plain_values,
                                              "selection": plain_values, "color": plain_values}), plain_values),
        max_size=2), plain_values),
}))


@few(2)
@given(roots=hostile, text_fields=st.booleans(), presence=presence_states)
@example(roots={"roster": {"p2": {"beat": 1.0, "slots": math.inf}}}, text_fields=False, presence=None)
@example(roots={"roster": {"me": {"beat": 1.0, "busy": -math.inf}}}, text_fields=False, presence=None)
@example(roots={"jobs": {"j1": {"intent": "x", "stage": "still"}}}, text_fields=False,
         presence={"peer": {"id": "p2"}, "runs": {"j1": {"fraction": "half"}}})
@example(roots={"blocks": {"b1": {"kind": "intent", "sub": "scene", "title": "x"}},
                "jobs": {"j1": {"intent": "b1", "stage": "still", "group": "g",
                                "claims": {"c1": {"peer": "p2", "stamp": "0", "started": True}}}}},
         text_fields=False, presence={"peer": {"id": "p2"}, "runs": {"j1": {"fraction": "half"}}})  # intent_status
def test_schema_invalid_remote_writes_never_crash_a_reader(roots: dict[str, object], text_fields: bool,
                                                          presence: object) -> None:
    replica = _reader()
    update = _hostile_update(replica, roots, text_fields)
    assert replica.apply_remote(update, source="fuzz")
    _presence(replica, presence)
    _read_everything(replica)
