# The bundled files live in the top-level resources/ folder (see DESIGN.md) but are
# installed as the package station.resources, so importlib.resources finds them
# the same way in a checkout, a wheel and a PyInstaller bundle.
from setuptools import find_packages, setup

setup(packages=find_packages(include=["station", "station.*"]) + ["station.resources"])
