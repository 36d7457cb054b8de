from pathlib import Path

from summarize.output import safe_name, set_name, write_atomic


def test_write_atomic_replaces_whole_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "brief.md"
    write_atomic(target, "first")
    write_atomic(target, "second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["brief.md"]


def test_names_cannot_escape_the_output_folder() -> None:
    assert safe_name("../../etc/passwd") == "etc-passwd"
    assert safe_name("...") == "briefing"
    assert "/" not in safe_name("a/b\\c")


def test_set_name_from_folder_or_file(tmp_path: Path) -> None:
    folder = tmp_path / "Iran strikes"
    folder.mkdir()
    (folder / "one.txt").write_text("x")
    assert set_name([str(folder)]) == "Iran-strikes"
    assert set_name([str(folder / "one.txt")]) == "one"
    assert set_name([str(folder / "*.txt")]) == "Iran-strikes"
