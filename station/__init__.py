"""Packing station for Amazon Merchant Fulfilled orders."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("packing-station")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
