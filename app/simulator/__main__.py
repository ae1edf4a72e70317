"""``python -m app.simulator [PORT]``: serve the simulator with the demo key until Ctrl+C."""

import sys

from app.simulator import DEMO_KEY, run


def _main() -> int:
    port = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 8765
    try:
        run(
            port,
            DEMO_KEY,
            ready=lambda url: print(f"Simulator listening on {url} (key: demo key)", flush=True),
        )
    except OSError as exc:
        print(exc.strerror or str(exc), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_main())
