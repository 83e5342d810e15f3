"""The relay's MCP server: LLM clients (Claude, LangFlow, the MCP Inspector) storyboard and render on a board.

Mounted at /mcp of the relay's app (streamable HTTP, the mcp SDK 2.x `MCPServer`). The bearer token is a
relay token (`relay.tokens`), checked per HTTP request by the SDK's bearer middleware through
`GrantVerifier`, so a client without one gets a 401 naming the protected-resource metadata, and a revoked
token stops at its next request. The token's grant limits what the caller sees and may do: one board;
view = read tools only, edit = + change the board, render = + start and cancel renders.

Every write goes through the board's typed accessors and `mesh.model.operations` (the same calls as the
peer's local API) and is acknowledged only once it is on disk (`hub.flush`). A render carries an
idempotency key kept in the job maps, so a client that retries after a lost reply never renders twice.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import functools
import inspect
import io
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal, Protocol

from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from mcp.server.transport_security import TransportSecuritySettings
from mcp_types import (
    BlobResourceContents,
    CallToolResult,
    EmbeddedResource,
    ImageContent,
    ListToolsResult,
    ResourceLink,
    TextContent,
    TextResourceContents,
    ToolAnnotations,
)
from PIL import Image
from pydantic import BaseModel, Field
from starlette.routing import Route

from flows.deliverables import KINDS, MIMES, ExportError
from flows.deliverables.manager import Export, ExportBusy, Exports
from flows.pipeline_loader import describe
from mesh import const
from mesh._log import get_logger
from mesh.errors import AssetError, MultiplexError
from mesh.model import operations as ops
from mesh.model import pipelines, sequence
from mesh.model.board import Board, Comp, GenArt, Intent
from mesh.model.jobs import JobState, jobs, remove_block
from mesh.model.replica import Replica
from mesh.model.roster import Roster
from mesh.model.scheduling import PeerCaps
from mesh.model.schema import BlockKind, EdgeKind
from mesh.storage.assets import AssetStore
from mesh.storage.hub import BoardHub
from relay.mcp_fetch import FetchRefused, fetch_bytes
from relay.tokens import Grant, Role

__all__ = ["TOOL_ROLES", "GrantVerifier", "McpMount", "McpSettings", "build_mcp_server", "mount_mcp"]

log = get_logger("relay.mcp")

MAX_WAIT_S = 45.0  # under the 60 s many MCP clients give one tool call
POLL_S = 0.5  # progress comes through presence (not the document): sampled this often while waiting
MAX_RESOURCE_BYTES = 32 * 1024 * 1024  # a take read as a resource; larger ones: the asset URL
MAX_EMBED_BYTES = 4 * 1024 * 1024  # an export this small comes inside the tool result; larger: its resource
MAX_EXPORTS_RUNNING = 2  # exports the relay builds at once (an animatic keeps a core busy), one per board
MAX_EXPORT_FETCHES = 500  # takes pulled from home peers for one export
ExportKind = Literal["pdf", "animatic", "csv", "otio", "fcp7", "fcpxml", "edl", "zip"]  # = flows.deliverables.KINDS
TEXT_KINDS = ("csv", "otio", "fcp7", "fcpxml", "edl")


AssetFetch = Callable[[str, str], Awaitable[bool]]
"""(board, sha) -> whether the relay holds the asset now, having pulled it from a linked home peer."""


class TokenSource(Protocol):
    """What the MCP server needs of the relay's token store."""

    def verify(self, token: str) -> Grant | None: ...


@dataclass(frozen=True, slots=True)
class McpSettings:
    """The MCP server's settings (the relay reads them from its environment)."""

    public_url: str = "http://127.0.0.1:8471"  # how clients reach the relay: the protected resource is {this}/mcp
    allow_private_urls: bool = False  # let reference-image URLs reach private/loopback addresses
    max_image_bytes: int = 10 * 1024 * 1024  # one reference image, by URL or base64
    fetch_timeout_s: float = 15.0
    thumb_px: int = 512  # the long side of a take's thumbnail in `get_take`
    allowed_hosts: tuple[str, ...] = ()  # Host headers accepted (DNS-rebinding check); empty: any (tokens guard it)


# The least role each tool needs. The tool list a caller sees and every call are checked against it.
TOOL_ROLES: dict[str, Role] = {
    "list_boards": Role.VIEW, "read_board": Role.VIEW, "preview_render": Role.VIEW, "job_status": Role.VIEW,
    "list_peers": Role.VIEW, "read_narration": Role.VIEW, "get_take": Role.VIEW, "export": Role.VIEW,
    "list_pipelines": Role.VIEW, "set_pipeline": Role.EDIT,
    "add_intent": Role.EDIT, "edit_intent": Role.EDIT, "move_intent": Role.EDIT, "delete_intent": Role.EDIT,
    "edit_shot": Role.EDIT,
    "add_note": Role.EDIT, "add_directives": Role.EDIT, "add_reference_image": Role.EDIT, "link": Role.EDIT,
    "render": Role.RENDER, "cancel": Role.RENDER,
}


# -- result types (the tools' output schemas) ---------------------------------------------------------
class BoardSummary(BaseModel):
    name: str
    intents: int
    open_jobs: int = Field(description="jobs queued, claimed or rendering")
    live_peers: int = Field(description="machines that can render right now")


class BoardList(BaseModel):
    boards: list[BoardSummary]
    role: str = Field(description="what this token may do: view, edit, render or peer")


class CompView(BaseModel):
    id: str
    kind: str = Field(description="note, directive, image, clip or voice")
    title: str
    text: str = ""
    directives: dict[str, Any] = Field(default_factory=dict)
    asset: str = Field("", description="sha256 of a reference file")


class TakeView(BaseModel):
    id: str
    intent: str
    stage: str = Field(description="still (an image) or clip (a video)")
    mime: str
    asset: str
    width: int = 0
    height: int = 0
    duration_s: float = 0.0
    peer: str = Field("", description="the machine that rendered it")
    chosen: bool = Field(False, description="the take the storyboard shows for its stage")
    uri: str = Field(description="MCP resource with the full file")
    on_relay: bool = Field(description="whether the relay holds the file now (else its peer must be online)")


class IntentView(BaseModel):
    id: str
    position: int = Field(description="0-based place in the storyboard sequence (-1: not in the sequence)")
    kind: str = Field(description="scene, character, style or timing")
    title: str
    description: str
    duration_s: float
    status: str = Field(description="not rendered, waiting, queued, rendering 40%, done or failed: why")
    comps: list[CompView]
    takes: list[TakeView]
    jobs: list[str] = Field(description="ids of this intent's latest render jobs (still, clip)")


class BoardView(BaseModel):
    name: str
    intents: list[IntentView] = Field(description="in storyboard order")
    narration: str = Field("", description="the running narration of the board")


class IntentRef(BaseModel):
    id: str
    position: int


class ShotView(BaseModel):
    intent_id: str
    number: str = Field(description="the shot number shown: 1, 2, 1A")
    scene_no: str
    locked: bool
    duration_s: float = Field(description="rendered length: the duration directive, the chosen take, or 8 s")
    duration_from: str = Field(description="directive, take or intent")
    cut_in: float
    cut_out: float
    edit_s: float = Field(description="length in the edit: cut_out - cut_in")
    start_s: float = Field(description="where the shot starts in the edited sequence")


class CompRef(BaseModel):
    id: str
    kind: str
    intent: str


class LinkRef(BaseModel):
    id: str
    src: str
    dst: str
    kind: str


class Deleted(BaseModel):
    id: str
    deleted: bool


class PipelineInfo(BaseModel):
    name: str
    description: str = ""
    default_for: list[str] = Field(description="intent kinds that run it unless they pick another")
    stages: list[str] = Field(description="its stages in order, as id:kind (optional ones marked ?)")
    needs: list[str] = Field(description="stage kinds a machine must run for it")
    runnable_by: list[str] = Field(description="live machines that can run every stage it needs")


class PipelineList(BaseModel):
    pipelines: list[PipelineInfo]


class PipelineChoice(BaseModel):
    intent: str
    pipeline: str = Field(description="the pipeline this intent now runs")


class CostView(BaseModel):
    text: str = Field(description="a one-line summary, e.g. '4 jobs on studio-a: 1 GPU, ~3 min'")
    machines: list[str]
    gpus: int
    seconds: float
    jobs: int
    unrunnable: list[str] = Field(description="stages nothing live can run now (such jobs wait)")
    reasons: list[str]


class RenderResult(BaseModel):
    jobs: list[str]
    reused: bool = Field(description="true: this key was seen before; these are the first request's jobs")
    preview: CostView


class JobView(BaseModel):
    id: str
    intent: str
    stage: str
    state: str = Field(description="waiting, queued, claimed, rendering, done, failed, lost or cancelled")
    peer: str | None = None
    fraction: float | None = Field(None, description="0..1 while rendering")
    message: str = ""
    reason: str = Field("", description="why it failed or cannot start")
    takes: list[str] = Field(description="gen.art (take) ids it produced")


class JobStatus(BaseModel):
    jobs: list[JobView]
    finished: bool = Field(description="every job is done, failed or cancelled")
    progress: float = Field(description="0..1 over all these jobs")


class Cancelled(BaseModel):
    cancelled: int


class PeerView(BaseModel):
    id: str
    name: str
    live: bool
    paused: bool
    stages: dict[str, list[str]] = Field(description="stage -> backends that run it")
    gpus: list[dict[str, Any]]
    models: list[str]
    loaded: list[str] = Field(description="models loaded now (no load time)")
    slots: int
    busy: int
    load: float = Field(description="busy / slots")
    telemetry: Any = Field(None, description="live GPU readings the peer publishes, if any")


class PeerList(BaseModel):
    peers: list[PeerView]


class NarrationView(BaseModel):
    text: str
    blocks: list[dict[str, str]]


# -- auth -------------------------------------------------------------------------------------------
class GrantVerifier:
    """The SDK's TokenVerifier over the relay's token store: a grant travels in the access token's claims."""

    def __init__(self, tokens: TokenSource, resource: str) -> None:
        self.tokens = tokens
        self.resource = resource

    async def verify_token(self, token: str) -> AccessToken | None:
        grant = self.tokens.verify(token)
        if grant is None:
            return None
        return AccessToken(token=grant.token_id, client_id=grant.token_id, scopes=[grant.role.value],
                           resource=self.resource, subject=f"{grant.board}:{grant.token_id}",
                           claims={"grant": grant})


def _grant_of(request: Any) -> Grant | None:
    user = getattr(request, "scope", {}).get("user") if request is not None else None
    if isinstance(user, AuthenticatedUser):
        grant = (user.access_token.claims or {}).get("grant")
        return grant if isinstance(grant, Grant) else None
    return None


async def _role_filter(ctx: Any, call_next: Callable[[Any], Any]) -> Any:
    """Server middleware: a caller lists only the tools its role may call."""
    result = await call_next(ctx)
    if ctx.method != "tools/list":
        return result
    grant = _grant_of(ctx.request)

    def allowed(name: str) -> bool:
        return grant is not None and name in TOOL_ROLES and grant.allows(TOOL_ROLES[name])

    if isinstance(result, ListToolsResult):
        result.tools = [t for t in result.tools if allowed(t.name)]
    elif isinstance(result, dict) and isinstance(result.get("tools"), list):  # the runner's wire form
        tools = [t for t in result["tools"] if isinstance(t, dict) and allowed(str(t.get("name")))]
        result = {**result, "tools": tools}
    return result


def _clear_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Our errors (no such intent, a nonsense directive) become ToolErrors: the client reads the message,
    the relay logs one line instead of a traceback."""
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def run_async(*args: Any, **kwargs: Any) -> Any:
            try:
                return await fn(*args, **kwargs)
            except MultiplexError as exc:
                raise ToolError(str(exc)) from None

        return run_async

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except MultiplexError as exc:
            raise ToolError(str(exc)) from None

    return run


# -- live peers -------------------------------------------------------------------------------------
class _Liveness:
    """Per board, a roster watcher sampled every beat, so 'live' means 'beat lately' (not 'ever seen')."""

    def __init__(self, hub: BoardHub) -> None:
        self.hub = hub
        self._rosters: dict[str, Roster] = {}

    def roster(self, name: str) -> Roster:
        replica = self.hub.replicas[name]
        roster = self._rosters.get(name)
        if roster is None or roster.board is not replica.board:
            roster = self._rosters[name] = Roster(replica.board, "relay:mcp")
        return roster

    def live(self, name: str) -> list[PeerCaps]:
        return self.roster(name).live()

    async def sample(self) -> None:
        while True:
            for name in list(self.hub.replicas):
                self.live(name)
            await asyncio.sleep(const.PEER_BEAT_S)


class ExportView(BaseModel):
    id: str = Field(description="pass it back as export_id to wait for a running export")
    kind: str
    state: str = Field(description="running, done, failed or cancelled")
    fraction: float = 0.0
    message: str = ""
    error: str = ""
    filename: str = ""
    mime: str = ""
    size_bytes: int = 0
    uri: str = Field("", description="MCP resource with the file, once done")
    embedded: bool = Field(False, description="whether the file is in this result (small ones are)")
    shots: int = 0
    duration_s: float | None = Field(None, description="an animatic's length")
    pages: int | None = Field(None, description="a PDF's page count")


# -- the server -------------------------------------------------------------------------------------
def build_mcp_server(hub: BoardHub, assets: AssetStore, tokens: TokenSource, settings: McpSettings | None = None,
                     *, fetch: AssetFetch | None = None) -> tuple[MCPServer, _Liveness]:
    """The MCPServer with every tool and resource registered (not yet mounted). `fetch` pulls a take's file
    from a linked home peer on demand: a take a job just finished is looked at before the cache's next pull."""
    settings = settings or McpSettings()
    base = settings.public_url.rstrip("/")
    resource = f"{base}/mcp"
    liveness = _Liveness(hub)
    server: MCPServer = MCPServer(
        "multiplex",
        title="multiplex storyboard",
        instructions=INSTRUCTIONS,
        token_verifier=GrantVerifier(tokens, resource),
        auth=AuthSettings(issuer_url=base, resource_server_url=resource, validate_token_resource=True),
        middleware=[_role_filter],
    )

    def caller(ctx: Context, tool: str, board: str | None) -> tuple[Grant, Replica]:
        grant = _grant_of(ctx.request_context.request)
        if grant is None:
            raise ToolError("refused (401): no valid relay token on this request")
        need = TOOL_ROLES[tool]
        if not grant.allows(need):
            raise ToolError(f"refused (403): this token's role is {grant.role.value}; {tool} needs {need.value}")
        name = board or grant.board
        if name != grant.board:
            raise ToolError(f"refused (403): this token is for board {grant.board!r}, not {name!r}")
        replica = hub.replicas.get(name)
        if replica is None:
            raise ToolError(f"board {name!r} is not on this relay yet (no home peer has linked it)")
        return grant, replica

    async def on_relay(board: str, sha: str) -> bool:
        if not sha:
            return False
        if await asyncio.to_thread(assets.has, sha):
            return True
        return fetch is not None and await fetch(board, sha)

    def origin(grant: Grant) -> str:
        return f"user:mcp-{grant.label or grant.token_id}"[:64]

    async def done(replica: Replica) -> None:
        """An edit is acknowledged only once it is on disk."""
        await hub.flush(replica.name)

    def tool(**options: Any) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        """Register a tool whose refusals (bad ids, bad values) reach the client as a plain tool error."""

        def register(fn: Callable[..., Any]) -> Callable[..., Any]:
            return server.tool(**options)(_clear_errors(fn))

        return register

    # -- read tools ---------------------------------------------------------------------------------
    ro = ToolAnnotations(read_only_hint=True, open_world_hint=False)

    @tool(annotations=ro)
    def list_boards(ctx: Context) -> BoardList:
        """List the boards this token can see, with how many intents, open jobs and live machines each has.
        Start here; every other tool takes an optional `board` (default: the token's board)."""
        grant, replica = caller(ctx, "list_boards", None)
        b = replica.board
        open_jobs = sum(1 for j in jobs(b) if not j.state().terminal)
        summary = BoardSummary(name=replica.name, intents=len(b.intents()), open_jobs=open_jobs,
                               live_peers=len(liveness.live(replica.name)))
        return BoardList(boards=[summary], role=grant.role.value)

    @tool(annotations=ro)
    def read_board(ctx: Context, board: str | None = None) -> BoardView:
        """Read the storyboard: its intents (shots) in sequence order, each with its comps (notes,
        directives, reference images), render status, latest job ids and takes (rendered stills and clips;
        `chosen` marks the one the storyboard shows). Use take ids with get_take to see an image."""
        _, replica = caller(ctx, "read_board", board)
        return _board_view(replica, assets, base)

    @tool(annotations=ro)
    def preview_render(ctx: Context, intent_ids: list[str], board: str | None = None) -> CostView:
        """Estimate what rendering these intents would cost before committing GPU time: which machines,
        how many GPUs, roughly how long, and whether some stage cannot run on any live machine."""
        _, replica = caller(ctx, "preview_render", board)
        return _cost(ops.preview_render(replica.board, intent_ids, liveness.live(replica.name)))

    @tool(annotations=ro)
    async def job_status(ctx: Context, job_ids: list[str] | None = None, wait_s: float = 0.0,
                         board: str | None = None) -> JobStatus:
        """State of render jobs (default: every job not finished yet). With wait_s > 0 (at most 45) it waits
        until they all finish or the time is up, sending progress notifications meanwhile; call it again
        to keep waiting. Finished jobs list their takes (use get_take)."""
        _, replica = caller(ctx, "job_status", board)
        b = replica.board
        ids = list(job_ids or [j.id for j in jobs(b) if not j.state().terminal])
        known = {j.id for j in jobs(b)}
        unknown = [i for i in ids if i not in known]
        if unknown:
            raise ToolError(f"no job {unknown[0]!r} on board {replica.name!r}")
        wait = max(0.0, min(float(wait_s), MAX_WAIT_S))
        changed = asyncio.Event()
        unsubscribe = replica.on_update(lambda update, source: changed.set())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        last: tuple[float, str] | None = None
        try:
            while True:
                status = _job_status(replica, ids, liveness.live(replica.name))
                message = _progress_message(status)
                if wait > 0 and (status.progress, message) != last:
                    last = (status.progress, message)
                    await ctx.report_progress(status.progress, 1.0, message)
                remaining = deadline - loop.time()
                if status.finished or remaining <= 0:
                    return status
                changed.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(min(POLL_S, remaining)):
                        await changed.wait()
        finally:
            unsubscribe()

    @tool(annotations=ro)
    def list_peers(ctx: Context, board: str | None = None) -> PeerList:
        """The machines serving this board: live or not, paused, what they can render (stages, backends,
        models, which models are loaded now), their GPUs and how busy they are."""
        _, replica = caller(ctx, "list_peers", board)
        return _peers(replica, liveness.roster(replica.name))

    @tool(annotations=ro)
    def list_pipelines(ctx: Context, board: str | None = None) -> PipelineList:
        """The pipelines an intent can run (what a render does: e.g. scene = still -> clip; character = a
        character sheet), with the machines that can run them now. Pick one with set_pipeline."""
        _, replica = caller(ctx, "list_pipelines", board)
        described = describe(pipelines.installed(), liveness.live(replica.name))
        return PipelineList(pipelines=[PipelineInfo(
            name=d["name"], description=d["description"], default_for=d["default_for"],
            stages=[f"{st['id']}:{st['kind']}{'?' if st['optional'] else ''}" for st in d["stages"]],
            needs=d["needs"], runnable_by=d["runnable_by"]) for d in described])

    @tool()
    async def set_pipeline(ctx: Context, intent_id: str, pipeline: str, board: str | None = None) -> PipelineChoice:
        """Choose the pipeline an intent renders with (a name from list_pipelines; "" goes back to the
        default for its kind). An unknown name is refused with the known ones."""
        grant, replica = caller(ctx, "set_pipeline", board)
        if len(pipeline) > 200:
            raise ToolError("pipeline: a name from list_pipelines (at most 200 characters)")
        now = ops.set_intent_pipeline(replica.board, intent_id, pipeline, pipelines.installed(), origin=origin(grant))
        await done(replica)
        return PipelineChoice(intent=intent_id, pipeline=now)

    @tool(annotations=ro)
    def read_narration(ctx: Context, board: str | None = None) -> NarrationView:
        """The board's running narration: a prose account of what is happening (renders, machines)."""
        _, replica = caller(ctx, "read_narration", board)
        blocks = [{"id": n.id, "title": n.title, "text": str(n.get("text"))}
                  for n in replica.board.blocks(BlockKind.NARRATION)]
        return NarrationView(text="\n\n".join(b["text"] for b in blocks if b["text"]), blocks=blocks)

    @tool(annotations=ro)
    async def get_take(ctx: Context, take_id: str,
                       board: str | None = None) -> Annotated[CallToolResult, TakeView]:
        """Look at a take (a rendered still or clip): a thumbnail image (a clip's first frame) plus a
        resource link to the full file."""
        _, replica = caller(ctx, "get_take", board)
        take = replica.board.block(take_id)
        if not isinstance(take, GenArt):
            raise ToolError(f"no take {take_id!r} on board {replica.name!r} (take ids are in read_board)")
        view = _take_view(replica, take, assets)
        if not view.on_relay and await on_relay(replica.name, take.asset):
            view = _take_view(replica, take, assets)
        if not view.on_relay:
            raise ToolError(f"the file of take {take_id} is not on the relay yet: its machine "
                            f"({view.peer or 'unknown'}) has not sent it; try again when it is online")
        link = ResourceLink(type="resource_link", uri=view.uri, name=f"{view.stage} {take_id}", mime_type=view.mime,
                            size=assets.meta(take.asset).size, description=f"full {view.stage} of intent {view.intent}")
        if view.mime.startswith("text/"):  # a LangFlow stage's text: the words themselves, capped
            words = await asyncio.to_thread(_text_of, assets, take.asset)
            content: list[Any] = [TextContent(type="text", text=words), link,
                                  TextContent(type="text", text=view.model_dump_json())]
            return CallToolResult(content=content, structured_content=view.model_dump(mode="json"))
        try:
            thumb = await asyncio.to_thread(_thumbnail, assets, take.asset, view.mime, settings.thumb_px)
        except (OSError, ValueError) as exc:
            raise ToolError(f"cannot make a thumbnail of take {take_id}: {exc}") from None
        content = [
            ImageContent(type="image", data=base64.b64encode(thumb).decode("ascii"), mime_type="image/jpeg"),
            ResourceLink(type="resource_link", uri=view.uri, name=f"{view.stage} {take_id}", mime_type=view.mime,
                         size=assets.meta(take.asset).size, description=f"full {view.stage} of intent {view.intent}"),
            TextContent(type="text", text=view.model_dump_json()),
        ]
        return CallToolResult(content=content, structured_content=view.model_dump(mode="json"))

    exports = Exports(keep=8, max_running=MAX_EXPORTS_RUNNING)

    def export_result(board: str, export: Export) -> CallToolResult:
        view = ExportView(id=export.id, kind=export.kind, state=export.state, fraction=round(export.fraction, 4),
                          message=export.message, error=export.error, filename=export.path.name,
                          mime=MIMES[export.kind], shots=int(export.summary.get("shots") or 0),
                          duration_s=export.summary.get("duration_s"), pages=export.summary.get("pages"))
        content: list[Any] = []
        if export.state == "done":
            view.uri = _export_uri(board, export.id)
            view.size_bytes = export.path.stat().st_size
            if view.size_bytes <= MAX_EMBED_BYTES:
                data = export.path.read_bytes()
                res: TextResourceContents | BlobResourceContents
                if export.kind in TEXT_KINDS:
                    res = TextResourceContents(uri=view.uri, mime_type=view.mime, text=data.decode("utf-8"))
                else:
                    res = BlobResourceContents(uri=view.uri, mime_type=view.mime,
                                               blob=base64.b64encode(data).decode("ascii"))
                content.append(EmbeddedResource(type="resource", resource=res))
                view.embedded = True
            content.append(ResourceLink(type="resource_link", uri=view.uri, name=view.filename, mime_type=view.mime,
                                        size=view.size_bytes, description=f"the {export.kind} export of {board}"))
        content.insert(0, TextContent(type="text", text=view.model_dump_json()))
        return CallToolResult(content=content, structured_content=view.model_dump(mode="json"),
                              is_error=export.state in ("failed", "cancelled"))

    @tool(annotations=ro)
    async def export(ctx: Context, kind: ExportKind | None = None, export_id: str | None = None,
                     per_page: Literal[3, 6] = 6, page: Literal["a4", "letter"] = "a4", burn_in: bool = False,
                     wait_s: float = 40.0, board: str | None = None) -> Annotated[CallToolResult, ExportView]:
        """Export the storyboard in a form film people use: pdf (storyboard sheets, per_page 3 or 6, page a4
        or letter), animatic (MP4 of the chosen takes in order, title cards where none, burn_in prints the
        shot numbers), csv (shot list), otio (OpenTimelineIO with provenance), fcp7, fcpxml, edl (editor
        timelines) or zip (every take with a manifest). Waits up to wait_s (at most 45); a small file comes
        embedded, any file as a resource link. If it says running, call again with export_id (no kind)."""
        _, replica = caller(ctx, "export", board)
        if not (isinstance(wait_s, int | float) and math.isfinite(wait_s) and 0 <= wait_s <= MAX_WAIT_S):
            raise ToolError(f"wait_s must be between 0 and {MAX_WAIT_S:g} seconds")
        if (kind is None) == (export_id is None):
            raise ToolError("give a kind to start an export, or the export_id of one to wait for (not both)")
        if export_id is not None:
            found = exports.get(export_id[:64])
            if found is None or found.board != replica.name:
                raise ToolError(f"no export {export_id[:64]!r} of board {replica.name!r} here (kept 8 deep)")
        else:
            if kind not in KINDS:
                raise ToolError(f"kind must be one of {', '.join(KINDS)}")
            if exports.running(replica.name):
                raise ToolError("an export of this board is building already; wait for it (its export_id) first")
            await pull_takes(replica)
            options: dict[str, Any] = {"per_page": per_page, "page": page} if kind == "pdf" else {}
            if kind == "animatic":
                options = {"burn_in": bool(burn_in)}
            try:
                found = exports.start(replica.board, replica.name, kind, export_asset_path, options=options)
            except ExportBusy as exc:
                raise ToolError(f"busy: {exc}") from None
            except ExportError as exc:
                raise ToolError(str(exc)) from None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.shield(found.finished.wait()), wait_s)
        return await asyncio.to_thread(export_result, replica.name, found)

    def export_asset_path(sha: str) -> Path | None:
        try:
            return assets.path(sha) if assets.has(sha) else None
        except Exception:  # a malformed hash from another replica: that take is just not here
            return None

    async def pull_takes(replica: Replica) -> None:
        """The chosen takes the export needs, from home peers, where the relay has not cached them yet."""
        wanted = []
        for s in sequence.shots(replica.board):
            for take_id in (s.clip_id, s.still_id):
                take = replica.board.block(take_id) if take_id else None
                if isinstance(take, GenArt) and take.asset:
                    wanted.append(take.asset)
        for sha in wanted[:MAX_EXPORT_FETCHES]:
            with contextlib.suppress(AssetError, OSError, ValueError):
                await on_relay(replica.name, sha)

    # -- edit tools ---------------------------------------------------------------------------------
    @tool()
    async def add_intent(ctx: Context, text: str, kind: str = "scene", position: int | None = None,
                         duration_s: float | None = None, board: str | None = None) -> IntentRef:
        """Add an intent (a shot or beat of the storyboard) described in plain words, e.g. 'Wide shot of a
        castle at dawn, mist in the valley'. It goes to the end of the sequence, or to `position` (0-based).
        kind: scene, character, style or timing. duration_s: the clip's length (default 8)."""
        grant, replica = caller(ctx, "add_intent", board)
        b = replica.board
        fields: dict[str, Any] = {} if duration_s is None else {"duration_s": duration_s}
        with b.transact(origin(grant)):
            intent = b.add_intent(text, sub=kind, origin=origin(grant), **fields)
            if position is not None:
                b.move_in_sequence(intent.id, position, origin=origin(grant))
        await done(replica)
        return IntentRef(id=intent.id, position=_position(b, intent.id))

    @tool()
    async def edit_intent(ctx: Context, intent_id: str, text: str | None = None, title: str | None = None,
                          description: str | None = None, kind: str | None = None,
                          duration_s: float | None = None, fields: dict[str, str | float] | None = None,
                          board: str | None = None) -> IntentView:
        """Change an intent: `text` replaces title and description together; or set title, description,
        kind (scene/character/style/timing), duration_s, or other shot fields (shot_size, angle,
        camera_move, lens, action, dialogue, sound) through `fields`."""
        grant, replica = caller(ctx, "edit_intent", board)
        b = replica.board
        b.intent(intent_id)
        values: dict[str, Any] = dict(fields or {})
        if text is not None:
            if not text.strip():
                raise ToolError("text must not be empty")
            values.update(title=text.strip().splitlines()[0][:300], description=text.strip())
        values.update({k: v for k, v in (("title", title), ("description", description),
                                         ("duration_s", duration_s)) if v is not None})
        for reserved in ("kind", "sub", "created_by", "intent_id"):
            values.pop(reserved, None)
        with b.transact(origin(grant)):
            if values:
                b.update(intent_id, origin=origin(grant), **values)
            if kind is not None:
                b.set_sub(intent_id, kind, origin=origin(grant))
        await done(replica)
        return _intent_view(replica, b.intent(intent_id), assets, base)

    @tool()
    async def move_intent(ctx: Context, intent_id: str, position: int, board: str | None = None) -> IntentRef:
        """Reorder the storyboard: move an intent to `position` (0-based; past the end = last)."""
        grant, replica = caller(ctx, "move_intent", board)
        sequence.move(replica.board, intent_id, position, origin=origin(grant))
        await done(replica)
        return IntentRef(id=intent_id, position=_position(replica.board, intent_id))

    @tool()
    async def edit_shot(ctx: Context, intent_id: str, locked: bool | None = None, cut_in: float | None = None,
                        cut_out: float | None = None, board: str | None = None) -> ShotView:
        """A shot's number and edit points. locked=true keeps the number it shows now when shots are
        inserted before it (they become 1A, 1B ...); false lets it renumber. cut_in/cut_out: seconds from
        the rendered clip's start (cut_out 0: its end); the rest of the clip stays as handles."""
        grant, replica = caller(ctx, "edit_shot", board)
        b = replica.board
        with b.transact(origin(grant)):  # the cut first: it is the one that can be refused, before any write
            if cut_in is not None or cut_out is not None:
                now = sequence.shot(b, intent_id)
                sequence.set_cut(b, intent_id, now.cut_in if cut_in is None else cut_in,
                                 (0.0 if now.cut_out == now.duration_s else now.cut_out) if cut_out is None
                                 else cut_out, origin=origin(grant))
            if locked is not None:
                sequence.set_locked(b, intent_id, locked, origin=origin(grant))
        await done(replica)
        s = sequence.shot(b, intent_id)
        return ShotView(intent_id=s.intent_id, number=s.number, scene_no=s.scene_no, locked=s.locked,
                        duration_s=s.duration_s, duration_from=s.duration_from, cut_in=s.cut_in,
                        cut_out=s.cut_out, edit_s=s.edit_s, start_s=s.start_s)

    @tool(annotations=ToolAnnotations(destructive_hint=True))
    async def delete_intent(ctx: Context, intent_id: str, board: str | None = None) -> Deleted:
        """Delete an intent with its links and place in the sequence; its unfinished renders are cancelled.
        Its takes stay on the board."""
        grant, replica = caller(ctx, "delete_intent", board)
        replica.board.intent(intent_id)
        remove_block(replica.board, intent_id, origin=origin(grant))
        await done(replica)
        return Deleted(id=intent_id, deleted=True)

    @tool()
    async def add_note(ctx: Context, intent_id: str, note: str, board: str | None = None) -> CompRef:
        """Attach a note to an intent (context for people and for the prompt: mood, continuity, props)."""
        grant, replica = caller(ctx, "add_note", board)
        comp = ops.add_note_comp(replica.board, intent_id, note, origin=origin(grant))
        await done(replica)
        return CompRef(id=comp.id, kind=comp.sub, intent=intent_id)

    @tool()
    async def add_directives(ctx: Context, intent_id: str, directives: dict[str, str | float],
                             board: str | None = None) -> CompRef:
        """Attach render directives to an intent. Keys: seed (int), duration (s), priority (-10..10),
        pin (peer that must render it), backend, model, workflow, fps, width, height, steps, cfg, guidance,
        denoise, negative (negative prompt), or a workflow slot by its name (or slot.NAME). Prefix a key with
        a stage to aim it at that stage only (clip.workflow=..., still.steps=20). Bad values are refused
        with what is allowed."""
        grant, replica = caller(ctx, "add_directives", board)
        comp = ops.add_directive_comp(replica.board, intent_id, directives, origin=origin(grant))
        await done(replica)
        return CompRef(id=comp.id, kind=comp.sub, intent=intent_id)

    @tool()
    async def add_reference_image(ctx: Context, intent_id: str, url: str | None = None,
                                  image_base64: str | None = None, title: str = "",
                                  board: str | None = None) -> CompRef:
        """Attach a reference image to an intent, by public http(s) URL or as base64 bytes (PNG, JPEG,
        WebP, GIF; at most 10 MB). The still is then rendered from it (image-to-image)."""
        grant, replica = caller(ctx, "add_reference_image", board)
        replica.board.intent(intent_id)
        if (url is None) == (image_base64 is None):
            raise ToolError("give exactly one of url or image_base64")
        if url is not None:
            try:
                data = await fetch_bytes(url, max_bytes=settings.max_image_bytes, timeout_s=settings.fetch_timeout_s,
                                         allow_private=settings.allow_private_urls)
            except FetchRefused as exc:
                raise ToolError(str(exc)) from None
        else:
            assert image_base64 is not None
            if len(image_base64) > settings.max_image_bytes * 4 // 3 + 4:
                raise ToolError(f"image_base64 is over the limit of {settings.max_image_bytes} bytes")
            try:
                data = base64.b64decode(image_base64.split(",", 1)[-1], validate=True)
            except (binascii.Error, ValueError):
                raise ToolError("image_base64 is not valid base64") from None
        meta = await asyncio.to_thread(_store_image, assets, replica.name, data, settings.max_image_bytes)
        comp = ops.add_asset_comp(replica.board, intent_id, meta[0], meta[1], origin=origin(grant), title=title)
        await done(replica)
        return CompRef(id=comp.id, kind=comp.sub, intent=intent_id)

    @tool()
    async def link(ctx: Context, src: str, dst: str, kind: str = "comp", board: str | None = None) -> LinkRef:
        """Link two blocks: kind 'comp' attaches an existing comp (say a character reference) to another
        intent too; 'next' says intent src leads into intent dst; 'grows' says intent dst grew from take src."""
        grant, replica = caller(ctx, "link", board)
        try:
            edge_kind = EdgeKind(kind)
        except ValueError:
            raise ToolError(f"kind must be one of {', '.join(k.value for k in EdgeKind)}") from None
        edge = replica.board.add_edge(src, dst, edge_kind, origin=origin(grant))
        await done(replica)
        return LinkRef(id=edge, src=src, dst=dst, kind=edge_kind.value)

    # -- render tools -------------------------------------------------------------------------------
    @tool(annotations=ToolAnnotations(idempotent_hint=True, open_world_hint=True))
    async def render(ctx: Context, intent_ids: list[str], idempotency_key: str, board: str | None = None,
                     force: bool = False) -> RenderResult:
        """Render intents on the mesh's machines through each intent's pipeline (a scene: a still, then a
        clip from it). Spends GPU time, so check preview_render first. Stages whose inputs are unchanged
        since a take (or a job under way) are reused, not rendered again; force=true renders every stage
        anew. idempotency_key: a fresh unique string per request (a UUID); calling again with the same key
        returns the same jobs and renders nothing new, so retry freely. Follow with
        job_status(job_ids, wait_s=45)."""
        grant, replica = caller(ctx, "render", board)
        if not idempotency_key.strip():
            raise ToolError("idempotency_key must not be empty (use a fresh UUID per render request)")
        key = f"mcp:{grant.token_id}:{idempotency_key.strip()}"
        outcome = ops.request_render(replica.board, intent_ids, liveness.live(replica.name), requested_by=origin(grant),
                                     key=key, force=bool(force))
        await done(replica)
        return RenderResult(jobs=outcome.jobs, reused=outcome.reused, preview=_cost(outcome.preview))

    @tool(annotations=ToolAnnotations(destructive_hint=True, idempotent_hint=True))
    async def cancel(ctx: Context, job_ids: list[str] | None = None, intent_ids: list[str] | None = None,
                     board: str | None = None) -> Cancelled:
        """Cancel render jobs, by job id and/or every job of some intents. Machines stop at once."""
        grant, replica = caller(ctx, "cancel", board)
        count = ops.cancel_request(replica.board, job_ids or [], intent_ids or [], origin=origin(grant))
        await done(replica)
        return Cancelled(cancelled=count)

    # -- resources ----------------------------------------------------------------------------------
    def resource_replica(board: str, ctx: Context) -> Replica:
        grant = _grant_of(ctx.request_context.request)
        if grant is None or grant.board != board:
            raise ResourceError(f"refused (403): this token cannot read board {board!r}")
        replica = hub.replicas.get(board)
        if replica is None:
            raise ResourceError(f"board {board!r} is not on this relay")
        return replica

    @server.resource("multiplex://boards/{board}", name="board", mime_type="application/json",
                     description="A storyboard as JSON: intents in order, comps, status, takes.")
    def board_resource(board: str, ctx: Context) -> str:
        return _board_view(resource_replica(board, ctx), assets, base).model_dump_json()

    @server.resource("multiplex://takes/{board}/{take_id}", name="take",
                     description="The full file of a take (a PNG still or an MP4 clip).")
    async def take_resource(board: str, take_id: str, ctx: Context) -> bytes:
        replica = resource_replica(board, ctx)
        take = replica.board.block(take_id)
        if not isinstance(take, GenArt) or not await on_relay(board, take.asset):
            raise ResourceError(f"take {take_id!r} is not on this relay")
        size = assets.meta(take.asset).size
        if size > MAX_RESOURCE_BYTES:
            raise ResourceError(f"take {take_id} is {size} bytes; download it from {base}/assets/{take.asset}")
        return await asyncio.to_thread(assets.path(take.asset).read_bytes)

    @server.resource("multiplex://exports/{board}/{export_id}", name="export",
                     description="The file of a finished export (from the export tool).")
    async def export_resource(board: str, export_id: str, ctx: Context) -> str | bytes:
        resource_replica(board, ctx)
        found = exports.get(export_id)
        if found is None or found.board != board or found.state != "done":
            raise ResourceError(f"no finished export {export_id[:64]!r} of board {board!r} here")
        if found.path.stat().st_size > MAX_RESOURCE_BYTES:
            raise ResourceError(f"export {export_id} is larger than {MAX_RESOURCE_BYTES} bytes; build it on a peer "
                                "with `multiplex export`")
        data = await asyncio.to_thread(found.path.read_bytes)
        return data.decode("utf-8") if found.kind in TEXT_KINDS else data

    return server, liveness


INSTRUCTIONS = """multiplex is a storyboard whose shots are rendered on the user's own GPU machines.
Workflow: list_boards -> read_board -> add_intent (one per shot, in order) -> add_note / add_directives /
add_reference_image to shape a shot (list_pipelines / set_pipeline: what a render of it makes) ->
preview_render -> render (with a fresh idempotency_key) ->
job_status(job_ids, wait_s=45) until finished -> get_take to look at results -> export (pdf sheets,
animatic, csv, editor timelines, zip) to hand the storyboard on. Intents are shots described
in plain words; takes are the rendered stills and clips."""


# -- views ------------------------------------------------------------------------------------------
def _position(b: Board, intent_id: str) -> int:
    order = b.sequence()
    return order.index(intent_id) if intent_id in order else -1


def _export_uri(board: str, export_id: str) -> str:
    return f"multiplex://exports/{board}/{export_id}"


def _take_uri(board: str, take_id: str) -> str:
    return f"multiplex://takes/{board}/{take_id}"


def _take_view(replica: Replica, take: GenArt, assets: AssetStore) -> TakeView:
    intent = replica.board.block(take.intent_id)
    chosen = isinstance(intent, Intent) and take.id in intent.chosen.values()
    return TakeView(
        id=take.id, intent=take.intent_id, stage=str(take.get("stage") or take.sub), mime=str(take.get("mime")),
        asset=take.asset, width=int(take.get("width") or 0), height=int(take.get("height") or 0),
        duration_s=float(take.get("duration_s") or 0.0), peer=str(take.get("peer_id") or ""), chosen=chosen,
        uri=_take_uri(replica.name, take.id), on_relay=bool(take.asset) and assets.has(take.asset),
    )


def _comp_view(comp: Comp) -> CompView:
    return CompView(id=comp.id, kind=comp.sub, title=comp.title, text=comp.text if comp.sub == "note" else "",
                    directives=comp.params if comp.sub == "directive" else {}, asset=comp.asset)


def _intent_status(replica: Replica, intent_id: str) -> tuple[str, list[str]]:
    mine = jobs(replica.board, intent_id=intent_id)
    if not mine:
        return "not rendered", []
    latest = [j for j in mine if j.group == mine[-1].group]
    states = [j.state() for j in latest]
    ids = [j.id for j in latest]
    progress = replica.presence.progress()
    for j, state in zip(latest, states, strict=True):
        if state is JobState.FAILED:
            return f"failed: {j.reason()}", ids
    if all(s is JobState.DONE for s in states):
        return "done", ids
    if JobState.CANCELLED in states:
        return "cancelled", ids
    for j, state in zip(latest, states, strict=True):
        if state is JobState.RENDERING:
            fraction = (progress.get(j.id) or {}).get("fraction")
            pct = f" {float(fraction) * 100:.0f}%" if isinstance(fraction, int | float) else ""
            return f"rendering {j.stage}{pct}", ids
    open_state = next(s for s in states if not s.terminal)
    return open_state.value, ids


def _created(block: Comp | GenArt) -> str:
    return str(block.get("created"))


def _intent_view(replica: Replica, intent: Intent, assets: AssetStore, base: str) -> IntentView:
    b = replica.board
    status, job_ids = _intent_status(replica, intent.id)
    return IntentView(
        id=intent.id, position=_position(b, intent.id), kind=intent.sub, title=intent.title,
        description=intent.description, duration_s=intent.duration_s, status=status,
        comps=[_comp_view(c) for c in sorted(b.comps_of(intent.id), key=_created)],
        takes=[_take_view(replica, t, assets) for t in sorted(b.gen_art_of(intent.id), key=_created)], jobs=job_ids,
    )


def _board_view(replica: Replica, assets: AssetStore, base: str) -> BoardView:
    b = replica.board
    narration = "\n\n".join(str(n.get("text")) for n in b.blocks(BlockKind.NARRATION) if n.get("text"))
    return BoardView(name=replica.name, intents=[_intent_view(replica, i, assets, base) for i in b.intents()],
                     narration=narration)


def _cost(p: Any) -> CostView:
    return CostView(text=p.text, machines=p.machines, gpus=p.gpus, seconds=round(p.seconds, 1), jobs=p.jobs,
                    unrunnable=p.unrunnable, reasons=p.reasons)


def _job_status(replica: Replica, ids: list[str], live: list[PeerCaps]) -> JobStatus:
    reports = ops.job_reports(replica.board, live, replica.presence.progress(), ids)
    views = []
    total = 0.0
    for r in reports:
        progress = r.get("progress") or {}
        fraction = progress.get("fraction") if isinstance(progress.get("fraction"), int | float) else None
        state = JobState(r["state"])
        total += 1.0 if state.terminal else float(fraction or 0.0) if state is JobState.RENDERING else 0.0
        views.append(JobView(id=r["id"], intent=r["intent"], stage=r["stage"], state=r["state"],
                             peer=r.get("peer_name") or r.get("peer"), fraction=fraction,
                             message=str(progress.get("msg") or ""), reason=r["reason"], takes=r["outputs"]))
    finished = all(JobState(v.state).terminal for v in views)
    return JobStatus(jobs=views, finished=finished, progress=round(total / len(views), 3) if views else 1.0)


def _progress_message(status: JobStatus) -> str:
    counts: dict[str, int] = {}
    for v in status.jobs:
        counts[v.state] = counts.get(v.state, 0) + 1
    return ", ".join(f"{n} {state}" for state, n in sorted(counts.items())) or "no jobs"


def _peers(replica: Replica, roster: Roster) -> PeerList:
    live = {p.peer_id: p for p in roster.live()}
    telemetry = {pid: state.get("gpus") for pid, state in replica.presence.peers().items()}
    out = []
    for peer_id, e in roster.entries().items():
        if peer_id == roster.peer_id:
            continue
        slots = int(e.get("slots") or 0) if isinstance(e.get("slots"), int | float) else 0
        busy = int(e.get("busy") or 0) if isinstance(e.get("busy"), int | float) else 0
        stages = e.get("stages") if isinstance(e.get("stages"), dict) else {}
        out.append(PeerView(
            id=peer_id, name=str(e.get("name") or peer_id), live=peer_id in live, paused=bool(e.get("paused")),
            stages={str(k): [str(b) for b in v] for k, v in stages.items() if isinstance(v, list)},
            gpus=[g for g in e.get("gpus") or [] if isinstance(g, dict)],
            models=[str(m) for m in e.get("models") or []], loaded=[str(m) for m in e.get("loaded") or []],
            slots=slots, busy=busy, load=round(busy / slots, 2) if slots else 0.0, telemetry=telemetry.get(peer_id),
        ))
    return PeerList(peers=out)


def _store_image(assets: AssetStore, board: str, data: bytes, max_bytes: int) -> tuple[str, str]:
    """Keep an uploaded reference image (judged by its bytes, counted against the board's quota)."""
    try:
        writer = assets.upload_writer(board, declared=len(data), max_bytes=max_bytes)
        try:
            writer.write(data)
            meta = writer.commit()
        finally:
            writer.abort()
    except AssetError as exc:
        raise ToolError(str(exc)) from None
    if not meta.mime.startswith("image/"):
        raise ToolError(f"that is {meta.mime}, not an image")
    return meta.sha256, meta.mime


def _text_of(assets: AssetStore, sha: str, limit: int = 64 * 1024) -> str:
    """A text take's words (the first `limit` bytes, decoded leniently)."""
    with open(assets.path(sha), "rb") as f:
        return f.read(limit).decode("utf-8", "replace")


def _thumbnail(assets: AssetStore, sha: str, mime: str, px: int) -> bytes:
    """A JPEG of at most `px` on the long side: the still itself, or a clip's first frame."""
    path = assets.path(sha)
    if mime.startswith("video/"):
        import av

        with av.open(str(path)) as container:
            frame = next(container.decode(video=0))
            image = frame.to_image()
    else:
        image = Image.open(path)
    with image:
        image.thumbnail((px, px))
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=80)
    return out.getvalue()


# -- mounting ---------------------------------------------------------------------------------------
@dataclass(slots=True)
class McpMount:
    server: MCPServer
    liveness: _Liveness


def mount_mcp(app: Any, hub: BoardHub, assets: AssetStore, tokens: TokenSource,
              settings: McpSettings | None = None, *, fetch: AssetFetch | None = None) -> McpMount:
    """Serve the MCP server at /mcp of a Starlette/FastAPI `app` (plus its protected-resource metadata at
    /.well-known/oauth-protected-resource/mcp); the session manager runs inside the app's lifespan."""
    settings = settings or McpSettings()
    server, liveness = build_mcp_server(hub, assets, tokens, settings, fetch=fetch)
    security = TransportSecuritySettings(enable_dns_rebinding_protection=bool(settings.allowed_hosts),
                                         allowed_hosts=list(settings.allowed_hosts), allowed_origins=[])
    sub = server.streamable_http_app(streamable_http_path="/mcp", transport_security=security,
                                     host="0.0.0.0")  # the host only picks default security settings
    paths = [r.path for r in sub.routes if isinstance(r, Route)]
    for path in paths:  # hand these paths to the MCP app, whose middleware does the bearer check
        app.router.routes.insert(0, Route(path, endpoint=sub))
    previous = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(a: Any) -> AsyncIterator[Any]:
        sampler = asyncio.create_task(liveness.sample(), name="mcp:liveness")
        try:
            async with server.session_manager.run(), previous(a) as state:
                yield state
        finally:
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler

    app.router.lifespan_context = lifespan
    log.info("MCP server at %s/mcp", settings.public_url.rstrip("/"))
    return McpMount(server, liveness)

