"""Server memory under a flood of pre-handshake frames: 40 parallel connections each send one 16 MiB frame
instead of a hello. Prints the server's RSS before and after, with the capped transport and without.

    PYTHONPATH=. python bench/preauth_flood.py            # capped (what `multiplex up` runs)
    PYTHONPATH=. python bench/preauth_flood.py --uncapped # uvicorn's plain protocol with ws_max_size=16 MiB
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import sys
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench._registry import Measure, Skip

FRAME = 16 * 1024 * 1024
CONNECTIONS = 40


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _server(port_q: mp.Queue, capped: bool) -> None:
    import uvicorn

    from mesh.net.ws import CappedWebSocketProtocol
    from tests.fakes.mesh_peers import LoopbackPeer

    async def main() -> None:
        peer = LoopbackPeer("srv", {"film": b"k" * 32})
        config = uvicorn.Config(peer.app, host="127.0.0.1", port=0, log_level="critical", lifespan="off",
                                ws=CappedWebSocketProtocol if capped else "websockets-sansio",
                                ws_max_size=FRAME + 1024)
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        while not server.started:  # noqa: ASYNC110 - uvicorn exposes only a flag
            await asyncio.sleep(0.01)
        port_q.put(server.servers[0].sockets[0].getsockname()[1])
        await task

    asyncio.run(main())


async def _flood(port: int, pid: int) -> float:
    """Run the flood; the server's peak RSS while it lasted."""
    payload = b"\x00" * FRAME
    peak = 0.0
    done = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _rss_mb(pid))
            await asyncio.sleep(0.05)

    async def one(s: aiohttp.ClientSession) -> None:
        try:
            async with s.ws_connect(f"ws://127.0.0.1:{port}/sync/film") as ws:
                await ws.send_bytes(payload)
                await asyncio.wait_for(ws.receive(), 10)
        except (aiohttp.ClientError, OSError, TimeoutError, ConnectionError):
            pass

    sampler = asyncio.create_task(sample())
    async with aiohttp.ClientSession() as s:
        await asyncio.gather(*(one(s) for _ in range(CONNECTIONS)))
    done.set()
    await sampler
    return peak


def measure(capped: bool) -> dict[str, float]:
    """Server RSS (MB) before, at the peak of and after the flood."""
    q: mp.Queue = mp.get_context("spawn").Queue()
    proc = mp.get_context("spawn").Process(target=_server, args=(q, capped), daemon=True)
    proc.start()
    port = q.get(timeout=30)
    before = _rss_mb(proc.pid)
    peak = asyncio.run(_flood(port, proc.pid))
    asyncio.run(asyncio.sleep(1.0))
    after = _rss_mb(proc.pid)
    proc.terminate()
    proc.join(5)
    return {"before": before, "peak": peak, "after": after}


def collect(quick: bool) -> list[Measure]:
    if not Path("/proc/self/status").exists():
        raise Skip("reads server memory from /proc (Linux only)")
    out = []
    for capped in (True,) if quick else (True, False):
        r = measure(capped)
        label = "capped transport (as served)" if capped else "uncapped (uvicorn's plain protocol)"
        cmd = "python bench/preauth_flood.py" + ("" if capped else " --uncapped")
        out.append(Measure(f"server RSS peak, {CONNECTIONS} x {FRAME >> 20} MiB pre-handshake frames, {label}",
                           r["peak"], "MB", cmd, note=f"{r['before']:.0f} before"))
    return out


def main() -> None:
    capped = "--uncapped" not in sys.argv
    r = measure(capped)
    print(f"{'capped' if capped else 'uncapped'}: server RSS {r['before']:.0f} MB, peak {r['peak']:.0f} MB, "
          f"{r['after']:.0f} MB after {CONNECTIONS} parallel pre-handshake frames of {FRAME // (1024 * 1024)} MiB")


if __name__ == "__main__":
    main()
