"""The command line (``cursor-azure-setup``, also ``python -m app``).

No sub-command opens the window (``--demo``: against the built-in simulator, which the command
line starts). ``verify`` runs the checks (exit 0 passed, 1 a check failed, 2 bad input),
``cursor`` sees, sets and checks Cursor's Azure OpenAI settings (``status``, ``apply``, ``restore``,
``traffic``; exit 0 all good, 1 problems found, 2 bad input or Cursor not found), ``models`` lists
the chat models, ``simulate`` runs the simulator, ``key`` manages the keyring entry.
``--preset FILE`` is accepted before or after the sub-command.

One module per command (``verify``, ``cursor``, ``models``, ``simulate``, ``key``, ``window``),
each adding its own sub-parser and running it (``cursor_text`` holds the ``cursor`` command's words
for people); ``common`` holds what they share (exit codes, the one-line output through the one
scrubber, the error kinds, the values from the command line, saved settings and presets), ``keys``
how the key is read, ``main`` the parser and the dispatch.

Only the standard library and three small core modules are imported at module level so
``--version`` is instant; everything else is imported by the command that needs it. Every failure
is an ``AppError`` rendered as one line on stderr from its problem, never a traceback; the exit
code follows its kind. Everything printed passes through the one scrubber, and the key is read
into a ``Secret`` the moment it enters (environment, standard input, keyring).
"""

from app.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
