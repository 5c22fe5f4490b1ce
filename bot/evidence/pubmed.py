"""Live literature search through NCBI E-utilities (esearch for PMIDs, efetch for abstracts).

NCBI allows 3 requests/s per client without an API key and 10 with one; exceeding it earns HTTP
429s and eventually a block, so every request goes through a client-side limiter that spaces
calls. Failures raise ``PubMedError``; ``sources.search_evidence`` turns them into a fallback to
the local index with a notice, so a clinician always gets an answer.
"""
from __future__ import annotations

import asyncio
import json
import re
import xml.etree.ElementTree as ET
from typing import Any

import aiohttp

from bot.evidence.analysis import analyze, term_weights
from bot.evidence.index import Hit, make_snippet

DEFAULT_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
PUBMED_URL = "https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


class PubMedError(RuntimeError):
    """E-utilities could not answer (HTTP error, rate limited, timeout, malformed response)."""


class RateLimiter:
    """Spaces calls at least ``1/rate`` seconds apart (a strict form of a token bucket).

    Strict spacing guarantees no window of one second ever sees more than ``rate`` requests,
    which is how NCBI counts.
    """

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate * 1.02  # small margin for clock granularity on either side
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        async with self._lock:
            loop = asyncio.get_running_loop()
            now = loop.time()
            wait = self._next - now
            if wait > 0:
                await asyncio.sleep(wait)
                now = loop.time()
            self._next = max(now, self._next) + self.interval


class PubMedClient:
    """Minimal async E-utilities client; reuse one instance so the rate limit is shared."""

    name = "pubmed"

    def __init__(self, *, base_url: str = DEFAULT_BASE_URL, api_key: str | None = None,
                 tool: str = "clinibot", email: str | None = None, timeout: float = 8.0,
                 session: aiohttp.ClientSession | None = None, rate: float | None = None,
                 max_retries: int = 1) -> None:
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.api_key = api_key
        self.tool = tool
        self.email = email
        self.timeout = aiohttp.ClientTimeout(total=timeout)
        self.limiter = RateLimiter(rate or (10.0 if api_key else 3.0))
        self.max_retries = max_retries
        self._session = session
        self._own_session = session is None

    async def __aenter__(self) -> "PubMedClient":
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.close()

    async def close(self) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _params(self, **extra: Any) -> dict[str, str]:
        p = {"db": "pubmed", "tool": self.tool}
        if self.email:
            p["email"] = self.email
        if self.api_key:
            p["api_key"] = self.api_key
        p.update({k: str(v) for k, v in extra.items()})
        return p

    async def _get(self, endpoint: str, params: dict[str, str]) -> str:
        if self._session is None:
            self._session = aiohttp.ClientSession()
        url = self.base_url + endpoint
        for attempt in range(self.max_retries + 1):
            await self.limiter.acquire()
            try:
                async with self._session.get(url, params=params, timeout=self.timeout) as resp:
                    body = await resp.text()
                    if resp.status == 429 and attempt < self.max_retries:
                        delay = _retry_after(resp.headers.get("Retry-After"))
                        await asyncio.sleep(delay)
                        continue
                    if resp.status != 200:
                        raise PubMedError(f"{endpoint} returned HTTP {resp.status}")
                    return body
            except asyncio.TimeoutError:
                raise PubMedError(f"{endpoint} timed out after {self.timeout.total:g} s") from None
            except aiohttp.ClientError as exc:
                raise PubMedError(f"{endpoint} failed: {exc.__class__.__name__}") from None
        raise PubMedError(f"{endpoint} rate limited (HTTP 429)")

    async def esearch(self, query: str, retmax: int = 5) -> list[str]:
        body = await self._get("esearch.fcgi", self._params(
            term=query, retmode="json", retmax=retmax, sort="relevance"))
        try:
            data = json.loads(body)
            ids = data["esearchresult"]["idlist"]
        except (ValueError, KeyError, TypeError):
            raise PubMedError("esearch returned an unexpected response") from None
        return [str(i) for i in ids if str(i).isdigit()]

    async def efetch(self, pmids: list[str]) -> list[dict[str, str]]:
        if not pmids:
            return []
        body = await self._get("efetch.fcgi", self._params(
            id=",".join(pmids), retmode="xml", rettype="abstract"))
        return parse_efetch(body)

    async def search(self, query: str, k: int = 5) -> list[Hit]:
        """PubMed's relevance-ranked articles for ``query`` as hits with PubMed links."""
        pmids = await self.esearch(query, retmax=k)
        records = {r["pmid"]: r for r in await self.efetch(pmids)}
        weights = term_weights(query)
        hits = []
        for rank, pmid in enumerate(pmids):
            r = records.get(pmid)
            if r is None:
                continue
            abstract = r["abstract"]
            hits.append(Hit(
                doc_id=f"PMID:{pmid}",
                title=r["title"],
                source=f"PubMed: {r['journal']}" if r["journal"] else "PubMed",
                url=PUBMED_URL.format(pmid=pmid),
                published=r["year"],
                snippet=make_snippet(abstract, weights) if abstract and analyze(query) else abstract[:420],
                score=1.0 / (rank + 1),
                text=abstract,
            ))
        return hits


def _retry_after(value: str | None) -> float:
    try:
        return min(2.0, max(0.1, float(value))) if value else 1.0
    except ValueError:
        return 1.0


def _text(el: ET.Element | None) -> str:
    if el is None:
        return ""
    return re.sub(r"\s+", " ", "".join(el.itertext())).strip()


def parse_efetch(xml_text: str) -> list[dict[str, str]]:
    """PMID, title, abstract (labelled sections joined), journal and year from a PubmedArticleSet."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError:
        raise PubMedError("efetch returned malformed XML") from None
    out = []
    for art in root.iter("PubmedArticle"):
        cit = art.find("MedlineCitation")
        if cit is None:
            continue
        pmid = _text(cit.find("PMID"))
        article = cit.find("Article")
        if not pmid or article is None:
            continue
        parts = []
        for ab in article.findall("Abstract/AbstractText"):
            label = ab.get("Label")
            t = _text(ab)
            if t:
                parts.append(f"{label.capitalize()}: {t}" if label else t)
        year = _text(article.find("Journal/JournalIssue/PubDate/Year"))
        if not year:
            m = re.search(r"\d{4}", _text(article.find("Journal/JournalIssue/PubDate/MedlineDate")))
            year = m.group(0) if m else ""
        out.append({
            "pmid": pmid,
            "title": _text(article.find("ArticleTitle")).rstrip("."),
            "abstract": " ".join(parts),
            "journal": _text(article.find("Journal/Title")),
            "year": year,
        })
    return out
