"""Queued payloads carry what a clinician typed, so they are encrypted at rest (Fernet: AES-128-CBC
with HMAC-SHA256) under a key derived from a secret every replica already shares."""
from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from bot.settings import SettingsError


class Sealer:
    def __init__(self, settings: Any) -> None:
        secret = settings.secret_key.get() or settings.slack_signing_secret.get()
        self._fernet: Fernet | None = None
        if secret:
            key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"clinibot-queue-v1").derive(secret.encode())
            self._fernet = Fernet(base64.urlsafe_b64encode(key))

    @property
    def fernet(self) -> Fernet:
        if self._fernet is None:
            raise SettingsError("CLINIBOT_SECRET_KEY (or SLACK_SIGNING_SECRET) is needed to store queued requests")
        return self._fernet

    def seal(self, value: Any) -> str:
        return self.fernet.encrypt(json.dumps(value, separators=(",", ":")).encode()).decode()

    def open(self, token: str) -> Any:
        try:
            return json.loads(self.fernet.decrypt(token.encode()))
        except InvalidToken:
            raise ValueError("a queued payload could not be opened (wrong key or altered)") from None
