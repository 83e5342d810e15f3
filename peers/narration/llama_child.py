"""llama.cpp in a child process of its own, so a model narrating non-stop cannot slow the peer's claims.

In a thread, llama-cpp-python's Python-side token loop (sampling, detokenising, chunk building) competes
with the peer's event loop for the GIL, and a hung model can only be abandoned, never stopped. In a child
process (multiprocessing's ``spawn``, the only start method Windows has) the model runs at a lower OS
priority, a stalled one is killed and the next narration starts a fresh child, and the peer's process holds
none of the model's memory.

Wire (a duplex `multiprocessing.Pipe` of small tuples):
    parent -> child: ``("chat", messages, sampling)``, ``("stop",)``, ``("quit",)``
    child -> parent: ``("loaded", {"n_ctx": ...})``, ``("chunk", chunk)``, ``("end", None)``, ``("error", text)``
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import multiprocessing
import os
import sys
import threading
from collections.abc import AsyncIterator, Callable
from multiprocessing.connection import Connection
from typing import Any

__all__ = ["LlamaProcess", "serve"]

BELOW_NORMAL_PRIORITY_CLASS = 0x4000  # Windows' SetPriorityClass value
NICENESS = 5  # POSIX: renders and claims come first, narration gets what is left
QUIT_GRACE_S = 3.0


def _lower_priority() -> None:
    """Best effort: the narrator yields the CPU to the peer's own work."""
    with contextlib.suppress(OSError, AttributeError):
        if hasattr(os, "nice"):
            os.nice(NICENESS)
        elif sys.platform == "win32":
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), BELOW_NORMAL_PRIORITY_CLASS)


def _load(factory: Callable[..., Any] | None, kwargs: dict[str, Any]) -> Any:
    if factory is None:
        from llama_cpp import Llama

        factory = Llama
    return factory(**kwargs)


def serve(conn: Connection, factory: Callable[..., Any] | None, kwargs: dict[str, Any]) -> None:
    """The child's whole life: load the model once, then answer chats one at a time until told to quit."""
    _lower_priority()
    llm: Any = None
    failure = ""
    try:
        llm = _load(factory, kwargs)
        conn.send(("loaded", {"n_ctx": llm.n_ctx() if hasattr(llm, "n_ctx") else 0}))
    except Exception as exc:  # told on every chat: the parent falls back to the built-in narrator
        failure = f"the model did not load: {exc}"
    while True:
        try:
            msg = conn.recv()
        except (EOFError, OSError):
            return  # the peer went away
        if not isinstance(msg, tuple) or not msg or msg[0] == "quit":
            return
        if msg[0] != "chat":
            continue  # a "stop" that arrived after its chat had ended
        if llm is None:
            conn.send(("error", failure))
            continue
        if not _chat(conn, llm, msg[1], msg[2]):
            return


def _chat(conn: Connection, llm: Any, messages: list[dict[str, str]], sampling: dict[str, Any]) -> bool:
    """Stream one answer; False when the parent asked the child to quit meanwhile."""
    try:
        chunks = llm.create_chat_completion(messages=messages, stream=True, **sampling)
        for chunk in chunks:
            if conn.poll():
                order = conn.recv()
                with contextlib.suppress(Exception):
                    chunks.close()
                conn.send(("end", None))
                return not (isinstance(order, tuple) and order and order[0] == "quit")
            conn.send(("chunk", chunk))
    except (EOFError, OSError, BrokenPipeError):
        return False
    except Exception as exc:  # llama.cpp failing mid-generation is a failed narration, not a dead child
        conn.send(("error", f"the model failed: {type(exc).__name__}: {exc}"))
        return True
    conn.send(("end", None))
    return True


class LlamaProcess:
    """The parent's handle on one child: started on first use, killed when it stalls, restarted after."""

    def __init__(self, kwargs: dict[str, Any], *, factory: Callable[..., Any] | None = None) -> None:
        self.kwargs = kwargs
        self.factory = factory  # must be importable by name (pickled into the spawned child)
        self.loaded: dict[str, Any] = {}
        self._proc: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._inbox: asyncio.Queue[tuple[str, Any]] | None = None
        self._busy = False
        self._free = asyncio.Event()  # set whenever no answer is in flight

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def _start(self) -> None:
        loop = asyncio.get_running_loop()
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=serve, args=(child, self.factory, self.kwargs), name="multiplex-narrator-llama",
                           daemon=True)
        proc.start()
        child.close()
        inbox: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()
        self._proc, self._conn, self._inbox = proc, parent, inbox
        self._set_busy(False)

        def read() -> None:  # one reader per child: blocking recv off the event loop
            while True:
                try:
                    msg = parent.recv()
                except (EOFError, OSError):
                    msg = ("gone", None)
                with contextlib.suppress(RuntimeError):  # the loop closed: nobody listens any more
                    loop.call_soon_threadsafe(inbox.put_nowait, msg)
                if msg[0] == "gone":
                    return

        threading.Thread(target=read, name="narrator-llama-reader", daemon=True).start()

    async def stream(self, messages: list[dict[str, str]], sampling: dict[str, Any], *,
                     stall_s: float) -> AsyncIterator[tuple[str, Any]]:
        """("chunk", chunk) items of one answer; raises RuntimeError with the child's reason.

        An earlier answer that was abandoned is let finish first (the child stops it at its next token);
        a child that does not within `stall_s` is hung, and is replaced."""
        if self._busy and self.alive:
            try:
                async with asyncio.timeout(stall_s):
                    await self._free.wait()
            except TimeoutError:
                self.kill()
        if not self.alive:
            self._start()
        assert self._conn is not None and self._inbox is not None
        inbox = self._inbox
        self._set_busy(True)
        self._conn.send(("chat", messages, sampling))
        ended = False
        try:
            while True:
                try:
                    async with asyncio.timeout(stall_s):
                        kind, value = await inbox.get()
                except TimeoutError:
                    self.kill()  # a stalled model is stopped for real; the next narration starts afresh
                    raise RuntimeError(f"the model produced nothing for {stall_s:.0f} s") from None
                if kind == "loaded":
                    self.loaded = dict(value)
                elif kind == "chunk":
                    yield kind, value
                elif kind == "end":
                    ended = True
                    return
                elif kind == "error":
                    ended = True
                    raise RuntimeError(str(value))
                else:  # "gone"
                    ended = True
                    code = self._proc.exitcode if self._proc is not None else None
                    self.kill()
                    raise RuntimeError(f"the model's process ended (exit code {code})")
        finally:
            if ended:
                self._set_busy(False)
            elif self.alive and self._conn is not None:
                with contextlib.suppress(OSError):
                    self._conn.send(("stop",))  # the child ends the answer at its next token
                asyncio.get_running_loop().create_task(self._drain(inbox))

    async def _drain(self, inbox: asyncio.Queue[tuple[str, Any]]) -> None:
        """After an abandoned answer: the child is free again once it says the answer ended."""
        while self._inbox is inbox:
            kind, _ = await inbox.get()
            if kind in ("end", "error", "gone"):
                if self._inbox is inbox:
                    self._set_busy(False)
                return

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._free.clear()
        else:
            self._free.set()

    def kill(self) -> None:
        proc, conn = self._proc, self._conn
        self._proc = self._conn = self._inbox = None
        self._set_busy(False)
        if proc is not None and proc.is_alive():
            proc.kill()  # first: the reader thread then sees the pipe end, before the parent's end closes
            proc.join(QUIT_GRACE_S)
        if conn is not None:
            conn.close()

    async def close(self) -> None:
        proc, conn = self._proc, self._conn
        if proc is not None and conn is not None and proc.is_alive():
            with contextlib.suppress(OSError):
                conn.send(("quit",))
            await asyncio.to_thread(proc.join, QUIT_GRACE_S)
        self.kill()
