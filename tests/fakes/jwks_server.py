"""A loopback key server standing in for the Bot Framework's OpenID metadata and JWK set.

The test makes an RSA key pair, serves the public half as a JWK set, and signs tokens with the
private half (PyJWT), so the SDK's real validator checks real RS256 signatures offline.
"""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives.asymmetric import rsa

BOT_FRAMEWORK_ISSUER = "https://api.botframework.com"


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class JwksServer:
    key: rsa.RSAPrivateKey = field(default_factory=_new_key)
    kid: str = field(default_factory=lambda: f"test-{uuid.uuid4().hex[:12]}")
    path: str = field(default_factory=lambda: f"/keys/{uuid.uuid4().hex[:8]}")  # a fresh URL per server
    base_url: str = ""
    hits: int = 0
    _runner: web.AppRunner | None = None

    @property
    def jwks_url(self) -> str:
        return self.base_url + self.path

    def jwks(self) -> dict[str, Any]:
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key()))
        jwk.update({"kid": self.kid, "use": "sig", "alg": "RS256", "endorsements": ["msteams"]})
        return {"keys": [jwk]}

    async def start(self) -> "JwksServer":
        app = web.Application()

        async def keys(request: web.Request) -> web.Response:
            self.hits += 1
            return web.json_response(self.jwks())

        async def openid(request: web.Request) -> web.Response:
            return web.json_response({"issuer": BOT_FRAMEWORK_ISSUER, "jwks_uri": self.jwks_url,
                                      "id_token_signing_alg_values_supported": ["RS256"],
                                      "token_endpoint_auth_methods_supported": ["private_key_jwt"]})

        app.router.add_get(self.path, keys)
        app.router.add_get("/v1/.well-known/openidconfiguration", openid)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def token(self, *, aud: str, iss: str = BOT_FRAMEWORK_ISSUER, lifetime: int = 600, kid: str | None = None,
              key: rsa.RSAPrivateKey | None = None, service_url: str | None = None, **claims: Any) -> str:
        """A Bot Framework-shaped token; `lifetime` < 0 makes an expired one."""
        now = int(time.time())
        payload: dict[str, Any] = {"iss": iss, "aud": aud, "iat": now - 60, "nbf": now - 60, "exp": now + lifetime}
        if service_url:
            payload["serviceurl"] = service_url
        payload.update(claims)
        return jwt.encode(payload, key or self.key, algorithm="RS256", headers={"kid": kid or self.kid})
