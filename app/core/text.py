"""Messages for people that the window can translate.

Core speaks English. A message built with ``Text`` is an ordinary ``str`` holding the English
sentence, so logs, the command line and ``--json`` use it unchanged; it also keeps its template
and values, so the window can look the template up in a translation (context ``core``) and fill
the same values into the translated sentence:

    Text("The service has no model called “{model}”.", model=name)

Templates use ``str.format`` named fields (``{model}``, ``{seconds:.0f}``); a literal brace is
written twice. Write the template inline as a string literal: the translation template is
refreshed by reading the source (``scripts/translations.py update``), and a template kept in a
variable is not found there.

Building a new string from a Text (``+``, f-strings, ``.strip()``, ``str()``) gives a plain
``str``: it is then English only. Return the Text itself, or pass it as a value of another Text
(the window translates values that are Texts too); ``join_texts`` puts several in a list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class Text(str):
    """An English message (the ``str`` value) with its template and values, for translation."""

    template: str
    values: Mapping[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Text:
        message = super().__new__(cls, template.format(**values))
        message.template = template
        message.values = dict(values)
        return message

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from the template, never from the English sentence (its values may hold braces).
        return (_rebuild, (self.template, dict(self.values)))

    def __repr__(self) -> str:
        return f"Text({self.template!r}, **{dict(self.values)!r})"


class Duration(int):
    """A time span in milliseconds inside a message. English text (the command line, logs, reports)
    writes it "12 ms", as every other time there; the window writes it in its own style, seconds."""

    def __str__(self) -> str:
        return f"{int(self)} ms"

    def __format__(self, spec: str) -> str:
        return str(self) if not spec else super().__format__(spec)

    def __repr__(self) -> str:
        return f"Duration({int(self)})"


def _rebuild(template: str, values: dict[str, Any]) -> Text:
    return Text(template, **values)


def join_texts(parts: Sequence[str], separator: str = ", ") -> Text:
    """Several messages as one list ("Base URL, Custom models"), each part translated on its own."""
    names = [f"part{i}" for i in range(len(parts))]
    template = separator.replace("{", "{{").replace("}", "}}").join("{" + name + "}" for name in names)
    return Text(template, **dict(zip(names, parts, strict=True)))
