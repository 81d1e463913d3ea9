"""Local Selling Partner API simulator ("sandbox"), see DESIGN.md 3.3.

Public API:
    start_in_thread(host="127.0.0.1", port=0, **options) -> SandboxHandle (.url, .lwa_url, .sandbox, .stop())
    Sandbox(orders=40, seed=1, fault_rate=0.0, timeline=True, clock=None, ...)  # no HTTP: .handle(Request)
    VirtualClock(start)  # simulated time: pass as clock=..., move with .advance()/.sleep()
    generate_catalog(seed), generate_orders(seed, n, now, catalog), generate_timeline(seed, orders, start)
"""

from station.amazon.sandbox.app import Sandbox
from station.amazon.sandbox.clock import VirtualClock
from station.amazon.sandbox.seed import generate_catalog, generate_orders, generate_timeline
from station.amazon.sandbox.server import SandboxHandle, start_in_thread

__all__ = ["Sandbox", "SandboxHandle", "VirtualClock", "generate_catalog", "generate_orders", "generate_timeline",
           "start_in_thread"]
