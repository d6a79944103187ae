"""Plans as they arrive, through the installed wheel: the Word file, the web page and the PDF made from the
Cần Thơ seed (tests/documents/, see its README) give the targets of the text, as bytes and as paths; every
bad input of issue 12 is a DocumentError with the core's code."""

import pathlib

import pytest

import chitieu
from conftest import ROOT

DOCS = ROOT / "tests" / "documents"
SEED = ROOT / "tests" / "seeds" / "can_tho.txt"


@pytest.fixture(scope="module")
def expected():
    return chitieu.target_keys(chitieu.extract_plan(SEED.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", ["can_tho.docx", "can_tho.html", "can_tho.pdf"])
def test_each_format_gives_the_targets_of_the_text(name, expected):
    assert len(expected) >= 20
    path = DOCS / name
    from_path = chitieu.extract_plan(path)
    assert chitieu.target_keys(from_path) == expected
    data = path.read_bytes()
    for given in (data, bytearray(data), memoryview(data)):
        assert chitieu.target_keys(chitieu.extract_plan(given, hint=name)) == expected
    # Without a hint the bytes decide.
    assert chitieu.target_keys(chitieu.extract_plan(data)) == expected
    # Any os.PathLike, and a str path through pathlib.
    class Where:
        def __fspath__(self):
            return str(path)

    assert chitieu.target_keys(chitieu.extract_plan(Where())) == expected
    assert chitieu.target_keys(chitieu.extract_plan(pathlib.PurePath(str(path)))) == expected


def test_text_as_bytes_is_read_as_text(expected):
    data = SEED.read_bytes()
    assert chitieu.target_keys(chitieu.extract_plan(data)) == expected
    utf16 = SEED.read_text(encoding="utf-8").encode("utf-16")  # with its byte order mark
    assert chitieu.target_keys(chitieu.extract_plan(utf16, "can_tho.txt")) == expected
    # A str is still the text itself, never a file name.
    assert chitieu.extract_plan(str(SEED)).plan.targets == []


def raises(code, source, hint=None):
    with pytest.raises(chitieu.DocumentError) as info:
        chitieu.extract_plan(source, hint)
    e = info.value
    assert isinstance(e, chitieu.ChitieuError) and isinstance(e, ValueError)
    assert e.code == code and str(e)
    return e


def test_every_bad_input_is_a_typed_error(tmp_path):
    raises("empty_input", b"")
    raises("empty_input", b"   \n\t")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    raises("empty_input", empty)
    e = raises("binary_input", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert e.path == "bytes[6]"
    raises("not_a_docx", DOCS / "not_a_zip.docx")
    raises("not_a_docx", b"PK\x03\x04 cut short", "plan.docx")
    e = raises("encrypted_pdf", DOCS / "encrypted.pdf")
    assert "password" in str(e)
    e = raises("pdf_without_text", DOCS / "scanned.pdf")
    assert "scanned" in str(e)
    e = raises("legacy_encoding", DOCS / "can_tho_tcvn3.txt")
    assert "TCVN3" in str(e) and "UniKey" in str(e) and e.path.startswith("bytes[")
    e = raises("legacy_encoding", (DOCS / "can_tho_vni.txt").read_bytes())
    assert "VNI" in str(e)
    raises("format_unsupported", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "plan.doc")
    line = "- Tối thiểu 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n".encode()
    e = raises("too_large", line * (50 * 1024 * 1024 // len(line) + 1))
    assert "bytes" in str(e)


def test_other_arguments_are_type_errors():
    for bad in [None, 42, ["x"], 1.5]:
        with pytest.raises(TypeError):
            chitieu.extract_plan(bad)
    with pytest.raises(TypeError):
        chitieu.extract_plan(b"x", hint=3)


def test_arbitrary_bytes_never_panic():
    import random

    rng = random.Random(12)
    seeds = [b"", b"%PDF-1.5\n", b"PK\x03\x04", b"<!DOCTYPE html><table><tr><td>", b"\xff\xfe", b"\xef\xbb\xbf"]
    real = [(DOCS / n).read_bytes() for n in ("can_tho.docx", "can_tho.html", "can_tho.pdf")]
    for i in range(300):
        if i % 3 == 0:
            data = bytearray(rng.choice(real))
            for _ in range(rng.randint(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            data = bytes(data[: len(data) - rng.randrange(2000)])
        else:
            data = rng.choice(seeds) + bytes(rng.randrange(256) for _ in range(rng.randrange(600)))
        try:
            draft = chitieu.extract_plan(data)
            assert len(draft.targets) == len(draft.plan.targets)
        except chitieu.DocumentError as e:
            assert e.code
