"""The lazy scanner registry names real scanners and exactly the formats they declare."""

from __future__ import annotations

import subprocess
import sys

from mlward.scanners import REGISTRY, load, scanner_for


def test_every_registry_line_names_a_scanner_with_its_formats() -> None:
    seen: set[str] = set()
    for target, formats in REGISTRY:
        scanner = load(target)
        assert scanner.formats == formats, target
        assert not formats & seen, f"{target} claims a format another line claims"
        seen |= formats
        for fmt in formats:
            assert scanner_for(fmt) is scanner
    assert scanner_for("no-such-format") is None


def test_a_pickle_scan_does_not_import_the_other_formats_readers() -> None:
    code = (
        "import sys, mlward.cli\n"
        "mlward.cli.main(['scan', '--no-digest', '--format', 'json', sys.argv[1]])\n"
        "heavy = ('jinja2', 'h5py', 'py7zr', 'mlward.scanners.tensorflow')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pkl") as handle:
        handle.write(b"\x80\x02ccollections\nOrderedDict\n)R.")
        handle.flush()
        out = subprocess.run([sys.executable, "-c", code, handle.name], capture_output=True, text=True,
                             check=True, timeout=120).stdout
    assert out.strip().splitlines()[-1] == "[]"
