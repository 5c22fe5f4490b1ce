"""Platform-neutral events and the router that hands them to services."""
from bot.core.events import Action, Actor, Button, Command, FileOut, Form, FormField, Message, Reply
from bot.core.router import Router, UsageError

__all__ = [
    "Action", "Actor", "Button", "Command", "FileOut", "Form", "FormField", "Message", "Reply",
    "Router", "UsageError",
]
