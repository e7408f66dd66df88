"""Every CLI command and option is documented in the README (datasette style)."""

from __future__ import annotations

import typer

from dyadwatch.cli import app

from .conftest import REPO


def test_every_command_and_option_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    assert hasattr(group, "commands")
    missing = []
    for name, command in group.commands.items():
        if f"dyadwatch {name}" not in readme:
            missing.append(f"command {name}")
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--") and opt not in readme:
                    missing.append(f"{name} {opt}")
    assert missing == []


def test_every_error_code_is_in_the_readme() -> None:
    import dyadwatch.errors as errors

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    codes = {cls.code for cls in vars(errors).values()
             if isinstance(cls, type) and issubclass(cls, errors.DyadwatchError) and not cls.code.endswith("00")}
    assert sorted(c for c in codes if c not in readme) == []
