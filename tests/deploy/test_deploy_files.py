"""The deployment files, checked structurally (no container engine or cluster runs here): the
Dockerfile against the rules we hold it to, the compose file and the Kubernetes manifests for the
fields a rollout depends on, and every command they run against the real CLI."""
import re

import pytest
import yaml

from bot.cli import COMMANDS
from tests.conftest import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"


def dockerfile() -> list[tuple[str, str]]:
    text = (REPO_ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_is_pinned_slim_and_non_root():
    instructions = dockerfile()
    froms = [rest.split()[0] for word, rest in instructions if word == "FROM"]
    assert froms
    for image in froms:
        name, _, tag = image.partition(":")
        assert tag and tag != "latest" and re.search(r"\d+\.\d+", tag), f"unpinned base image {image}"
    assert "slim" in froms[-1]
    last_from = max(i for i, (w, _) in enumerate(instructions) if w == "FROM")
    users = [rest for w, rest in instructions[last_from:] if w == "USER"]
    assert users and users[-1].split(":")[0] not in ("0", "root")
    for word, rest in instructions:
        assert not (word == "ADD" and rest.startswith(("http://", "https://"))), "ADD of a URL"
        if word == "RUN" and "pip install" in rest:
            assert "--no-cache-dir" in rest
        if word in ("ENTRYPOINT", "CMD"):
            assert rest.startswith("["), f"{word} must use the exec form (signals reach the process)"
    assert any(w == "HEALTHCHECK" for w, _ in instructions)
    entry = [rest for w, rest in instructions if w == "ENTRYPOINT"][-1]
    assert yaml.safe_load(entry) == ["clinibot"]


def cli_accepts(args: list[str]) -> None:
    assert args[0] in COMMANDS, args
    if args[0] == "serve":
        from bot.cli import cmd_serve  # noqa: F401  (argparse is inside; check the flags it defines)
        source = (REPO_ROOT / "bot" / "cli.py").read_text()
        for flag in [a for a in args[1:] if a.startswith("--")]:
            assert f'"{flag}"' in source, f"serve has no {flag}"
        if "--role" in args:
            assert args[args.index("--role") + 1] in ("all", "web", "worker")


def test_compose_has_the_topology_and_a_drain_longer_than_the_grace_period():
    compose = yaml.safe_load((DEPLOY / "compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "migrate", "web", "worker"} <= set(services)
    assert services["web"]["deploy"]["replicas"] == 2 and services["worker"]["deploy"]["replicas"] == 2
    for name, svc in services.items():
        image = svc["image"]
        assert ":" in image and not image.endswith(":latest") or image == "clinibot:latest" and "build" in svc, name
    for name in ("web", "worker", "migrate"):
        cli_accepts(services[name]["command"])
    for name in ("web", "worker"):
        svc = services[name]
        assert "healthcheck" in svc
        grace = float(svc["environment"]["CLINIBOT_SHUTDOWN_GRACE"])
        assert float(svc["stop_grace_period"].rstrip("s")) > grace
        assert svc["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert svc["environment"]["DATABASE_URL"].startswith("postgresql")
    assert services["worker"]["environment"]["CLINIBOT_WORKER_HEALTH_PORT"] == "3001"


def manifests() -> list[dict]:
    docs = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def test_every_manifest_has_kind_version_and_name():
    docs = manifests()
    assert docs
    for d in docs:
        assert d.get("apiVersion") and d.get("kind") and d["metadata"].get("name"), d


@pytest.mark.parametrize("component", ["web", "worker"])
def test_deployments_have_probes_resources_a_budget_and_a_drain(component):
    docs = manifests()
    by_kind = lambda kind: [d for d in docs if d["kind"] == kind]  # noqa: E731
    [dep] = [d for d in by_kind("Deployment") if d["metadata"]["name"] == f"clinibot-{component}"]
    spec = dep["spec"]
    labels = spec["template"]["metadata"]["labels"]
    assert spec["selector"]["matchLabels"].items() <= labels.items()
    pod = spec["template"]["spec"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] != 0
    [config] = [d for d in by_kind("ConfigMap") if d["metadata"]["name"] == "clinibot-config"]
    assert pod["terminationGracePeriodSeconds"] > float(config["data"]["CLINIBOT_SHUTDOWN_GRACE"])
    for c in pod["containers"]:
        ports = {p["name"] for p in c.get("ports", [])}
        for probe in ("readinessProbe", "livenessProbe"):
            get = c[probe]["httpGet"]
            assert get["path"] == "/healthz" and get["port"] in ports
        assert {"cpu", "memory"} <= set(c["resources"]["requests"])
        assert c["securityContext"]["allowPrivilegeEscalation"] is False
        cli_accepts(c["args"])
        for ref in c.get("envFrom", []):
            if "configMapRef" in ref:
                assert ref["configMapRef"]["name"] == "clinibot-config"
    budgets = [d for d in by_kind("PodDisruptionBudget")
               if d["spec"]["selector"]["matchLabels"].items() <= labels.items()]
    assert budgets and budgets[0]["apiVersion"] == "policy/v1"
    assert "minAvailable" in budgets[0]["spec"] or "maxUnavailable" in budgets[0]["spec"]
    if component == "web":
        [service] = [d for d in by_kind("Service") if d["metadata"]["name"] == "clinibot-web"]
        assert service["spec"]["selector"].items() <= labels.items()


def test_settings_in_the_config_map_are_real_settings():
    from bot.settings import Settings

    [config] = [d for d in manifests() if d["kind"] == "ConfigMap"]
    settings = Settings.from_env(config["data"])  # a bad value raises SettingsError
    source = (REPO_ROOT / "bot" / "settings.py").read_text()
    for name in config["data"]:
        assert f'"{name}"' in source, f"{name} is not a setting"
    assert settings.shutdown_grace == 25
