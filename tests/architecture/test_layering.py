"""The architecture is a checked contract (docs/architecture.md): the layering and no-cycle contracts in
.importlinter hold, and they really catch a back-import or a hidden cycle — shown by planting one in a copy of
the source tree and watching `lint-imports` fail, as CI would on a branch that did the same."""
from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "intake", "web", "cli")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
MAX_LINES = 400


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    if not LINT_IMPORTS.exists():
        pytest.skip(f"lint-imports is not installed next to {sys.executable} (./scripts/setup --test installs it)")
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--config", str(root / ".importlinter")], cwd=root,
                          capture_output=True, text=True, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
                          timeout=300)


def _copy_tree(tmp_path: Path) -> Path:
    dest = tmp_path / "src"
    dest.mkdir()
    for pkg in PACKAGES:
        shutil.copytree(ROOT / pkg, dest / pkg, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / ".importlinter", dest / ".importlinter")
    return dest


def _plant(path: Path, line: str, in_function: bool = False) -> None:
    text = path.read_text()
    if in_function:
        text += f"\n\ndef _planted() -> None:\n    {line}  # planted by the test\n"
    else:
        text += f"\n{line}  # planted by the test\n"
    path.write_text(text)


def test_the_source_tree_keeps_every_contract():
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_a_kernel_importing_a_capability_breaks_the_layers(tmp_path):
    src = _copy_tree(tmp_path)
    _plant(src / "core" / "kernel" / "money.py", "from core.period import reports")
    result = _lint_imports(src)
    assert result.returncode != 0
    assert "core.kernel.money -> core.period.reports" in result.stdout


def test_core_importing_the_web_breaks_the_rooms(tmp_path):
    src = _copy_tree(tmp_path)
    _plant(src / "core" / "billing" / "issuing.py", "import web.app")
    result = _lint_imports(src)
    assert result.returncode != 0 and "core.billing.issuing -> web.app" in result.stdout


def test_requests_and_payments_stay_independent(tmp_path):
    src = _copy_tree(tmp_path)
    _plant(src / "core" / "payments" / "allocation.py", "from core.requests import models")
    result = _lint_imports(src)
    assert result.returncode != 0 and "core.payments.allocation -> core.requests.models" in result.stdout


def test_a_cycle_hidden_in_a_function_is_still_a_cycle(tmp_path):
    src = _copy_tree(tmp_path)
    # billing's issuing uses plausibility; plausibility reaching back, even lazily, is a cycle
    _plant(src / "core" / "billing" / "plausibility.py", "from core.billing import issuing", in_function=True)
    result = _lint_imports(src)
    assert result.returncode != 0 and "No cycles are allowed in core.billing" in result.stdout


def _modules() -> list[Path]:
    return [p for pkg in PACKAGES for p in (ROOT / pkg).rglob("*.py") if "__pycache__" not in p.parts]


def test_no_module_is_over_the_size_limit():
    """Small modules named for what they do (a module over the limit is two concepts, or one hotspot growing)."""
    big = {str(p.relative_to(ROOT)): n for p in _modules() if (n := len(p.read_text().splitlines())) > MAX_LINES}
    assert big == {}


def test_no_dynamic_imports_or_import_time_registration():
    """Dependencies are written as import statements so the contract sees them: no __import__, no importlib, no
    pkgutil discovery of modules."""
    found = []
    for path in _modules():
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            name = None
            if isinstance(node, ast.Name) and node.id == "__import__":
                name = "__import__"
            elif isinstance(node, ast.Attribute) and node.attr in ("import_module", "iter_modules"):
                name = node.attr
            if name:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {name}")
    assert found == []
