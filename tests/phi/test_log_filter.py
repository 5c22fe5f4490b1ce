"""Every logger, including third-party ones, is scrubbed before any handler writes."""
from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.phi.policy import PhiGuard, install_log_filter, uninstall_log_filter

RAW = ("Deshawn", "00482913", "617-555-0142", "10.44.18.207", "88213")


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    install_log_filter(PhiGuard("baa"))  # BAA covers the model, never the logs
    try:
        yield stream
    finally:
        uninstall_log_filter()
        root.removeHandler(handler)
        root.setLevel(old_level)


@pytest.mark.parametrize("name", ["slack_bolt.App", "aiohttp.access", "sqlalchemy.engine.Engine", "clinibot.drafts"])
def test_third_party_logger_records_are_scrubbed(captured: io.StringIO, name: str) -> None:
    log = logging.getLogger(name)
    log.warning("request from %s for pt %s MRN %s", "10.44.18.207", "Deshawn Carter", "00482913")
    log.warning('GET /patients/88213?phone=617-555-0142 HTTP/1.1" 200')
    out = captured.getvalue()
    assert name in out
    assert "[IP-1]" in out and "[MRN-1]" in out
    assert not any(v in out for v in RAW), out


def test_exception_text_is_scrubbed(captured: io.StringIO) -> None:
    log = logging.getLogger("slack_bolt.App")
    try:
        raise ValueError("lookup failed for MRN 00482913 (Deshawn Carter)")
    except ValueError:
        log.exception("handler crashed for %s", "617-555-0142")
    out = captured.getvalue()
    assert "Traceback" in out and "ValueError" in out
    assert not any(v in out for v in RAW), out


def test_handler_added_later_on_a_named_logger(captured: io.StringIO) -> None:
    stream = io.StringIO()
    late = logging.StreamHandler(stream)
    log = logging.getLogger("aiohttp.server")
    log.addHandler(late)
    try:
        log.error("client 10.44.18.207 sent pt Deshawn Carter")
    finally:
        log.removeHandler(late)
    assert stream.getvalue() and not any(v in stream.getvalue() for v in RAW)


def test_uninstall_restores_plain_logging() -> None:
    install_log_filter(PhiGuard("warn"))
    uninstall_log_filter()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    log = logging.getLogger("clinibot.test.plain")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("MRN 00482913")
    finally:
        log.removeHandler(handler)
    assert "00482913" in stream.getvalue()


def test_extra_fields_are_scrubbed() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(remote_address)s %(path)s %(message)s"))
    log = logging.getLogger("aiohttp.access")
    log.addHandler(handler)
    log.propagate = False
    old = log.level
    log.setLevel(logging.INFO)
    install_log_filter(PhiGuard("redact"))
    try:
        log.info("request done", extra={"remote_address": "10.44.18.207", "path": "GET /patients/88213"})
    finally:
        uninstall_log_filter()
        log.removeHandler(handler)
        log.propagate = True
        log.setLevel(old)
    out = stream.getvalue()
    assert "request done" in out and not any(v in out for v in RAW), out
