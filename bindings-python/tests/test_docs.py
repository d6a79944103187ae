"""Every public name has a docstring with an example, and the examples run (as doctests)."""

import doctest
import inspect

import pytest

import chitieu

CONSTANTS = {"DEFAULT_PLAN", "FORMAT_VERSION", "__version__", "CATEGORIES", "COMPARATORS", "POLARITIES"}
PUBLIC = [n for n in chitieu.__all__ if n not in CONSTANTS]


def members(obj):
    for name, value in inspect.getmembers(obj):
        if name.startswith("_"):
            continue
        yield name, value


def docs():
    for name in PUBLIC:
        obj = getattr(chitieu, name)
        yield name, obj
        if inspect.isclass(obj) and obj.__module__.startswith("chitieu") and not issubclass(obj, BaseException):
            for m, value in members(obj):
                yield f"{name}.{m}", value


@pytest.mark.parametrize("name, obj", list(docs()), ids=lambda x: x if isinstance(x, str) else "")
def test_docstring(name, obj):
    doc = inspect.getdoc(obj)
    assert doc and len(doc) > 5, f"{name} has no docstring"
    if "." not in name:
        assert ">>>" in doc, f"{name}'s docstring has no example"


@pytest.mark.parametrize("name, obj", list(docs()), ids=lambda x: x if isinstance(x, str) else "")
def test_examples_run(name, obj):
    doc = inspect.getdoc(obj) or ""
    if ">>>" not in doc:
        pytest.skip("no example")
    import matplotlib

    matplotlib.use("Agg")
    test = doctest.DocTestParser().get_doctest(doc, {"chitieu": chitieu}, name, None, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed (see the output above)"
