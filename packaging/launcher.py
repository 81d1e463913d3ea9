"""Entry point of the frozen bundle: the same ``station`` command as the console script."""

import multiprocessing

from station.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a child process is ever spawned (Windows)
    raise SystemExit(main())
