"""The docs are tested: every command is documented, and the README's examples run."""

from __future__ import annotations

import re
from pathlib import Path

import click

from newstrace.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text("utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text("utf-8")


def _commands(group: click.Group, prefix: str = "newstrace") -> list[str]:
    names = []
    for name, command in group.commands.items():
        names.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            names.extend(_commands(command, f"{prefix} {name}"))
    return names


def test_every_command_is_documented_with_an_example() -> None:
    for name in _commands(cli):
        top = " ".join(name.split()[:2])
        assert f"## `{top}`" in CLI_DOC, f"{top} has no section in docs/cli.md"
        assert top in README, f"{top} is missing from the README's command table"
        command = cli.commands[name.split()[1]]
        documented = bool(command.help) and "Example:" in (command.help or "")
        assert documented or isinstance(command, click.Group), f"{name} has no example"


def test_every_option_of_extract_is_documented() -> None:
    for parameter in cli.commands["extract"].params:
        if isinstance(parameter, click.Option):
            assert parameter.opts[0] in CLI_DOC, parameter.opts[0]


def test_readme_has_exactly_two_setup_commands() -> None:
    setup = README.split("## Set up and run", 1)[1].split("##", 1)[0]
    commands = re.findall(r"^make (\w+)", setup, flags=re.MULTILINE)
    assert commands == ["demo", "test"]


def test_readme_library_example_prints_what_it_says() -> None:
    block = re.search(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert block is not None
    code = block.group(1)
    expected = re.search(r"# (.+)\n$", code)
    assert expected is not None
    printed: list[str] = []
    namespace = {"print": lambda *a: printed.append(" ".join(map(str, a)))}
    exec(compile(code, "README.md", "exec"), namespace)
    assert printed == [expected.group(1)]


def test_readme_console_example_is_real_output(tmp_path: Path) -> None:
    from click.testing import CliRunner

    block = README.split("```console\n", 1)[1].split("```", 1)[0]
    sentence = re.search(r"echo '(.+?)' >", block)
    shown = block.split("--format table\n", 1)[1]
    assert sentence is not None
    report = tmp_path / "report.txt"
    report.write_text(sentence.group(1) + "\n", encoding="utf-8")
    arguments = ["extract", str(report), "--published", "2022-03-09", "--format", "table"]
    result = CliRunner().invoke(cli, arguments)
    assert result.stdout.strip() == shown.strip()
