# clinibot: one image for every role (web, worker, migrate). Non-root, slim, pinned base.
FROM python:3.11.11-slim-bookworm AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY curriculum ./curriculum
COPY cme ./cme
COPY storage ./storage
RUN python -m venv /opt/clinibot && /opt/clinibot/bin/pip install --no-cache-dir .

FROM python:3.11.11-slim-bookworm
ENV PATH=/opt/clinibot/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 \
    CLINIBOT_DATA_DIR=/var/lib/clinibot CLINIBOT_HOST=0.0.0.0 PORT=3000
RUN groupadd --system --gid 10001 clinibot \
    && useradd --system --uid 10001 --gid clinibot --home-dir /var/lib/clinibot --shell /usr/sbin/nologin clinibot \
    && mkdir -p /var/lib/clinibot && chown clinibot:clinibot /var/lib/clinibot
COPY --from=build /opt/clinibot /opt/clinibot
USER 10001:10001
WORKDIR /var/lib/clinibot
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '3000'), timeout=2)"]
# SIGTERM (docker stop, a rolling deploy) drains: see CLINIBOT_SHUTDOWN_GRACE.
STOPSIGNAL SIGTERM
ENTRYPOINT ["clinibot"]
CMD ["serve"]
