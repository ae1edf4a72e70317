"""``python -m app.simulator [PORT] [options]``: serve the simulator with the demo key until Ctrl+C."""

import argparse
import sys

from app.simulator import CATALOG_SHAPES, DEMO_KEY, STREAM_STYLES, run
from app.simulator.errors import CREDITS_MESSAGES


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m app.simulator", description="Serve the AI/ML API simulator.")
    p.add_argument("port", nargs="?", type=int, default=8765, help="port on 127.0.0.1 (0: any free port)")
    p.add_argument("--catalog-shape", choices=CATALOG_SHAPES, default="current")
    p.add_argument("--stream-style", choices=STREAM_STYLES, default="auto")
    p.add_argument("--credits-message", choices=tuple(CREDITS_MESSAGES), default="current")
    p.add_argument("--fault", metavar="SPEC", help='a fault, such as "rate_limited:times=2,retry_after=1"')
    return p


def _main() -> int:
    args = _parser().parse_args()
    try:
        run(
            args.port,
            DEMO_KEY,
            fault=args.fault,
            ready=lambda url: print(f"Simulator listening on {url} (key: demo key)", flush=True),
            catalog_shape=args.catalog_shape,
            stream_style=args.stream_style,
            credits_message=args.credits_message,
        )
    except OSError as exc:
        print(exc.strerror or str(exc), file=sys.stderr)
        return 2
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(_main())
