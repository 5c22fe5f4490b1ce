"""Run `clinibot serve` for the probe, with the Bot Framework key set looked up on a loopback key
server (PROBE_JWKS_URL) instead of Microsoft's, as the Teams tests do in process."""
import os
import sys

if __name__ == "__main__":  # not in the worker process, which re-imports this file under another name
    url = os.environ.get("PROBE_JWKS_URL")
    if url:
        from microsoft_agents.hosting.core.authorization import _entra_issuers

        from tests.fakes.jwks_server import BOT_FRAMEWORK_ISSUER

        _entra_issuers.BOTFRAMEWORK_JWKS_URIS[BOT_FRAMEWORK_ISSUER] = url

    from bot.cli import main

    sys.exit(main(["serve", *sys.argv[1:]]))
