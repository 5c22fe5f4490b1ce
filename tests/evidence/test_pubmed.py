"""PubMed client against the loopback E-utilities replay server."""
from __future__ import annotations

from pathlib import Path

import pytest

from bot.evidence import EvidenceIndex
from bot.evidence.pubmed import PubMedClient, PubMedError, parse_efetch
from bot.evidence.sources import SOURCES, make_source, search_evidence

try:
    from tests.fakes.eutils_server import FIXTURES, EUtilsServer
except ModuleNotFoundError:  # a third-party package that ships a top-level "tests" shadows ours
    from fakes.eutils_server import FIXTURES, EUtilsServer

LOCAL_DOCS = [{"id": "local-statin", "title": "Statins for primary prevention (local card)",
               "text": "Local guidance on statin use for primary prevention in adults.",
               "url": "https://example.org/statin", "source": "Example Org: Statins", "published": "2022"}]


@pytest.fixture
async def server():
    srv = await EUtilsServer().start()
    try:
        yield srv
    finally:
        await srv.stop()


@pytest.fixture
def local(tmp_path: Path) -> EvidenceIndex:
    return EvidenceIndex.build(LOCAL_DOCS, tmp_path / "local")


def test_parse_efetch_fixture() -> None:
    recs = parse_efetch((FIXTURES / "efetch_statin.xml").read_text())
    assert [r["pmid"] for r in recs] == ["90000001", "90000002", "90000003"]
    assert recs[0]["year"] == "2023" and recs[0]["journal"] == "Journal of Fictional Cardiovascular Test Data"
    assert recs[0]["abstract"].startswith("Background: Statins are widely used")
    assert "Results: Statin therapy" in recs[0]["abstract"]
    assert recs[1]["year"] == "2021"  # from MedlineDate
    assert recs[1]["title"].startswith("Adherence to HMG-CoA reductase inhibitors after")  # inline <i> kept
    assert recs[2]["abstract"] == ""


async def test_search_returns_hits_with_pubmed_urls(server: EUtilsServer) -> None:
    async with PubMedClient(base_url=server.base_url, api_key="k123", tool="clinibot-test",
                            email="dev@example.org") as client:
        hits = await client.search("statin primary prevention", k=3)
    assert [h.doc_id for h in hits] == ["PMID:90000001", "PMID:90000002", "PMID:90000003"]
    assert hits[0].url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"
    assert hits[0].published == "2023" and hits[0].source.startswith("PubMed: Journal of Fictional")
    assert "statin" in hits[0].snippet.lower()
    es, ef = server.requests
    assert es.path.endswith("/esearch.fcgi") and ef.path.endswith("/efetch.fcgi")
    assert es.query["db"] == "pubmed" and es.query["retmode"] == "json" and es.query["sort"] == "relevance"
    assert es.query["retmax"] == "3" and es.query["term"] == "statin primary prevention"
    assert ef.query["retmode"] == "xml" and ef.query["id"] == "90000001,90000002,90000003"
    for r in (es, ef):
        assert r.query["api_key"] == "k123" and r.query["tool"] == "clinibot-test"
        assert r.query["email"] == "dev@example.org"


async def test_no_key_means_no_key_param(server: EUtilsServer) -> None:
    async with PubMedClient(base_url=server.base_url) as client:
        assert await client.search("zzqx", k=3) == []
    assert len(server.requests) == 1  # empty idlist: no efetch
    assert "api_key" not in server.requests[0].query and server.requests[0].query["tool"] == "clinibot"


def _max_in_window(times: list[float], window: float = 1.0) -> int:
    return max(sum(1 for u in times if t <= u < t + window) for t in times)


async def test_rate_limit_without_key(server: EUtilsServer) -> None:
    async with PubMedClient(base_url=server.base_url) as client:
        for _ in range(4):
            await client.search("statin", k=3)  # 8 requests
    times = server.times()
    assert len(times) == 8
    assert _max_in_window(times) <= 3
    assert times[-1] - times[0] >= 7 / 3 - 0.05


async def test_rate_limit_with_key(server: EUtilsServer) -> None:
    import asyncio

    async with PubMedClient(base_url=server.base_url, api_key="k") as client:
        await asyncio.gather(*(client.esearch("statin") for _ in range(14)))
    times = server.times()
    assert len(times) == 14 and _max_in_window(times) <= 10


async def test_429_retried_once_then_ok(server: EUtilsServer) -> None:
    server.mode = "429_once"
    async with PubMedClient(base_url=server.base_url) as client:
        hits = await client.search("statin", k=3)
    assert len(hits) == 3 and len(server.requests) == 3


@pytest.mark.parametrize("mode, match", [("429", "429"), ("500", "HTTP 500"), ("garbage", "unexpected")])
async def test_errors_raise_pubmed_error(server: EUtilsServer, mode: str, match: str) -> None:
    server.mode = mode
    async with PubMedClient(base_url=server.base_url) as client:
        with pytest.raises(PubMedError, match=match):
            await client.search("statin", k=3)


async def test_timeout(server: EUtilsServer) -> None:
    server.mode, server.delay = "slow", 3.0
    async with PubMedClient(base_url=server.base_url, timeout=0.3) as client:
        with pytest.raises(PubMedError, match="timed out"):
            await client.search("statin", k=3)


async def test_unreachable_server_raises() -> None:
    async with PubMedClient(base_url="http://127.0.0.1:9/entrez/eutils/", timeout=1.0) as client:
        with pytest.raises(PubMedError):
            await client.search("statin")


@pytest.mark.parametrize("mode", ["500", "slow", "garbage", "429"])
async def test_degrades_to_local_with_notice(server: EUtilsServer, local: EvidenceIndex, mode: str) -> None:
    server.mode, server.delay = mode, 3.0
    async with make_source("pubmed", base_url=server.base_url, timeout=0.5) as client:
        out = await search_evidence("statin primary prevention", 3, local=local, online=client)
    assert out.degraded and out.source == "local"
    assert out.notice and out.notice.startswith("pubmed unavailable")
    assert [h.doc_id for h in out.hits] == ["local-statin"]


async def test_online_ok_and_empty(server: EUtilsServer, local: EvidenceIndex) -> None:
    async with PubMedClient(base_url=server.base_url) as client:
        ok = await search_evidence("statin primary prevention", 3, local=local, online=client)
        empty = await search_evidence("zzqx", 3, local=local, online=client)
    assert ok.source == "pubmed" and not ok.degraded and ok.notice is None and len(ok.hits) == 3
    assert empty.degraded and "found nothing" in (empty.notice or "")
    offline = await search_evidence("statin", 3, local=local)
    assert offline.source == "local" and not offline.degraded and offline.hits


def test_registry() -> None:
    assert SOURCES["pubmed"] is PubMedClient
    with pytest.raises(ValueError):
        make_source("nope")


async def test_ask_end_to_end(server: EUtilsServer, local: EvidenceIndex) -> None:
    from bot.evidence.ask import ask

    answer, outcome = await ask("statin primary prevention", local=local)
    assert outcome.source == "local" and answer.citations[0].doc_id == "local-statin"
    server.mode = "500"
    async with PubMedClient(base_url=server.base_url) as client:
        answer, outcome = await ask("statin primary prevention", local=local, online=client)
    assert outcome.degraded and "pubmed unavailable" in answer.to_text()
    server.mode = "ok"
    async with PubMedClient(base_url=server.base_url) as client:
        answer, outcome = await ask("statin primary prevention", local=local, online=client, k=3)
    assert outcome.source == "pubmed"
    assert answer.citations[0].url == "https://pubmed.ncbi.nlm.nih.gov/90000001/"
    assert all(s.cites for s in answer.sentences)
    assert answer.to_text().endswith("AI support, not a clinical decision.")
