"""Prometheus text metrics, kept in process. Labels are route templates and fixed names only:
never user text, user ids or anything a patient could be identified by."""
from __future__ import annotations

import bisect
import threading
from collections import defaultdict

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Histogram:
    def __init__(self) -> None:
        self.counts = [0] * (len(BUCKETS) + 1)
        self.total = 0.0
        self.n = 0

    def observe(self, seconds: float) -> None:
        self.counts[bisect.bisect_left(BUCKETS, seconds)] += 1
        self.total += seconds
        self.n += 1


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.latency: dict[str, Histogram] = defaultdict(Histogram)
        self.acks: dict[str, int] = defaultdict(int)
        self.errors: dict[str, int] = defaultdict(int)
        self.handler: dict[str, Histogram] = defaultdict(Histogram)
        self.extraction: dict[str, int] = defaultdict(int)
        self.phi_decisions: dict[str, int] = defaultdict(int)
        self.phi_overrides: dict[str, int] = defaultdict(int)

    def phi_decision(self, decision: str, categories: tuple[str, ...] = ()) -> None:
        """A PHI warning and what the author chose ("warn", "continue", "override", "cancel").
        Overrides are also counted per category, so false alarms show up in production."""
        with self._lock:
            self.phi_decisions[decision] += 1
            if decision == "override":
                for c in categories:
                    self.phi_overrides[c] += 1

    def observe_request(self, route: str, method: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(route, method, status)] += 1
            self.latency[route].observe(seconds)

    def ack(self, kind: str) -> None:
        with self._lock:
            self.acks[kind] += 1

    def error(self, where: str) -> None:
        with self._lock:
            self.errors[where] += 1

    def observe_handler(self, kind: str, seconds: float) -> None:
        with self._lock:
            self.handler[kind].observe(seconds)

    def extracted(self, outcome: str, n: int = 1) -> None:
        """Drafting requests by how their fields were found, and model values dropped as untraceable."""
        with self._lock:
            self.extraction[outcome] += n

    def render(self) -> str:
        out: list[str] = []
        with self._lock:
            out += ["# HELP clinibot_http_requests_total HTTP requests by route and status.",
                    "# TYPE clinibot_http_requests_total counter"]
            for (route, method, status), n in sorted(self.requests.items()):
                out.append(f'clinibot_http_requests_total{{route="{route}",method="{method}",status="{status}"}} {n}')
            out += ["# HELP clinibot_slack_acks_total Slack requests acknowledged, by kind.",
                    "# TYPE clinibot_slack_acks_total counter"]
            for kind, n in sorted(self.acks.items()):
                out.append(f'clinibot_slack_acks_total{{kind="{kind}"}} {n}')
            out += ["# HELP clinibot_phi_decisions_total PHI warnings and the author's choice.",
                    "# TYPE clinibot_phi_decisions_total counter"]
            for decision, n in sorted(self.phi_decisions.items()):
                out.append(f'clinibot_phi_decisions_total{{decision="{decision}"}} {n}')
            out += ["# HELP clinibot_phi_overrides_total Warnings the author marked 'Not identifiers', by category.",
                    "# TYPE clinibot_phi_overrides_total counter"]
            for category, n in sorted(self.phi_overrides.items()):
                out.append(f'clinibot_phi_overrides_total{{category="{category}"}} {n}')
            out += ["# HELP clinibot_errors_total Errors by place.", "# TYPE clinibot_errors_total counter"]
            for where, n in sorted(self.errors.items()):
                out.append(f'clinibot_errors_total{{where="{where}"}} {n}')
            for name, hists, label, help_ in (
                ("clinibot_http_request_seconds", self.latency, "route", "HTTP request latency."),
                ("clinibot_handler_seconds", self.handler, "kind", "Time spent in services per event."),
            ):
                out += [f"# HELP {name} {help_}", f"# TYPE {name} histogram"]
                for key, h in sorted(hists.items()):
                    cum = 0
                    for bound, c in zip(BUCKETS, h.counts):
                        cum += c
                        out.append(f'{name}_bucket{{{label}="{key}",le="{bound}"}} {cum}')
                    out.append(f'{name}_bucket{{{label}="{key}",le="+Inf"}} {h.n}')
                    out.append(f'{name}_sum{{{label}="{key}"}} {h.total:.6f}')
                    out.append(f'{name}_count{{{label}="{key}"}} {h.n}')
            out += ["# HELP clinibot_extraction_total Draft requests by extraction path; dropped = model values "
                    "not found in what the clinician typed.", "# TYPE clinibot_extraction_total counter"]
            for outcome, n in sorted(self.extraction.items()):
                out.append(f'clinibot_extraction_total{{outcome="{outcome}"}} {n}')
        return "\n".join(out) + "\n"
