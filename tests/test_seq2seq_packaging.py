"""A normal (non-editable) install ships the seq2seq prompt templates."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from summarize.seq2seq import PROFILES
from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if subprocess.run([sys.executable, "-m", "pip", "--version"], capture_output=True).returncode:
        pytest.skip("pip is not available in this environment")
    source = tmp_path_factory.mktemp("source")
    # Build from a copy: setuptools writes build/ and *.egg-info next to the sources.
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(
        REPO / "summarize", source / "summarize", ignore=shutil.ignore_patterns("__pycache__")
    )
    out = tmp_path_factory.mktemp("wheel")
    pip_wheel = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation"]
    subprocess.run(
        [*pip_wheel, "-q", "-w", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("summarize-*.whl")
    return built


def test_wheel_contains_every_family_prompt(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for profile in PROFILES.values():
        assert f"summarize/seq2seq/prompts/{profile.family}.txt" in names
    assert "summarize/seq2seq/prompts/README.md" in names


def test_installed_wheel_finds_its_prompts(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)  # what pip install puts in site-packages
    code = (
        "import sys; import summarize.seq2seq as s; p = s.load_prompt('led'); "
        "print(s.__file__.startswith(sys.argv[1]), p.path.parent == s.prompts_dir(), p.template)"
    )
    output = subprocess.run(
        [sys.executable, "-c", code, str(target)],
        cwd=tmp_path,  # not the repository: only the installed copy can be imported
        env={"PYTHONPATH": str(target), "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert output.split() == ["True", "True", "{text}"]
