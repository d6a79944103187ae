"""Executes a notebook top to bottom with the current interpreter's kernel; exits non-zero on any error.

The kernel runs in the notebook's folder, as Jupyter runs it, so paths relative to the notebook work."""

import pathlib
import sys

import nbformat
from nbclient import NotebookClient


def main(path: str) -> int:
    nb = nbformat.read(path, as_version=4)
    folder = str(pathlib.Path(path).resolve().parent)
    client = NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": folder}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = sum(len(c.get("outputs", [])) for c in nb.cells if c.cell_type == "code")
    print(f"{pathlib.Path(path).name}: {sum(c.cell_type == 'code' for c in nb.cells)} code cells ran, {outputs} outputs")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
