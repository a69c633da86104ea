"""What every peerdir command shares: exit codes, the help epilog, and how problems and usage errors are printed."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from peerdir.problems import ContentError, Problem, workflow_escape

EXIT_PROBLEMS, EXIT_USAGE = 1, 2

EPILOG = """\b
Exit codes:
  0  success
  1  the site's files have problems (each is printed as file:line:column)
  2  the command was used wrongly (a bad option, a file that already exists)
"""

SiteDir = click.Path(file_okay=False, path_type=Path)

# check's and build's: in a pull request's workflow, build alone checks too, reading every file once instead of twice
format_option = click.option(
    "--format", "style", type=click.Choice(["text", "github"]), default="text", show_default=True,
    help="github prints problems as GitHub Actions annotations, which appear on the changed lines.",
)


def report(problems: list[Problem], style: str = "text") -> None:
    for problem in problems:
        click.echo(problem.as_github() if style == "github" else problem.as_text(), err=style != "github")
    if style != "github":
        click.echo(f"{len(problems)} problem(s) found; nothing was written.", err=True)


def warn(message: str, style: str = "text") -> None:
    """A warning that does not stop the command; in the github style, an annotation on the workflow run."""
    if style == "github":
        click.echo(f"::warning::{workflow_escape(message)}")
    else:
        click.echo(f"Warning: {message}", err=True)


def note(problems: list[Problem], style: str = "text") -> None:
    """Problems that stop nothing (check's notes): warnings, or in the github style warning annotations."""
    for problem in problems:
        click.echo(problem.as_github("warning") if style == "github" else f"Warning: {problem.as_text()}", err=style != "github")


def fail_usage(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def settings_or_exit(site_dir: Path):
    """The checked site.yaml and the theme's texts in its language (all an import needs), or the problems printed
    and exit code 1."""
    from peerdir.sources.load import load_settings

    try:
        config, strings, _ = load_settings(site_dir)
    except ContentError as exc:
        report(exc.problems)
        sys.exit(EXIT_PROBLEMS)
    return config, strings


def load_or_exit(site_dir: Path):
    """The checked site, or its problems printed and exit code 1."""
    from peerdir.sources.load import load_site

    try:
        return load_site(site_dir)
    except ContentError as exc:
        report(exc.problems)
        sys.exit(EXIT_PROBLEMS)
