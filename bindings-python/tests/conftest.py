"""Shared fixtures. The suite runs against the installed wheel (see the Makefile's `pytest` target)."""

import os
import pathlib

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = pathlib.Path(os.environ.get("CHITIEU_ROOT", pathlib.Path(__file__).resolve().parents[2]))
VECTORS = ROOT / "tests" / "vectors"


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


def pytest_report_header(config):
    import chitieu

    return f"chitieu {chitieu.__version__} from {pathlib.Path(chitieu.__file__).parent}"
