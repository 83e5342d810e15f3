# The multiplex relay: boards, canvas, /yjs and /mcp for remote collaborators and LLM clients.
# No render backends and no GPU: home peers dial out to it. See docs/relay.md.
#   docker build -t multiplex-relay .
#   docker run -d --name relay -p 8471:8471 -v relay-data:/data multiplex-relay
#   docker exec relay multiplex relay token create --board main --role peer
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Only what the package needs (see .dockerignore): the runtime and the mcp extra, no test tools.
WORKDIR /src
COPY pyproject.toml README.md ./
COPY mesh ./mesh
COPY peers ./peers
COPY flows ./flows
COPY canvas ./canvas
COPY relay ./relay
COPY multiplex ./multiplex
RUN pip install ".[mcp]" && rm -rf /src

# A non-root user that owns the data volume (boards, asset cache, tokens, canvas sessions).
RUN useradd --system --uid 10001 --user-group --home-dir /data --shell /usr/sbin/nologin multiplex \
    && mkdir -p /data && chown multiplex:multiplex /data
USER multiplex
WORKDIR /data
VOLUME ["/data"]

# Configuration by environment (docs/relay.md lists every variable); these are the container's defaults.
ENV MULTIPLEX_HOME=/data \
    MULTIPLEX_HOST=0.0.0.0 \
    MULTIPLEX_PORT=8471 \
    NICEGUI_STORAGE_PATH=/data/.nicegui

EXPOSE 8471

# slim has no curl: ask /healthz with the standard library (open, no token, no data).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('MULTIPLEX_PORT', '8471'), timeout=4)"]

# --host/--port are left to MULTIPLEX_HOST/MULTIPLEX_PORT above, so an override in the environment holds.
# SIGTERM (docker stop) flushes the boards and exits cleanly.
CMD ["multiplex", "relay"]
