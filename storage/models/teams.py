"""Microsoft Teams conversation references, so the bot can write first (lessons, reminders, DMs).

Teams ids are long (a personal chat id runs past 100 characters), while the core's channel and
message columns hold 64; the core therefore sees short, stable keys and these tables map them back.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, DateTime, Text
from sqlmodel import Field, SQLModel

from storage.models.core import utcnow


class TeamsConversation(SQLModel, table=True):
    """The latest conversation reference (service URL, tenant, bot account) of one conversation."""

    __tablename__ = "teams_conversation"
    key: str = Field(primary_key=True, max_length=40)  # the channel id services see
    conversation_id: str = Field(sa_column=Column(Text, nullable=False))  # without ";messageid=..."
    conversation_type: str = Field(default="", max_length=16)  # personal | channel | groupChat
    user_id: str = Field(default="", max_length=64, index=True)  # personal chats: the user (AAD object id)
    tenant_id: str = Field(default="", max_length=64)
    service_url: str = Field(default="", max_length=512)
    reference: str = Field(default="{}", sa_column=Column(Text, nullable=False))  # ConversationReference JSON
    updated_at: datetime = Field(sa_type=DateTime(), default_factory=utcnow)


class TeamsMessageRef(SQLModel, table=True):
    """A short key for an activity id too long for the core's 64-character message columns."""

    __tablename__ = "teams_message_ref"
    key: str = Field(primary_key=True, max_length=40)
    conversation_key: str = Field(max_length=40)
    activity_id: str = Field(sa_column=Column(Text, nullable=False))
