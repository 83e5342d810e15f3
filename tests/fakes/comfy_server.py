"""A protocol-faithful fake ComfyUI (aiohttp on 127.0.0.1) for driving the real client code in tests.

Mirrors ComfyUI v0.3.64 (server.py, execution.py, main.py prompt_worker, comfy_execution/progress.py):
every route also under `/api`; `POST /prompt` validates like `validate_prompt` (400 with `error` +
`node_errors`: invalid_prompt, prompt_no_outputs, required_input_missing, bad_linked_input,
return_type_mismatch, invalid_input_type, value_smaller_than_min / bigger_than_max, value_not_in_list,
exception_during_validation / _inner_validation); one prompt runs at a time from a priority queue; events
go only to the socket whose clientId submitted the prompt, except `status` and `execution_interrupted`
(broadcast); the order is execution_start, execution_cached, per node progress_state + executing (+
progress_state then progress for nodes with a progress bar: samplers, with preview frames, and the model
upscaler; + executed for output nodes), execution_success, then history is written, then `status`, then
`executing {node: null}`. Like the real executor's classic cache, a node whose input signature matches
the previous prompt's is not run again: it is listed in execution_cached, and an output node among them
sends only `executed` with its earlier output (no executing, no progress); history repeats that output.
A reconnecting socket gets only `status` (+ the current node, without a prompt id). Outputs are real
files (PNG by Pillow, MP4 by PyAV) served from `/view`.

Knobs (attributes, change them between jobs): `models`, `missing_nodes`, `steps`, `step_delay_s`, `node_delay_s`, `cpu`
(started with --cpu), `cache` (False: --cache-none), `previews`, `fail` ("execution_error" | "oom" |
"broken" | "drop_ws" | "crash"), `hold` (an Event the sampler waits on), `max_side`, `max_frames`,
`video_bitrate`. `previews` stands for a server started with `--preview-method auto`/`latent2rgb`
(0.3.64's default, `none`, sends no preview frames). `stop()`/`start()` take it down/up on the same port;
a restart forgets queue, history and cache, like the real server.
"""

from __future__ import annotations

import asyncio
import hashlib
import heapq
import json
import os
import random
import struct
import time
import uuid
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from . import comfy_nodes as cn

__all__ = ["FakeComfy"]

DEFAULT_MODELS = {
    "diffusion_models": [
        "flux1-dev.safetensors",
        "wan2.1_i2v_480p_14B_fp16.safetensors",
        "wan2.1_i2v_720p_14B_fp16.safetensors",
        "wan2.1_vace_14B_fp16.safetensors",
        "wan2.1_flf2v_720p_14B_fp16.safetensors",
    ],
    "text_encoders": ["clip_l.safetensors", "t5xxl_fp16.safetensors", "umt5_xxl_fp8_e4m3fn_scaled.safetensors"],
    "vae": ["ae.safetensors", "wan_2.1_vae.safetensors"],
    "clip_vision": ["clip_vision_h.safetensors"],
    "checkpoints": ["Illustrious-XL-v0.1.safetensors"],
    "upscale_models": ["RealESRGAN_x4plus.pth"],
}
VIDEO_SUFFIXES = (".mp4", ".webm", ".mov", ".mkv", ".avi", ".gif")
OOM_MESSAGE = (
    "Allocation on device \nThis error means you ran out of memory on your GPU.\n\nTIPS: If the workflow worked "
    "before you might have accidentally set the batch_size to a large number."
)


def encode_preview(image: bytes, metadata: dict[str, Any] | None) -> bytes:
    """server.py send_image (event 1, image type 1 = JPEG) / send_image_with_metadata (event 4)."""
    if metadata is None:
        return struct.pack(">I", 1) + struct.pack(">I", 1) + image
    meta = json.dumps({**metadata, "image_type": "image/jpeg"}).encode("utf-8")
    return struct.pack(">I", 4) + struct.pack(">I", len(meta)) + meta + image


def _types_match(received: Any, wanted: Any) -> bool:
    """comfy_execution/validation.py validate_node_input: equal, "*", or overlapping "A,B" unions."""
    if not isinstance(received, str) or not isinstance(wanted, str):
        return isinstance(wanted, list) and received == "COMBO"
    if received == wanted or "*" in (received, wanted):
        return True
    return bool(set(received.split(",")) & set(wanted.split(",")))


def _exception_reason(kind: str, message: str, exc: BaseException) -> dict[str, Any]:
    cls = type(exc)
    name = cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"
    return {"type": kind, "message": message, "details": str(exc),
            "extra_info": {"exception_type": name, "traceback": ['  File "execution.py", in validate_inputs\n']}}


class _Interrupted(Exception):
    pass


class _Crash(Exception):
    pass


class FakeComfy:
    def __init__(self, base_dir: Path, *, port: int = 0) -> None:
        self.base = base_dir
        for sub in ("input", "output", "temp"):
            (base_dir / sub).mkdir(parents=True, exist_ok=True)
        self.port = port
        self.models: dict[str, list[str]] = {k: list(v) for k, v in DEFAULT_MODELS.items()}
        self.missing_nodes: set[str] = set()
        self.padding_nodes = 0  # extra dummy classes: a real install lists ~500-2000 (MBs of JSON)
        self.steps = 4
        self.step_delay_s = 0.0
        self.node_delay_s = 0.0  # every node takes this long (an interrupt lands between nodes, as in 0.3.64)
        self.previews = True
        self.fail: str | None = None
        self.hold: asyncio.Event | None = None
        self.max_side: int | None = 64
        self.max_frames: int | None = 9
        self.video_bitrate = 4_000_000
        self.prompts_received = 0
        self.ws_connections = 0
        self.sampling = asyncio.Event()  # set while a sampler is stepping (tests await it)
        self.cpu = False  # started with --cpu: /system_stats reports the torch device "cpu"
        self.cache = True  # the executor's output cache (classic: the previous prompt's node signatures)
        self._runner: web.AppRunner | None = None
        self._reset_state()

    def _reset_state(self) -> None:
        self.queue: list[tuple[Any, ...]] = []
        self.running: dict[int, tuple[Any, ...]] = {}
        self.history: dict[str, dict[str, Any]] = {}
        self.sockets: dict[str, web.WebSocketResponse] = {}
        self.flags: dict[str, dict[str, Any]] = {}
        self.number = 0
        self.counter = 0
        self.client_id: str | None = None
        self.last_node_id: str | None = None
        self.cached_outputs: dict[str, dict[str, Any]] = {}  # node signature -> its ui output ({} if none)
        self.preview_prefixes: dict[str, str] = {}  # PreviewImage's random prefix, kept with its node object
        self._interrupt = False
        self._wake = asyncio.Event()
        self._worker: asyncio.Task[None] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # ---- lifecycle ---------------------------------------------------------------------------------------
    async def start(self) -> None:
        self._reset_state()
        app = web.Application(client_max_size=100 * 1024 * 1024)
        routes = [
            web.get("/ws", self.ws),
            web.get("/system_stats", self.system_stats),
            web.get("/object_info", self.object_info),
            web.get("/object_info/{node_class}", self.object_info_one),
            web.get("/features", self.features),
            web.get("/prompt", self.get_prompt),
            web.post("/prompt", self.post_prompt),
            web.get("/queue", self.get_queue),
            web.post("/queue", self.post_queue),
            web.post("/interrupt", self.interrupt),
            web.get("/history", self.get_history),
            web.get("/history/{prompt_id}", self.get_history_one),
            web.post("/history", self.post_history),
            web.get("/view", self.view),
            web.post("/upload/image", self.upload_image),
        ]
        app.add_routes([web.route(r.method, "/api" + r.path, r.handler) for r in routes])
        app.add_routes(routes)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._worker = asyncio.create_task(self._work())

    async def stop(self) -> None:
        """The server goes down: sockets closed, queue and history lost (a crash or a restart)."""
        if self._worker is not None:
            self._worker.cancel()
            await asyncio.gather(self._worker, return_exceptions=True)
        for ws in list(self.sockets.values()):
            await ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeComfy:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def drop_sockets(self) -> None:
        for ws in list(self.sockets.values()):
            await ws.close()

    # ---- sending (server.py send_json / send_bytes) ------------------------------------------------------
    async def send(self, event: str, data: dict[str, Any], sid: str | None) -> None:
        targets = list(self.sockets.values()) if sid is None else [self.sockets[sid]] if sid in self.sockets else []
        for ws in targets:
            try:
                await ws.send_json({"type": event, "data": data})
            except (ConnectionError, RuntimeError):
                pass

    async def send_bytes(self, message: bytes, sid: str | None) -> None:
        if sid in self.sockets:
            try:
                await self.sockets[sid].send_bytes(message)
            except (ConnectionError, RuntimeError):
                pass

    def queue_info(self) -> dict[str, Any]:
        return {"exec_info": {"queue_remaining": len(self.queue) + len(self.running)}}

    async def queue_updated(self) -> None:
        await self.send("status", {"status": self.queue_info()}, None)

    # ---- routes ------------------------------------------------------------------------------------------
    async def ws(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        sid = request.rel_url.query.get("clientId", "") or uuid.uuid4().hex
        self.ws_connections += 1
        self.sockets.pop(sid, None)
        self.sockets[sid] = ws
        self.flags[sid] = {}
        try:
            await self.send("status", {"status": self.queue_info(), "sid": sid}, sid)
            if self.client_id == sid and self.last_node_id is not None:
                await self.send("executing", {"node": self.last_node_id}, sid)
            first = True
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    try:
                        data = json.loads(msg.data)
                        if first and data.get("type") == "feature_flags":
                            self.flags[sid] = data.get("data", {})
                            await self.send("feature_flags", await self._features(), sid)
                        first = False
                    except json.JSONDecodeError:
                        pass
        finally:
            if self.sockets.get(sid) is ws:
                self.sockets.pop(sid, None)
                self.flags.pop(sid, None)
        return ws

    async def _features(self) -> dict[str, Any]:
        return {"supports_preview_metadata": True, "max_upload_size": 100 * 1024 * 1024}

    async def features(self, request: web.Request) -> web.Response:
        return web.json_response(await self._features())

    async def system_stats(self, request: web.Request) -> web.Response:
        return web.json_response(
            {
                "system": {
                    "os": os.name,
                    "ram_total": 68_719_476_736,
                    "ram_free": 40_000_000_000,
                    "comfyui_version": "0.3.64",
                    "required_frontend_version": "1.27.10",
                    "installed_templates_version": "0.1.94",
                    "required_templates_version": "0.1.94",
                    "python_version": "3.12.10 (tags/v3.12.10:0cc8128, Apr  8 2025) [MSC v.1943 64 bit (AMD64)]",
                    "pytorch_version": "2.8.0+cpu" if self.cpu else "2.8.0+cu128",
                    "embedded_python": True,
                    "argv": ["main.py", *(["--cpu"] if self.cpu else ["--cuda-device", "0"]), "--port", str(self.port)],
                },
                "devices": [self._device()],
            }
        )

    def _device(self) -> dict[str, Any]:
        """model_management: `--cpu` reports the torch device "cpu" with system RAM as its memory."""
        if self.cpu:
            return {"name": "cpu", "type": "cpu", "index": None, "vram_total": 68_719_476_736,
                    "vram_free": 40_000_000_000, "torch_vram_total": 68_719_476_736, "torch_vram_free": 40_000_000_000}
        return {"name": "cuda:0 NVIDIA RTX A6000 : cudaMallocAsync", "type": "cuda", "index": 0,
                "vram_total": 51_526_500_352, "vram_free": 50_000_000_000, "torch_vram_total": 0,
                "torch_vram_free": 0}

    def _models(self) -> dict[str, list[str]]:
        files = sorted(p.name for p in (self.base / "input").iterdir() if p.is_file())
        videos = [f for f in files if f.lower().endswith(VIDEO_SUFFIXES)]  # filter_files_content_types
        return {**self.models, "input": [f for f in files if f not in videos], "input_video": videos}

    async def object_info(self, request: web.Request) -> web.Response:
        models = self._models()
        info = {n: cn.node_info(n, models) for n in cn.NODES if n not in self.missing_nodes}
        for i in range(self.padding_nodes):
            info[f"CustomNode{i}"] = {**cn.node_info("KSampler", models), "name": f"CustomNode{i}"}
        return web.json_response(info)

    async def object_info_one(self, request: web.Request) -> web.Response:
        name = request.match_info["node_class"]
        ok = name in cn.NODES and name not in self.missing_nodes
        return web.json_response({name: cn.node_info(name, self._models())} if ok else {})

    async def get_prompt(self, request: web.Request) -> web.Response:
        return web.json_response(self.queue_info())

    async def post_prompt(self, request: web.Request) -> web.Response:
        self.prompts_received += 1
        data = await request.json()
        number = float(data["number"]) if "number" in data else self.number
        if "number" not in data:
            self.number += 1
        if "prompt" not in data:
            error = {
                "type": "no_prompt",
                "message": "No prompt provided",
                "details": "No prompt provided",
                "extra_info": {},
            }
            return web.json_response({"error": error, "node_errors": {}}, status=400)
        prompt, prompt_id = data["prompt"], str(data.get("prompt_id", uuid.uuid4()))
        ok, error, outputs, node_errors = self.validate(prompt)
        extra = dict(data.get("extra_data", {}))
        if "client_id" in data:
            extra["client_id"] = data["client_id"]
        if not ok:
            return web.json_response({"error": error, "node_errors": node_errors}, status=400)
        heapq.heappush(self.queue, (number, prompt_id, prompt, extra, outputs))
        await self.queue_updated()
        self._wake.set()
        return web.json_response({"prompt_id": prompt_id, "number": number, "node_errors": node_errors})

    async def get_queue(self, request: web.Request) -> web.Response:
        return web.json_response({"queue_running": list(self.running.values()), "queue_pending": list(self.queue)})

    async def post_queue(self, request: web.Request) -> web.Response:
        data = await request.json()
        if data.get("clear"):
            self.queue = []
        for pid in data.get("delete", []):
            self.queue = [item for item in self.queue if item[1] != pid]
            heapq.heapify(self.queue)
        await self.queue_updated()
        return web.Response(status=200)

    async def interrupt(self, request: web.Request) -> web.Response:
        try:
            data = await request.json()
        except json.JSONDecodeError:
            data = {}
        pid = data.get("prompt_id") if isinstance(data, dict) else None
        if not pid or any(item[1] == pid for item in self.running.values()):
            self._interrupt = True
            if self.hold is not None:
                self.hold.set()
        return web.Response(status=200)

    async def get_history(self, request: web.Request) -> web.Response:
        max_items = request.rel_url.query.get("max_items")
        items = list(self.history.items())
        if max_items is not None:
            items = items[-int(max_items) :]
        return web.json_response(dict(items))

    async def get_history_one(self, request: web.Request) -> web.Response:
        pid = request.match_info["prompt_id"]
        return web.json_response({pid: self.history[pid]} if pid in self.history else {})

    async def post_history(self, request: web.Request) -> web.Response:
        data = await request.json()
        if data.get("clear"):
            self.history.clear()
        for pid in data.get("delete", []):
            self.history.pop(pid, None)
        return web.Response(status=200)

    async def view(self, request: web.Request) -> web.StreamResponse:
        query = request.rel_url.query
        if "filename" not in query:
            return web.Response(status=404)
        filename = query["filename"]
        if not filename or filename[0] == "/" or ".." in filename:
            return web.Response(status=400)
        kind = query.get("type", "output")
        if kind not in ("output", "input", "temp"):
            return web.Response(status=400)
        file = self._view_path(kind, query.get("subfolder"), filename)
        if file is None:
            return web.Response(status=403)
        if not file.is_file():
            return web.Response(status=404)
        return web.FileResponse(file, headers={"Content-Disposition": f'filename="{file.name}"'})

    def _view_path(self, kind: str, subfolder: str | None, filename: str) -> Path | None:
        out_dir = os.path.abspath(self.base / kind)
        if subfolder is not None:
            full = os.path.join(out_dir, subfolder)
            if os.path.commonpath((os.path.abspath(full), out_dir)) != out_dir:
                return None
            out_dir = full
        return Path(out_dir) / os.path.basename(filename)

    async def upload_image(self, request: web.Request) -> web.Response:
        post = await request.post()
        image = post.get("image")
        if not isinstance(image, web.FileField) or not image.filename:
            return web.Response(status=400)
        kind = str(post.get("type") or "input")
        if kind not in ("input", "temp", "output"):  # folder_paths gives None and os.path.join raises
            raise web.HTTPInternalServerError(text="500 Internal Server Error\n\nServer got itself in trouble")
        subfolder = str(post.get("subfolder", ""))
        folder = (self.base / kind / subfolder).resolve()
        if os.path.commonpath((str(folder), str((self.base / kind).resolve()))) != str((self.base / kind).resolve()):
            return web.Response(status=400)
        folder.mkdir(parents=True, exist_ok=True)
        body = image.file.read()
        name, stem, suffix, i = image.filename, Path(image.filename).stem, Path(image.filename).suffix, 1
        if str(post.get("overwrite")) not in ("true", "1"):
            while (folder / name).exists():
                if hashlib.sha256((folder / name).read_bytes()).digest() == hashlib.sha256(body).digest():
                    break
                name, i = f"{stem} ({i}){suffix}", i + 1
        (folder / name).write_bytes(body)
        return web.json_response({"name": name, "subfolder": subfolder, "type": kind})

    # ---- validation (execution.py validate_prompt / validate_inputs) --------------------------------------
    def validate(self, prompt: dict[str, Any]) -> tuple[bool, dict[str, Any] | None, list[str], dict[str, Any]]:
        """`validate_prompt`: node classes, then every output's inputs, recursively up its links."""

        def bad(kind: str, message: str, details: str) -> tuple[bool, dict[str, Any], list[str], dict[str, Any]]:
            return False, {"type": kind, "message": message, "details": details, "extra_info": {}}, [], {}

        outputs = []
        for nid, node in prompt.items():
            if "class_type" not in node:
                return bad(
                    "invalid_prompt",
                    "Cannot execute because a node is missing the class_type property.",
                    f"Node ID '#{nid}'",
                )
            cls = node["class_type"]
            if cls not in cn.NODES or cls in self.missing_nodes:
                return bad("invalid_prompt", f"Cannot execute because node {cls} does not exist.", f"Node ID '#{nid}'")
            if cls in cn.OUTPUT_NODES:
                outputs.append(nid)
        if not outputs:
            return bad("prompt_no_outputs", "Prompt has no outputs", "")
        models = self._models()
        node_errors: dict[str, Any] = {}
        errors: list[tuple[str, list[dict[str, Any]]]] = []
        good: list[str] = []
        validated: dict[str, tuple[bool, list[dict[str, Any]]]] = {}
        for out in outputs:
            try:
                valid, reasons = self._validate_inputs(prompt, out, validated, models)
            except Exception as exc:  # execution.py catches everything here too
                valid, reasons = False, [_exception_reason("exception_during_validation",
                                                           "Exception when validating node", exc)]
                validated[out] = (False, reasons)
            if valid:
                good.append(out)
                continue
            errors.append((out, reasons))
            for nid, (ok, why) in validated.items():
                if not ok and why:
                    entry = node_errors.setdefault(
                        nid, {"errors": why, "dependent_outputs": [], "class_type": prompt[nid]["class_type"]}
                    )
                    entry["dependent_outputs"].append(out)
        if not good:
            lines = [f"{r['message']}: {r['details']}" for _, reasons in errors for r in reasons]
            error = {
                "type": "prompt_outputs_failed_validation",
                "message": "Prompt outputs failed validation",
                "details": "\n".join(lines),
                "extra_info": {},
            }
            return False, error, [], node_errors
        return True, None, good, node_errors

    def _validate_inputs(
        self,
        prompt: dict[str, Any],
        nid: str,
        validated: dict[str, tuple[bool, list[dict[str, Any]]]],
        models: dict[str, list[str]],
    ) -> tuple[bool, list[dict[str, Any]]]:
        """`validate_inputs` for one node: links (type, then the linked node), then literal values."""
        if nid in validated:
            return validated[nid]
        cls = prompt[nid]["class_type"]
        info = cn.node_info(cls, models)["input"]
        inputs = prompt[nid].get("inputs", {})
        own_check, own_message = cn.FILE_INPUTS.get(cls, ("", ""))
        specs = {**info.get("optional", {}), **info["required"]}
        errors: list[dict[str, Any]] = []
        valid = True
        for name, spec in specs.items():
            type_input = spec[0]
            options = spec[1] if len(spec) > 1 and isinstance(spec[1], dict) else {}
            config = [type_input, options]
            if name not in inputs:
                if name in info["required"]:
                    errors.append({"type": "required_input_missing", "message": "Required input is missing",
                                   "details": name, "extra_info": {"input_name": name}})
                continue
            value = inputs[name]
            if isinstance(value, list):
                if len(value) != 2:
                    errors.append({"type": "bad_linked_input",
                                   "message": "Bad linked input, must be a length-2 list of [node_id, slot_index]",
                                   "details": name,
                                   "extra_info": {"input_name": name, "input_config": config, "received_value": value}})
                    continue
                linked = str(value[0])
                received = cn.output_types(prompt[linked]["class_type"])[value[1]]  # KeyError: a missing node
                if not _types_match(received, type_input):
                    errors.append({
                        "type": "return_type_mismatch",
                        "message": "Return type mismatch between linked nodes",
                        "details": f"{name}, received_type({received}) mismatch input_type({type_input})",
                        "extra_info": {"input_name": name, "input_config": config, "received_type": received,
                                       "linked_node": value},
                    })
                    continue
                try:
                    if not self._validate_inputs(prompt, linked, validated, models)[0]:
                        valid = False
                except Exception as exc:
                    valid = False
                    reason = _exception_reason("exception_during_inner_validation",
                                               "Exception when validating inner node", exc)
                    reason["extra_info"].update(input_name=name, input_config=config, linked_node=value,
                                                exception_message=str(exc))
                    validated[linked] = (False, [reason])
                continue
            try:
                if type_input == "INT":
                    value = int(value)
                elif type_input == "FLOAT":
                    value = float(value)
                elif type_input == "STRING":
                    value = str(value)
                elif type_input == "BOOLEAN":
                    value = bool(value)
            except (TypeError, ValueError, OverflowError) as exc:
                errors.append({
                    "type": "invalid_input_type",
                    "message": f"Failed to convert an input value to a {type_input} value",
                    "details": f"{name}, {value}, {exc}",
                    "extra_info": {"input_name": name, "input_config": config, "received_value": value,
                                   "exception_message": str(exc)},
                })
                continue
            extra = {"input_name": name, "input_config": config, "received_value": value}
            if name == own_check:  # VALIDATE_INPUTS(image=...): only that the file is there
                if not (self.base / "input" / str(value)).is_file():
                    errors.append({"type": "custom_validation_failed", "message": "Custom validation failed for node",
                                   "details": f"{name} - {own_message.format(value)}",
                                   "extra_info": {"input_name": name}})
                continue
            if "min" in options and value < options["min"]:
                errors.append({"type": "value_smaller_than_min",
                               "message": f"Value {value} smaller than min of {options['min']}",
                               "details": name, "extra_info": extra})
                continue
            if "max" in options and value > options["max"]:
                errors.append({"type": "value_bigger_than_max",
                               "message": f"Value {value} bigger than max of {options['max']}",
                               "details": name, "extra_info": extra})
                continue
            # Only V1 combos (a list as the type) are checked; 0.3.64 lets a V3 "COMBO" value through
            # validation, and the node fails when it runs (SaveVideo: "'avi' is not a valid VideoContainer").
            choices = type_input if isinstance(type_input, list) else None
            if choices is not None and value not in choices:
                shown = f"(list of length {len(choices)})" if len(choices) > 20 else str(choices)
                errors.append({"type": "value_not_in_list", "message": "Value not in list",
                               "details": f"{name}: '{value}' not in {shown}",
                               "extra_info": {**extra, "input_config": None if len(choices) > 20 else config}})
        result = (not errors and valid, errors)
        validated[nid] = result
        return result

    # ---- execution (main.py prompt_worker + execution.py PromptExecutor) ---------------------------------
    async def _work(self) -> None:
        while True:
            while not self.queue:
                self._wake.clear()
                await self._wake.wait()
            item = heapq.heappop(self.queue)
            task_id = self.counter
            self.counter += 1
            self.running[task_id] = item
            await self.queue_updated()
            try:
                await self._execute(task_id, item)
            except _Crash:
                asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(self.stop()))
                return
            except Exception as exc:  # a fake bug must not stick the queue behind it: record and go on
                self.running.pop(task_id, None)
                self.history[item[1]] = {"prompt": list(item), "outputs": {}, "meta": {}, "status": {
                    "status_str": "error", "completed": False, "messages": [["execution_error", {
                        "prompt_id": item[1], "node_id": "?", "node_type": "?", "exception_type": type(exc).__name__,
                        "exception_message": str(exc)}]]}}
                await self.queue_updated()

    async def _execute(self, task_id: int, item: tuple[Any, ...]) -> None:
        _, prompt_id, prompt, extra, outputs = item
        self.client_id = sid = extra.get("client_id")
        self._interrupt = False
        messages: list[list[Any]] = []

        async def add(event: str, data: dict[str, Any], broadcast: bool = False) -> None:
            data = {**data, "timestamp": int(time.time() * 1000)}
            messages.append([event, data])
            if sid is not None or broadcast:
                await self.send(event, data, None if broadcast and sid is None else sid)

        await add("execution_start", {"prompt_id": prompt_id})
        signatures = self._signatures(prompt)
        previous = self.cached_outputs if self.cache else {}
        cached = [nid for nid in prompt if signatures[nid] in previous]
        await add("execution_cached", {"nodes": cached, "prompt_id": prompt_id})
        order = self._order(prompt, outputs, cached=set(cached))
        executed: list[str] = []
        ui: dict[str, Any] = {nid: previous[signatures[nid]] for nid in cached if previous[signatures[nid]]}
        done: dict[str, dict[str, Any]] = {signatures[nid]: previous[signatures[nid]] for nid in cached}
        success = True
        states: dict[str, dict[str, Any]] = {}
        for nid in order:
            cls = prompt[nid]["class_type"]
            if nid in cached:  # execution.py execute(): a cached output node repeats its earlier ui output
                if sid is not None:
                    await self.send("executed", {"node": nid, "display_node": nid, "output": ui.get(nid),
                                                 "prompt_id": prompt_id}, sid)
                await self._progress_state(prompt_id, states, nid, "finished", 1, 1, sid)  # never started: ints
                continue
            try:
                await self._progress_state(prompt_id, states, nid, "running", 0.0, 1.0, sid)
                self.last_node_id = nid
                if sid is not None:
                    await self.send("executing", {"node": nid, "display_node": nid, "prompt_id": prompt_id}, sid)
                if self._interrupt:  # _async_map_node_over_list(allow_interrupt=True): before every node
                    raise _Interrupted
                self._check_runtime_inputs(prompt, nid)
                if self.node_delay_s:
                    await asyncio.sleep(self.node_delay_s)
                if self.fail == "broken" or (self.fail == "execution_error" and cls == "VAEDecode"):
                    raise RuntimeError(
                        "The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0"
                        if self.fail != "broken"
                        else "CUDA error: an illegal memory access was encountered"
                    )
                if cls in cn.PROGRESS_NODES:
                    await self._sample(prompt_id, nid, states, sid, sampler=cls in cn.SAMPLERS)
                if cls in cn.OUTPUT_NODES:
                    ui[nid] = await asyncio.to_thread(self._save, prompt, nid)
                    if sid is not None:
                        await self.send(
                            "executed",
                            {"node": nid, "display_node": nid, "output": ui[nid], "prompt_id": prompt_id},
                            sid,
                        )
                top = states[nid]["max"]  # finish_progress: value = max (a progress bar's own max, else 1.0)
                await self._progress_state(prompt_id, states, nid, "finished", top, top, sid)
                executed.append(nid)
                done[signatures[nid]] = ui.get(nid, {})
            except _Interrupted:
                await add(
                    "execution_interrupted",
                    {"prompt_id": prompt_id, "node_id": nid, "node_type": cls, "executed": executed},
                    broadcast=True,
                )
                success = False
                break
            except (RuntimeError, MemoryError, ValueError, AttributeError) as exc:
                oom = isinstance(exc, MemoryError)
                await add(
                    "execution_error",
                    {
                        "prompt_id": prompt_id,
                        "node_id": nid,
                        "node_type": cls,
                        "executed": executed,
                        "exception_message": (OOM_MESSAGE if oom else f"{exc}\n"),
                        "exception_type": "torch.OutOfMemoryError" if oom else type(exc).__name__,
                        "traceback": ['  File "execution.py", line 496, in execute\n'],
                        "current_inputs": {k: [v] for k, v in prompt[nid].get("inputs", {}).items()
                                           if not isinstance(v, list)},
                        "current_outputs": list(prompt),
                    },
                )
                success = False
                break
        else:
            await add("execution_success", {"prompt_id": prompt_id})
        self.cached_outputs = done  # classic cache: what this prompt computed or reused (even if it failed later)
        await asyncio.sleep(0)  # execution_success goes out before history exists, as in main.py
        self.running.pop(task_id, None)
        self.history[prompt_id] = {
            "prompt": list(item),
            "outputs": ui,
            "status": {"status_str": "success" if success else "error", "completed": success, "messages": messages},
            "meta": {
                nid: {"node_id": nid, "display_node": nid, "parent_node": None, "real_node_id": nid} for nid in ui
            },
        }
        self.last_node_id = None
        await self.queue_updated()
        if sid is not None:
            await self.send("executing", {"node": None, "prompt_id": prompt_id}, sid)

    async def _progress_state(
        self,
        prompt_id: str,
        states: dict[str, dict[str, Any]],
        nid: str,
        state: str,
        value: float,
        maximum: float,
        sid: str | None,
    ) -> None:
        states[nid] = {
            "value": value,
            "max": maximum,
            "state": state,
            "node_id": nid,
            "prompt_id": prompt_id,
            "display_node_id": nid,
            "parent_node_id": None,
            "real_node_id": nid,
        }
        if sid is not None:
            await self.send("progress_state", {"prompt_id": prompt_id, "nodes": dict(states)}, sid)

    async def _sample(
        self, prompt_id: str, nid: str, states: dict[str, dict[str, Any]], sid: str | None, *, sampler: bool = True
    ) -> None:
        """ProgressBar updates (main.py hijack_progress): progress_state first, then `progress`; previews and
        the failure knobs only from samplers."""
        if not sampler:
            for step in range(1, 4):
                await self._progress_state(prompt_id, states, nid, "running", step, 3, sid)
                await self.send("progress", {"value": step, "max": 3, "prompt_id": prompt_id, "node": nid}, sid)
            return
        self.sampling.set()
        try:
            for step in range(1, self.steps + 1):
                if self.hold is not None:
                    await self.hold.wait()
                if self.step_delay_s:
                    await asyncio.sleep(self.step_delay_s)
                if self._interrupt:
                    raise _Interrupted
                if self.fail == "oom" and step == 2:
                    raise MemoryError
                if self.fail == "drop_ws" and step == 2:
                    await self.drop_sockets()
                if self.fail == "crash" and step == 2:
                    raise _Crash
                await self._progress_state(prompt_id, states, nid, "running", step, self.steps, sid)
                progress = {"value": step, "max": self.steps, "prompt_id": prompt_id, "node": nid}
                if not (self.previews and sid is not None):
                    await self.send("progress", progress, sid)
                    continue
                frame = self._preview_jpeg(step)
                meta = {"node_id": nid, "prompt_id": prompt_id, "display_node_id": nid, "parent_node_id": None,
                        "real_node_id": nid}
                if self.flags.get(sid, {}).get("supports_preview_metadata", False):
                    # the progress handler sends progress_state and the preview, then the hook sends `progress`
                    await self.send_bytes(encode_preview(frame, meta), sid)
                    await self.send("progress", progress, sid)
                else:  # the hook sends `progress`, then the old unencoded preview
                    await self.send("progress", progress, sid)
                    await self.send_bytes(encode_preview(frame, None), sid)
        finally:
            self.sampling.clear()

    def _order(self, prompt: dict[str, Any], outputs: list[str], *, cached: set[str] | None = None) -> list[str]:
        """comfy_execution/graph.py ExecutionList: each output added with what it needs (not cached inputs),
        then ready nodes are taken by `ux_friendly_pick_node`: an output node first, then a node an output
        waits on, then one two links from an output, else the first ready one (a PreviewImage of an early
        image runs before the rest of the graph)."""
        done = cached or set()
        pending: dict[str, None] = {}
        blocking: dict[str, dict[str, None]] = {}
        count: dict[str, int] = {}

        def add_node(start: str) -> None:
            stack, links = [start], []
            while stack:
                nid = stack.pop()
                if nid in pending:
                    continue
                pending[nid], count[nid], blocking[nid] = None, 0, {}
                for value in prompt[nid].get("inputs", {}).values():
                    if isinstance(value, list) and len(value) == 2 and str(value[0]) not in done:
                        stack.append(str(value[0]))
                        links.append((str(value[0]), nid))
            for src, dst in links:
                add_node(src)
                if dst not in blocking[src]:
                    blocking[src][dst] = None
                    count[dst] += 1

        def is_output(nid: str) -> bool:
            return prompt[nid]["class_type"] in cn.OUTPUT_NODES

        def pick(ready: list[str]) -> str:
            for nid in ready:
                if is_output(nid):
                    return nid
            for nid in ready:
                if any(is_output(b) for b in blocking[nid]):
                    return nid
            for nid in ready:
                if any(is_output(b1) for b in blocking[nid] for b1 in blocking[b]):
                    return nid
            return ready[0]

        for out in outputs:
            add_node(out)
        order: list[str] = []
        while pending:
            nid = pick([n for n in pending if count[n] == 0])
            order.append(nid)
            del pending[nid]
            for blocked in blocking.pop(nid):
                count[blocked] -= 1
        return order

    def _check_runtime_inputs(self, prompt: dict[str, Any], nid: str) -> None:
        """What 0.3.64's validation lets through and the node itself trips on: a V3 COMBO value outside its
        options (SaveVideo format="avi": ValueError), a literal where a link type belongs (AttributeError)."""
        cls = prompt[nid]["class_type"]
        required, optional = cn.NODES[cls][0], cn.NODES[cls][1]
        for name, value in prompt[nid].get("inputs", {}).items():
            spec = required.get(name) or optional.get(name)
            if not spec or isinstance(value, list) or isinstance(spec[0], list) or str(spec[0]).startswith("@"):
                continue
            options = spec[1].get("options") if len(spec) > 1 and isinstance(spec[1], dict) else None
            if spec[0] == "COMBO" and isinstance(options, list) and value not in options:
                kind = {"format": "VideoContainer", "codec": "VideoCodec"}.get(name, name)
                raise ValueError(f"{value!r} is not a valid {kind}")
            if spec[0] not in ("INT", "FLOAT", "STRING", "BOOLEAN", "COMBO"):
                raise AttributeError(f"{type(value).__name__!r} object has no attribute 'shape'")

    def _signatures(self, prompt: dict[str, Any]) -> dict[str, str]:
        """caching.py CacheKeySetInputSignature: class, literal inputs, linked nodes' signatures, and for
        file loaders their IS_CHANGED (the file's content), so an identical prompt is answered from cache."""
        memo: dict[str, str] = {}

        def sig(nid: str) -> str:
            if nid not in memo:
                node = prompt[nid]
                parts: list[Any] = [node["class_type"]]
                for name, value in sorted(node.get("inputs", {}).items()):
                    parts.append([name, ["link", sig(str(value[0])), value[1]] if isinstance(value, list) else value])
                if node["class_type"] in ("LoadImage", "LoadVideo"):
                    file = self.base / "input" / str(next(iter(node.get("inputs", {}).values()), ""))
                    parts.append(hashlib.sha256(file.read_bytes()).hexdigest() if file.is_file() else "")
                memo[nid] = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()
            return memo[nid]

        return {nid: sig(nid) for nid in prompt}

    # ---- output files --------------------------------------------------------------------------------------
    def _preview_jpeg(self, step: int) -> bytes:
        import io

        from PIL import Image

        buf = io.BytesIO()
        # latent_preview: the latent as RGB, scaled so its longer side is MAX_PREVIEW_RESOLUTION (512)
        Image.new("RGB", (512, 288), (step * 40 % 256, 64, 128)).save(buf, format="JPEG", quality=95)
        return buf.getvalue()

    def _dims(self, prompt: dict[str, Any]) -> tuple[int, int, int, float]:
        width, height, frames, fps = 64, 64, 1, 16.0
        for node in prompt.values():
            inputs = node.get("inputs", {})
            if isinstance(inputs.get("width"), int) and isinstance(inputs.get("height"), int):
                width, height = inputs["width"], inputs["height"]
            if node["class_type"] in ("WanImageToVideo", "WanVaceToVideo", "WanFirstLastFrameToVideo"):
                frames = int(inputs.get("length", 1))
            if node["class_type"] == "CreateVideo":
                fps = float(inputs.get("fps", 16.0))
        if self.max_side:
            scale = min(1.0, self.max_side / max(width, height))
            width, height = max(2, int(width * scale) // 2 * 2), max(2, int(height * scale) // 2 * 2)
        return width, height, min(frames, self.max_frames or frames), fps

    def _target(self, kind: str, prefix: str, suffix: str) -> tuple[Path, dict[str, str]]:
        sub, _, stem = prefix.rpartition("/")
        folder = self.base / kind / sub
        folder.mkdir(parents=True, exist_ok=True)
        n = 1 + len(list(folder.glob(f"{stem}_*")))
        name = f"{stem}_{n:05d}_.{suffix}"
        return folder / name, {"filename": name, "subfolder": sub, "type": kind}

    def _save(self, prompt: dict[str, Any], nid: str) -> dict[str, Any]:
        from PIL import Image
        from PIL.PngImagePlugin import PngInfo

        node = prompt[nid]
        cls, inputs = node["class_type"], node["inputs"]
        width, height, frames, fps = self._dims(prompt)
        colour = (random.randrange(256), 90, 160)
        if cls in ("SaveImage", "PreviewImage"):
            kind = "output" if cls == "SaveImage" else "temp"
            if cls == "PreviewImage":  # its prefix is drawn once per node object, which the server keeps
                prefix = self.preview_prefixes.setdefault(nid, "ComfyUI_temp_" + "".join(
                    random.choice("abcdefghijklmnopqrstupvxyz") for _ in range(5)))
            else:
                prefix = inputs["filename_prefix"]
            path, ref = self._target(kind, prefix, "png")
            info = PngInfo()
            info.add_text("prompt", json.dumps(prompt))
            level = 1 if kind == "temp" else 4
            Image.new("RGB", (width, height), colour).save(path, pnginfo=info, compress_level=level)
            return {"images": [ref]}
        if cls == "SaveAnimatedWEBP":
            path, ref = self._target("output", inputs["filename_prefix"], "webp")
            imgs = [Image.new("RGB", (width, height), (i * 20 % 256, 90, 160)) for i in range(frames)]
            imgs[0].save(path, save_all=True, append_images=imgs[1:], duration=int(1000 / inputs["fps"]))
            return {"images": [ref], "animated": [True]}
        path, ref = self._target("output", inputs["filename_prefix"], "mp4")
        self._encode_mp4(path, width, height, frames, fps)
        return {"images": [ref], "animated": [True]}

    def _encode_mp4(self, path: Path, width: int, height: int, frames: int, fps: float) -> None:
        import av
        import numpy as np

        rng = np.random.default_rng(0)
        with av.open(str(path), "w") as container:
            stream = container.add_stream("libx264", rate=round(fps))
            stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
            stream.bit_rate = self.video_bitrate
            base = rng.integers(0, 255, (height, width, 3), dtype=np.uint8)
            for i in range(frames):
                frame = np.roll(base, i * 4, axis=1)
                container.mux(stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")))
            container.mux(stream.encode(None))
