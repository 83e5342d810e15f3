"""A small typed client for one ComfyUI server: its HTTP routes and its `/ws` event stream.

Only what multiplex needs, with every size bounded and every library error mapped in one place
(`_mapped`): a refused connection or a timeout is `BackendUnavailable`/`BackendTimeout`, a 400 from
`POST /prompt` is `PromptRejected` carrying ComfyUI's `error` and `node_errors` objects unchanged, a
malformed answer is `BackendUnavailable` (a server we cannot understand cannot render for us).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from mesh._log import get_logger
from mesh.errors import FrameTooLarge
from peers.errors import BackendError, BackendTimeout, BackendUnavailable

from .messages import ComfyEvent, parse_binary, parse_text

__all__ = ["ComfyClient", "ComfySocket", "FileRef", "PromptRejected", "QueueState"]

log = get_logger("peers.backends.comfy.client")

CONNECT_TIMEOUT_S = 5.0
REQUEST_TIMEOUT_S = 30.0
MAX_JSON_BYTES = 64 * 1024 * 1024  # /object_info with many custom nodes reaches ~10 MB
MAX_WS_MSG_BYTES = 16 * 1024 * 1024  # previews are <= 512 px; `executed` echoes outputs
MAX_DOWNLOAD_BYTES = 8 * 1024 * 1024 * 1024
DOWNLOAD_CHUNK_BYTES = 1024 * 1024


class PromptRejected(BackendError):
    """`POST /prompt` answered 400: the workflow did not validate on this server."""

    def __init__(self, error: Mapping[str, Any], node_errors: Mapping[str, Any]) -> None:
        self.error = dict(error) if isinstance(error, Mapping) else {"message": str(error)}
        self.node_errors = dict(node_errors) if isinstance(node_errors, Mapping) else {}
        super().__init__(describe_rejection(self.error, self.node_errors))


def describe_rejection(error: Mapping[str, Any], node_errors: Mapping[str, Any], *, limit: int = 4) -> str:
    """A person-readable line from ComfyUI's validation answer, naming each failing node, class and input."""
    parts: list[str] = []
    for node_id, info in list(node_errors.items())[:limit]:
        if not isinstance(info, Mapping):
            continue
        errs = info.get("errors") or []
        first = errs[0] if errs and isinstance(errs[0], Mapping) else {}
        parts.append(f"node {node_id} ({info.get('class_type', '?')}){_reason(first)}")
    head = str(error.get("message") or error.get("type") or "prompt rejected")
    if not parts and error.get("details"):
        parts.append(str(error["details"]))
    return head + (" — " + "; ".join(parts) if parts else "")


def _reason(err: Mapping[str, Any]) -> str:
    """One validation error (execution.py validate_inputs / validate_prompt shapes) as ' input X: why'."""
    kind = str(err.get("type", ""))
    extra = err.get("extra_info") if isinstance(err.get("extra_info"), Mapping) else {}
    name = extra.get("input_name")
    where = f" input {name}" if name else ""
    message = str(err.get("message") or "invalid")
    if kind == "invalid_input_type":
        return f"{where}: {message} (got {extra.get('received_value')!r})"
    if kind == "return_type_mismatch":
        wanted = (extra.get("input_config") or ["?"])[0] if isinstance(extra.get("input_config"), list) else "?"
        link = extra.get("linked_node") or ["?", "?"]
        return (f"{where}: linked to output {link[1]} of node {link[0]}, which is {extra.get('received_type')}, "
                f"not {wanted}")
    if kind in ("exception_during_validation", "exception_during_inner_validation"):
        exc = str(extra.get("exception_type") or "error")
        details = str(err.get("details", ""))
        hint = f" (a link to node {details}, which is not in the workflow?)" if exc == "KeyError" else ""
        return f"{where}: validation raised {exc}: {details}{hint}"
    details = str(err.get("details", ""))
    return f"{where}: {message}: {details}".rstrip(": ") if details and details != name else f"{where}: {message}"


@dataclass(frozen=True, slots=True)
class FileRef:
    """An output file as history and `executed` name it: `/view?filename=&subfolder=&type=`."""

    filename: str
    subfolder: str = ""
    type: str = "output"


@dataclass(frozen=True, slots=True)
class QueueState:
    running: tuple[str, ...]
    pending: tuple[str, ...]

    def has(self, prompt_id: str) -> bool:
        return prompt_id in self.running or prompt_id in self.pending


class ComfyClient:
    """HTTP + websocket access to one ComfyUI server; `async with` owns the aiohttp session."""

    def __init__(
        self,
        base_url: str,
        *,
        client_id: str | None = None,
        connect_timeout_s: float = CONNECT_TIMEOUT_S,
        request_timeout_s: float = REQUEST_TIMEOUT_S,
        max_json_bytes: int = MAX_JSON_BYTES,
        max_ws_msg_bytes: int = MAX_WS_MSG_BYTES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id or uuid.uuid4().hex
        self._timeout = aiohttp.ClientTimeout(total=request_timeout_s, sock_connect=connect_timeout_s)
        self._connect_timeout_s = connect_timeout_s
        self._max_json_bytes = max_json_bytes
        self._max_ws_msg_bytes = max_ws_msg_bytes
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> ComfyClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    # ---- error mapping: the one place library errors become ours ----------------------------------------
    @contextmanager
    def _mapped(self, what: str) -> Iterator[None]:
        try:
            yield
        except (TimeoutError, aiohttp.ServerTimeoutError) as exc:
            raise BackendTimeout(f"ComfyUI at {self.base_url} did not answer {what} in time") from exc
        except aiohttp.ClientResponseError as exc:
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: {what} -> HTTP {exc.status}") from exc
        except (aiohttp.ClientError, OSError) as exc:
            raise BackendUnavailable(f"ComfyUI at {self.base_url} is unreachable ({what}): {exc}") from exc
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError) as exc:
            raise BackendUnavailable(f"ComfyUI at {self.base_url} sent a malformed answer to {what}") from exc

    async def _json(self, resp: aiohttp.ClientResponse, what: str) -> Any:
        """Read a JSON answer, refusing one larger than `max_json_bytes` before parsing it."""
        if resp.content_length is not None and resp.content_length > self._max_json_bytes:
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: {what} answer exceeds {self._max_json_bytes} bytes")
        chunks: list[bytes] = []
        total = 0
        async for chunk in resp.content.iter_chunked(256 * 1024):
            total += len(chunk)
            if total > self._max_json_bytes:
                raise BackendUnavailable(
                    f"ComfyUI at {self.base_url}: {what} answer exceeds {self._max_json_bytes} bytes"
                )
            chunks.append(chunk)
        body = b"".join(chunks)
        return json.loads(body) if body else None

    async def _get_json(self, path: str, **params: str) -> Any:
        with self._mapped(f"GET {path}"):
            async with self.session.get(self.base_url + path, params=params or None) as resp:
                resp.raise_for_status()
                return await self._json(resp, f"GET {path}")

    async def _post(self, path: str, body: Any) -> None:
        with self._mapped(f"POST {path}"):
            async with self.session.post(self.base_url + path, json=body) as resp:
                resp.raise_for_status()

    # ---- routes ---------------------------------------------------------------------------------------
    async def system_stats(self) -> dict[str, Any]:
        data = await self._get_json("/system_stats")
        if not isinstance(data, dict) or not isinstance(data.get("devices"), list):
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: /system_stats has no devices")
        return data

    async def object_info(self) -> dict[str, Any]:
        data = await self._get_json("/object_info")
        if not isinstance(data, dict):
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: /object_info is not an object")
        return data

    async def submit(self, prompt: Mapping[str, Any], *, prompt_id: str | None = None) -> str:
        """`POST /prompt` with our client id; returns the prompt id or raises `PromptRejected`.

        ComfyUI accepts a prompt if any output validates; the outputs that did not are left out of the run
        and named in `node_errors` of the 200 answer, which is logged (the take has only the others)."""
        prompt_id = prompt_id or str(uuid.uuid4())
        body = {"prompt": prompt, "client_id": self.client_id, "prompt_id": prompt_id}
        with self._mapped("POST /prompt"):
            async with self.session.post(self.base_url + "/prompt", json=body) as resp:
                data = await self._json(resp, "POST /prompt")
                if resp.status == 400 and isinstance(data, dict):
                    raise PromptRejected(data.get("error") or {}, data.get("node_errors") or {})
                resp.raise_for_status()
        if not isinstance(data, dict) or "prompt_id" not in data:
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: POST /prompt answer has no prompt_id")
        dropped = data.get("node_errors")
        if isinstance(dropped, Mapping) and dropped:  # 200 with node_errors: the other outputs run, these do not
            log.warning("ComfyUI at %s runs prompt %s without the outputs that failed validation: %s", self.base_url,
                        data["prompt_id"], describe_rejection({"message": "outputs dropped"}, dropped))
        return str(data["prompt_id"])

    async def history(self, prompt_id: str) -> dict[str, Any] | None:
        """The history entry of a finished prompt, or None while it is queued, running or unknown."""
        data = await self._get_json(f"/history/{prompt_id}")
        entry = data.get(prompt_id) if isinstance(data, dict) else None
        return entry if isinstance(entry, dict) else None

    async def queue(self) -> QueueState:
        data = await self._get_json("/queue")

        def ids(items: Any) -> tuple[str, ...]:
            return tuple(str(i[1]) for i in items or () if isinstance(i, list) and len(i) > 1)

        if not isinstance(data, dict):
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: /queue is not an object")
        return QueueState(ids(data.get("queue_running")), ids(data.get("queue_pending")))

    async def interrupt(self, prompt_id: str | None = None) -> None:
        """Interrupt `prompt_id` if it is the running one (ComfyUI >= 0.3.4x checks); no id = global."""
        await self._post("/interrupt", {"prompt_id": prompt_id} if prompt_id else {})

    async def delete_queued(self, prompt_ids: list[str]) -> None:
        await self._post("/queue", {"delete": prompt_ids})

    async def delete_history(self, prompt_ids: list[str]) -> None:
        await self._post("/history", {"delete": prompt_ids})

    async def upload_image(self, path: Path, *, name: str | None = None, overwrite: bool = True) -> FileRef:
        """Stream a local file to `/upload/image` (type input); returns the name LoadImage should use."""
        with self._mapped("POST /upload/image"), path.open("rb") as fh:
            form = aiohttp.FormData()
            form.add_field("image", fh, filename=name or path.name, content_type="application/octet-stream")
            form.add_field("type", "input")
            form.add_field("overwrite", "true" if overwrite else "false")
            async with self.session.post(self.base_url + "/upload/image", data=form) as resp:
                resp.raise_for_status()
                data = await self._json(resp, "POST /upload/image")
        if not isinstance(data, dict) or "name" not in data:
            raise BackendUnavailable(f"ComfyUI at {self.base_url}: /upload/image answer has no name")
        return FileRef(str(data["name"]), str(data.get("subfolder", "")), str(data.get("type", "input")))

    async def download(self, ref: FileRef, dest: Path, *, max_bytes: int = MAX_DOWNLOAD_BYTES) -> int:
        """Stream `/view` into `dest` chunk by chunk (never the whole clip in memory); returns bytes written."""
        params = {"filename": ref.filename, "subfolder": ref.subfolder, "type": ref.type}
        written = 0
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=self._connect_timeout_s, sock_read=60)
        with self._mapped(f"GET /view {ref.filename}"):
            async with self.session.get(self.base_url + "/view", params=params, timeout=timeout) as resp:
                resp.raise_for_status()
                with dest.open("wb") as fh:
                    async for chunk in resp.content.iter_chunked(DOWNLOAD_CHUNK_BYTES):
                        written += len(chunk)
                        if written > max_bytes:
                            raise FrameTooLarge(f"{ref.filename} exceeds {max_bytes} bytes")
                        fh.write(chunk)
        return written

    @asynccontextmanager
    async def connect(self, *, preview_metadata: bool = True) -> AsyncIterator[ComfySocket]:
        """Open `/ws?clientId=` (events for our prompts come only to this id) and negotiate previews."""
        url = f"{self.base_url}/ws"
        with self._mapped("GET /ws"):
            ws = await self.session.ws_connect(
                url,
                params={"clientId": self.client_id},
                max_msg_size=self._max_ws_msg_bytes,
                timeout=aiohttp.ClientWSTimeout(ws_close=2.0),
                heartbeat=None,
            )
            if preview_metadata:
                await ws.send_json({"type": "feature_flags", "data": {"supports_preview_metadata": True}})
        try:
            yield ComfySocket(ws, self.base_url, max_bytes=self._max_ws_msg_bytes)
        finally:
            await ws.close()


class ComfySocket:
    """Typed reads from a ComfyUI websocket; `next()` returns None when the socket ended."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse, base_url: str, *, max_bytes: int) -> None:
        self._ws = ws
        self._base_url = base_url
        self._max_bytes = max_bytes
        self.closed = False

    async def next(self) -> ComfyEvent | None:
        """The next event we understand; None once the socket is closed or broken."""
        while True:
            try:
                msg = await self._ws.receive()
            except (aiohttp.ClientError, OSError, RuntimeError) as exc:
                log.debug("ComfyUI %s websocket broke: %s", self._base_url, exc)
                self.closed = True
                return None
            if msg.type == aiohttp.WSMsgType.TEXT:
                event = parse_text(msg.data, max_bytes=self._max_bytes)
            elif msg.type == aiohttp.WSMsgType.BINARY:
                event = parse_binary(msg.data, max_bytes=self._max_bytes)
            else:  # CLOSE, CLOSING, CLOSED, ERROR
                self.closed = True
                return None
            if event is not None:
                return event
