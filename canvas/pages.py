"""Canvas pages and their small HTTP API, mounted into the process's FastAPI app.

    register(app, hub, storage_secret=...)   call once, after the app's own routes (NiceGUI mounts at /)

Pages: ``/`` redirects to the default board, ``/board/{name}`` is the canvas of a board this peer
already has; for any other valid name it offers an explicit "Create board" (at most `MAX_BOARDS` boards),
so opening URLs never creates boards. Who may reach these pages at all is decided in front of them, by
the process's access gate (`multiplex.access`: the canvas link's session cookie). Each browser tab gets a
`GraphView` fed by the board's shared `BoardFeed`, and an `Editor` (per person, shared by that person's
tabs, so undo follows the person). Uploads (reference images, voice notes) are ``POST
/canvas/api/upload?token=...`` with the raw bytes: the token is issued per page, so only a canvas
served here can upload, and bytes never travel over the 1 MB-capped websocket.

The canvas changes state only through `mesh` (board, jobs, annotations); it imports neither `peers`
nor `relay`.
"""

from __future__ import annotations

import asyncio
import hashlib
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from nicegui import Client, ui
from nicegui import app as ng_app

from flows.deliverables import KINDS, MIMES, ExportError
from flows.deliverables.manager import Export, ExportBusy, Exports
from flows.fountain import MAX_SCRIPT_CHARS
from flows.script_import import import_script
from mesh._log import get_logger
from mesh.errors import AssetError, MultiplexError, SchemaError
from mesh.model import sequence
from mesh.model.board import Board
from mesh.model.schema import BlockKind
from mesh.storage.assets import AssetStore, receive_upload, refusal_status
from mesh.storage.hub import BoardHub, valid_board_name

from .components.graph_view import GraphView
from .editing import CommandError, Editor, Person
from .feed import BoardFeed
from .model import DEFAULT_TITLES, PALETTE
from .theme import FAVICON, STATIC_DIR, STATIC_URL, frame

__all__ = ["CanvasServer", "register"]

log = get_logger("canvas.pages")

MAX_UPLOAD_BYTES = 512 * 1024 * 1024
MAX_NAME_CHARS = 32
MAX_BOARDS = 32  # boards this peer may hold before the canvas refuses to create another
MAX_EXPORTS_RUNNING = 2  # exports built at once for canvas pages (an animatic keeps a core busy)
MAX_EXPORT_FETCHES = 500  # takes pulled from home peers for one export (relay)
EXPORT_OPTIONS = {"per_page": (3, 6), "page": ("a4", "letter"), "burn_in": (True, False)}
USER_COLORS = ("#00e5ff", "#64ffda", "#9c88ff", "#ffc947", "#ff8a65", "#7cc4ff", "#f48fb1", "#b2ff59")
_VERSION = "1"


def _color(name: str) -> str:
    return USER_COLORS[hashlib.blake2b(name.encode(), digest_size=2).digest()[0] % len(USER_COLORS)]


def _clean_name(raw: str) -> str:
    name = "".join(ch for ch in raw.strip() if ch.isalnum() or ch in "-_. ")[:MAX_NAME_CHARS].strip()
    return name or f"guest-{secrets.token_hex(2)}"


@dataclass(slots=True)
class _Upload:
    board: str
    person: Person
    store: AssetStore = field(repr=False)
    may_edit: bool = True


class CanvasServer:
    """State shared by the canvas pages of one process: feeds, editors, upload tokens."""

    def __init__(self, hub: BoardHub, *, assets: AssetStore, default_board: str = "main",
                 permissions: Permissions | None = None, fetch: AssetFetch | None = None) -> None:
        self.hub = hub
        self.fetch = fetch
        self.permissions = permissions
        self.assets = assets
        self.default_board = default_board
        self.feeds: dict[str, BoardFeed] = {}
        self.editors: dict[tuple[str, str], Editor] = {}
        self.uploads: dict[str, _Upload] = {}
        self.exports = Exports(keep=8, max_running=MAX_EXPORTS_RUNNING)

    def board(self, name: str) -> tuple[BoardFeed, Board] | None:
        """The feed and board of a board this peer has (never creating one); None when it has none."""
        replica = self.hub.replicas.get(valid_board_name(name))
        if replica is None:
            if name not in self.hub.names_on_disk():
                return None
            replica = self.hub.open(name, create=False)
        feed = self.feeds.get(name)
        if feed is None or feed.replica is not replica:
            feed = self.feeds[name] = BoardFeed(replica)
        return feed, replica.board

    def boards(self) -> list[str]:
        return sorted(set(self.hub.replicas) | set(self.hub.names_on_disk()))

    async def create(self, name: str) -> None:
        """A new board with the default blocks, asked for explicitly (button), under the cap."""
        valid_board_name(name)
        existing = self.boards()
        if name in existing:
            return
        if len(existing) >= MAX_BOARDS:
            raise MultiplexError(f"this peer already holds {len(existing)} boards (the most the canvas creates is "
                                 f"{MAX_BOARDS})")
        board = self.hub.open(name).board
        if board.is_new():  # a board with any history is never re-initialised, whatever its meta says
            board.init_meta(name, origin="user:canvas")
            board.add_default_blocks(origin="user:canvas")
        await self.hub.flush(name)
        log.info("board %s created from the canvas", name)

    def editor(self, name: str, board: Board, person: Person, feed: BoardFeed, *, may_edit: bool = True,
               may_render: bool = True) -> Editor:
        key = (name, person.name, may_edit, may_render)  # a viewer never shares an editor with an editor
        editor = self.editors.get(key)
        if editor is None or editor.board is not board:
            editor = self.editors[key] = Editor(board, person, roster=feed.roster, may_edit=may_edit,
                                                may_render=may_render)
        return editor

    # -- presence of canvas users (cursor, selection) ------------------------------------------------
    def set_presence(self, name: str, client_id: str, person: Person, update: dict[str, Any] | None) -> None:
        presence = self.hub.replicas[name].presence
        users = dict(presence.local().get("canvas") or {})
        if update is None:
            users.pop(client_id, None)
        else:
            entry = dict(users.get(client_id) or {"name": person.name, "color": _color(person.name), "board": name})
            cursor = update.get("cursor")
            if isinstance(cursor, dict) and all(isinstance(cursor.get(k), int | float) for k in ("x", "y")):
                entry["cursor"] = {"x": float(cursor["x"]), "y": float(cursor["y"])}
            selection = update.get("selection")
            if isinstance(selection, list):
                entry["selection"] = [s for s in selection[:200] if isinstance(s, str) and len(s) <= 64]
            users[client_id] = entry
        presence.set("canvas", users)

    # -- pages -------------------------------------------------------------------------------------------
    async def board_page(self, name: str, client: Client, who: str = "") -> None:
        frame(_VERSION)
        try:
            opened = self.board(name)
        except (SchemaError, MultiplexError) as exc:
            ui.label(f"Cannot open board {name!r}: {exc}").style("color:#ff5722;font-family:monospace;padding:24px")
            return
        if opened is None:
            self._missing_page(name)
            return
        feed, board = opened
        stored = ng_app.storage.user.get("name") if _has_user_storage() else None
        person_name = _clean_name(who or stored or "")
        if _has_user_storage():
            ng_app.storage.user["name"] = person_name
        person = Person(person_name, client.id)
        may_edit, may_render = self.permissions(client.request, name) if self.permissions else (True, True)
        editor = self.editor(name, board, person, feed, may_edit=may_edit, may_render=may_render)
        token = secrets.token_urlsafe(18)
        self.uploads[token] = _Upload(name, person, self.assets, may_edit)
        me = {"id": client.id, "name": person.name, "color": _color(person.name)}
        view = GraphView(palette=PALETTE, me=me, board=name, token=token)
        unsubscribe = None

        def on_ready() -> None:
            nonlocal unsubscribe
            view.reset(feed.snapshot())
            if unsubscribe is None:
                unsubscribe = feed.subscribe(view.apply)
            self.set_presence(name, client.id, person, {})

        def on_command(e: Any) -> None:
            try:
                reply = editor.handle(e.args)
            except CommandError as exc:
                view.reply({"error": str(exc)})
                return
            if reply:
                view.reply(reply)

        def on_presence(e: Any) -> None:
            if isinstance(e.args, dict):
                self.set_presence(name, client.id, person, e.args)

        def on_delete() -> None:
            if unsubscribe is not None:
                unsubscribe()
            self.uploads.pop(token, None)
            if name in self.hub.replicas:
                self.set_presence(name, client.id, person, None)

        def on_disconnect() -> None:  # the socket dropped: not here for the others until it is back
            if name in self.hub.replicas:
                self.set_presence(name, client.id, person, None)

        def on_reconnect() -> None:
            if unsubscribe is not None and name in self.hub.replicas:
                self.set_presence(name, client.id, person, {})

        view.on("ready", on_ready)
        view.on("command", on_command)
        view.on("presence", on_presence)
        client.on_disconnect(on_disconnect)
        client.on_connect(on_reconnect)
        client.on_delete(on_delete)

    def _missing_page(self, name: str) -> None:
        """No such board here: say so, list the boards there are, and offer to create it."""
        with ui.column().style("padding:32px;gap:12px;font-family:'Plus Jakarta Sans',sans-serif;color:#f8f9fa"):
            ui.label(f"This peer has no board {name!r}.").style("font-size:18px").props('data-role="no-board"')
            others = self.boards()
            if others:
                ui.label("Boards here:").style("color:#9ca3af")
                for other in others:
                    ui.link(other, f"/board/{other}").style("color:#00e5ff")

            async def create() -> None:
                try:
                    await self.create(name)
                except MultiplexError as exc:
                    ui.notify(str(exc), type="negative")
                    return
                ui.navigate.to(f"/board/{name}")

            ui.button(f"Create board {name}", on_click=create).props('data-role="create-board" color=cyan-4 outline')

    # -- uploads -----------------------------------------------------------------------------------------
    async def upload(self, request: Request, token: str, block: str = "", x: float = 0.0, y: float = 0.0,
                     attach: str = "", name: str = "") -> JSONResponse:
        session = self.uploads.get(token)
        if session is None:
            return JSONResponse({"error": "not a canvas session of this server (reload the page)"}, status_code=403)
        if not session.may_edit:
            return JSONResponse({"error": "this board is view-only for you: uploads are refused"}, status_code=403)
        if not block and is_script(name, request.headers.get("content-type", "")):
            return await self._import_script(request, session, name)
        try:  # judged by its first bytes and the board's quota before anything is kept
            meta = await receive_upload(session.store, session.board, request.stream(),
                                        content_length=request.headers.get("content-length"),
                                        max_bytes=MAX_UPLOAD_BYTES)
        except AssetError as exc:
            return JSONResponse({"error": str(exc)}, status_code=refusal_status(exc))
        board = self.hub.replicas[session.board].board
        origin = session.person.origin
        mime = meta.mime
        try:
            if block:
                view = board.block(block)
                if view is None or view.kind is not BlockKind.COMP:
                    return JSONResponse({"error": "drop files on a comp block"}, status_code=400)
                board.update(block, origin=origin, asset=meta.sha256, mime=mime)
                return JSONResponse({"asset": meta.sha256, "block": block})
            sub = "image" if mime.startswith("image/") else "clip" if mime.startswith("video/") else \
                "voice" if mime.startswith("audio/") else None
            if sub is None:
                return JSONResponse({"error": f"{mime} is not an image, clip or sound"}, status_code=415)
            title = DEFAULT_TITLES[("comp", sub)]
            with board.transact(origin):
                if attach and board.block(attach) is not None:
                    made = board.add_comp(attach, sub, origin=origin, asset=meta.sha256, mime=mime, title=title,
                                          x=x, y=y)
                else:
                    made = board.add_block(BlockKind.COMP, sub, origin=origin, asset=meta.sha256, mime=mime,
                                           title=title, x=x, y=y)
        except MultiplexError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse({"asset": meta.sha256, "block": made.id})

    async def _import_script(self, request: Request, session: _Upload, name: str) -> JSONResponse:
        """A dropped .fountain or .txt goes to the same import as `multiplex import`."""
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > MAX_SCRIPT_CHARS:
                return JSONResponse({"error": f"{name}: a script import takes at most {MAX_SCRIPT_CHARS:,} bytes"},
                                    status_code=413)
        try:
            text = bytes(raw).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            return JSONResponse({"error": f"{name}: line {line}: not UTF-8 text"}, status_code=400)
        board = self.hub.replicas[session.board].board
        try:
            report = import_script(board, text, name=name, origin=session.person.origin)
        except MultiplexError as exc:
            return JSONResponse({"error": f"{name}: {exc}"}, status_code=400)
        return JSONResponse({"import": report.to_dict()})


    # -- exports (the animatic block's buttons) ----------------------------------------------------------
    async def start_export(self, request: Request, token: str, kind: str, block: str = "") -> JSONResponse:
        """Build a deliverable of the page's board. With `block` (an animatic block) and kind animatic, the
        finished MP4 goes into the asset store and onto that block, so everyone on the board can play it."""
        session = self.uploads.get(token)
        if session is None:
            return JSONResponse({"error": "not a canvas session of this server (reload the page)"}, status_code=403)
        if kind not in KINDS:
            return JSONResponse({"error": f"kind must be one of {', '.join(KINDS)}"}, status_code=400)
        try:
            raw = await request.json() if int(request.headers.get("content-length") or 0) else {}
        except ValueError:
            return JSONResponse({"error": "options must be a JSON object"}, status_code=400)
        if not isinstance(raw, dict) or len(raw) > len(EXPORT_OPTIONS) or any(
                k not in EXPORT_OPTIONS or v not in EXPORT_OPTIONS[k] or isinstance(v, bool) != (k == "burn_in")
                for k, v in raw.items()):
            allowed = "; ".join(f"{k}: {' or '.join(map(str, v))}" for k, v in EXPORT_OPTIONS.items())
            return JSONResponse({"error": f"options: expected some of {allowed}"}, status_code=400)
        replica = self.hub.replicas.get(session.board)
        if replica is None:
            return JSONResponse({"error": f"board {session.board!r} is not open here"}, status_code=404)
        board = replica.board
        target = board.block(block) if block else None
        if block and (target is None or target.kind is not BlockKind.ACTIVITY or target.sub != "animatic"):
            return JSONResponse({"error": "build an animatic from an animatic block"}, status_code=400)
        await self._pull_takes(session.board, board)
        on_done = None
        if target is not None and kind == "animatic" and session.may_edit:
            on_done = self._keep_animatic(session, block, bool(raw.get("burn_in")))
        try:
            export = self.exports.start(board, session.board, kind, self._asset_path(session.store),
                                        options=raw, on_done=on_done)
        except ExportBusy as exc:
            return JSONResponse({"error": str(exc)}, status_code=429)
        except ExportError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(self._export_view(export, token))

    async def _pull_takes(self, name: str, board: Board) -> None:
        """On a relay, the chosen takes an export needs that it has not cached yet, from their home peers
        (without `fetch`, as on a peer, a take that is not here becomes a title card)."""
        if self.fetch is None:
            return
        wanted = []
        for s in sequence.shots(board):
            for take_id in (s.clip_id, s.still_id):
                take = board.block(take_id) if take_id else None
                sha = str(take.get("asset") or "") if take is not None else ""
                if sha and not self._asset_path(self.assets)(sha):
                    wanted.append(sha)
        for sha in wanted[:MAX_EXPORT_FETCHES]:
            try:
                await self.fetch(name, sha)
            except Exception:  # an unreachable peer: that shot gets its title card
                log.info("could not pull %s for an export of %s", sha[:12], name)

    def _export_of(self, token: str, export_id: str) -> tuple[Export | None, JSONResponse | None]:
        session = self.uploads.get(token)
        if session is None:
            return None, JSONResponse({"error": "not a canvas session of this server (reload the page)"},
                                      status_code=403)
        export = self.exports.get(export_id)
        if export is None or export.board != session.board:  # another board's export is not yours to see
            return None, JSONResponse({"error": f"no export {export_id[:40]!r} here (finished ones are kept 8 deep)"},
                                      status_code=404)
        return export, None

    def export_state(self, token: str, export_id: str) -> JSONResponse:
        export, refusal = self._export_of(token, export_id)
        return refusal or JSONResponse(self._export_view(export, token))  # type: ignore[arg-type]

    def export_file(self, token: str, export_id: str) -> FileResponse | JSONResponse:
        export, refusal = self._export_of(token, export_id)
        if refusal is not None or export is None:
            return refusal  # type: ignore[return-value]
        if export.state != "done":
            return JSONResponse({"error": f"export {export.id} is {export.state}"}, status_code=409)
        return FileResponse(export.path, media_type=MIMES[export.kind], filename=export.path.name)

    @staticmethod
    def _export_view(export: Export, token: str) -> dict[str, Any]:
        view = export.to_dict()
        view.pop("summary", None)
        view["summary"] = {k: v for k, v in export.summary.items() if k != "path"}  # no server paths to browsers
        if export.state == "done":
            view["url"] = f"/canvas/api/export/{export.id}/file?token={token}"
        return view

    @staticmethod
    def _asset_path(store: AssetStore) -> Callable[[str], Any]:
        def path(sha: str) -> Any:
            try:
                return store.path(sha) if store.has(sha) else None
            except Exception:  # a malformed hash written by another replica: that take is just not here
                return None
        return path

    def _keep_animatic(self, session: _Upload, block_id: str, burn_in: bool) -> Callable[[Export], Any]:
        async def keep(export: Export) -> None:
            meta = await asyncio.to_thread(session.store.put_file, export.path, mime="video/mp4")
            replica = self.hub.replicas.get(session.board)
            if replica is None or replica.board.block(block_id) is None:
                return  # the block was deleted while it built: the file is still downloadable
            replica.board.update(block_id, origin=session.person.origin, asset=meta.sha256, mime="video/mp4",
                                 duration_s=float(export.summary.get("duration_s") or 0.0),
                                 shots=int(export.summary.get("shots") or 0),
                                 built=datetime.now(UTC).isoformat(timespec="seconds"), burn_in=burn_in)
        return keep


def is_script(name: str, content_type: str) -> bool:
    """A dropped file that is a script: a .fountain name, or plain text (text/plain, or a .txt the browser
    gave no type); images, clips and sounds are judged by their bytes as before."""
    lower, ctype = name.lower(), content_type.split(";")[0].strip().lower()
    return lower.endswith(".fountain") or ctype == "text/plain" or (
        lower.endswith(".txt") and ctype in ("", "application/octet-stream"))


Permissions = Callable[[Request, str], tuple[bool, bool]]
AssetFetch = Callable[[str, str], Awaitable[bool]]
"""(board, sha) -> whether the asset is here now, pulled from a home peer (the relay's asset cache)."""
"""(page request, board) -> (may edit, may render): how the process narrows a person (the relay's roles)."""


def _has_user_storage() -> bool:
    try:
        ng_app.storage.user  # noqa: B018 - raises without storage_secret / outside a request
    except (RuntimeError, AssertionError, KeyError):
        return False
    return True


# How long a page's server side outlives a dropped socket. NiceGUI derives its heartbeat from it (ping every
# 0.8x, answer within 0.4x): at 10 s a browser or server busy for 4 s under a burst of 300 remote edits on a
# 2-core machine missed one pong, and the reconnect then found its client deleted and reloaded the page
# ("implicit handshake failed"). At 45 s a reconnect resumes the same page and replays what it missed;
# presence does not wait that long: it is dropped on disconnect and restored on reconnect.
RECONNECT_TIMEOUT_S = 45.0


def register(app: FastAPI, hub: BoardHub, *, title: str = "multiplex", storage_secret: str,
             assets: AssetStore | None = None, default_board: str | None = None,
             mount: bool = True, permissions: Permissions | None = None,
             fetch: AssetFetch | None = None) -> CanvasServer:
    """Add the canvas pages to `app` (NiceGUI mounts at ``/``, so call this after the app's own routes).

    `assets` defaults to the hub's store (``<home>/assets``); `default_board` to the first board the hub
    holds (else ``main``). With `mount=False` the pages are defined but `ui.run_with` is left to the caller.
    `permissions` narrows what each page may do (default: everything; the relay passes the invite's role);
    `fetch` pulls a take's file from a home peer before an export (the relay passes its asset cache's).
    """
    store = assets or AssetStore(hub.home / "assets")
    default = default_board or next(iter(hub.replicas), None) or "main"
    server = CanvasServer(hub, assets=store, default_board=default, permissions=permissions, fetch=fetch)
    ng_app.add_static_files(STATIC_URL, STATIC_DIR)

    @ui.page("/", title=title, favicon=FAVICON)
    def _index() -> RedirectResponse:
        return RedirectResponse(f"/board/{server.default_board}")

    @ui.page("/board/{name}", title=title, favicon=FAVICON)
    async def _board(name: str, client: Client, who: str = "") -> None:
        await server.board_page(name, client, who)

    @ng_app.post("/canvas/api/export")
    async def _export(request: Request, token: str, kind: str, block: str = "") -> JSONResponse:
        return await server.start_export(request, token, kind, block)

    @ng_app.get("/canvas/api/export/{export_id}")
    def _export_state(token: str, export_id: str) -> JSONResponse:
        return server.export_state(token, export_id)

    @ng_app.get("/canvas/api/export/{export_id}/file", response_model=None)
    def _export_file(token: str, export_id: str) -> FileResponse | JSONResponse:
        return server.export_file(token, export_id)

    @ng_app.post("/canvas/api/upload")
    async def _upload(request: Request, token: str, block: str = "", x: float = 0.0, y: float = 0.0,
                      attach: str = "", name: str = "") -> JSONResponse:
        return await server.upload(request, token, block, x, y, attach, name)

    if mount:
        # tailwind=False: the canvas uses none, and its runtime rescans every DOM change (1,000 blocks)
        ui.run_with(app, title=title, storage_secret=storage_secret, dark=True, show_welcome_message=False,
                    tailwind=False, reconnect_timeout=RECONNECT_TIMEOUT_S)
    return server
