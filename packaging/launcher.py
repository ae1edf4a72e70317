"""The script PyInstaller freezes: the same entry point as ``python -m app`` and the console script.

It lives here, not in ``app/``, so PyInstaller's analysis path is the repository root and the
package is imported as ``app`` (freezing ``app/__main__.py`` would put ``app/`` itself on the path).
"""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
