"""What Cursor sends, in one place (docs/wire.md, "Cursor"): the client and the export share it."""

from __future__ import annotations

import copy
from urllib.parse import quote

# Cursor's Verify button posts this body at this api-version, from the user's computer.
VERIFY_API_VERSION = "2023-03-15-preview"
# Cursor's servers send chat traffic at this api-version.
CHAT_API_VERSION = "2024-12-01-preview"

CURSOR_VERIFY_BODY: dict[str, object] = {
    "messages": [
        {"role": "system", "content": "You are a helpful assistant."},
        {"role": "user", "content": "Test prompt using gpt-3.5-turbo"},
    ],
    "temperature": 1,
    "top_p": 1,
    "n": 1,
    "max_tokens": 10,
    "stream": False,
}


def cursor_verify_body() -> dict[str, object]:
    """A fresh copy of the Verify body, so no caller can change the shared one."""
    return copy.deepcopy(CURSOR_VERIFY_BODY)


def chat_path(deployment: str) -> str:
    """The Azure route's path. The deployment's slash stays a slash (Cursor sends it raw);
    anything else unsafe in a path is escaped."""
    return f"/openai/deployments/{quote(deployment.strip(), safe='/:@-._~')}/chat/completions"
