"""The peerdir command. Click lives here and nowhere else: the core raises
ContentError or UsageError, and this module prints them and picks the exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from peerdir import __version__
from peerdir.build import BuildOptions, build, load_site
from peerdir.config import SiteConfig
from peerdir.editorschema import schema_files
from peerdir.problems import ContentError, Problem, UsageError
from peerdir.readers import read_config
from peerdir.scaffold import new_listing
from peerdir.schema import TYPES_BY_ID
from peerdir.yamlfile import FileProblem

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2

EPILOG = """\b
Exit codes:
  0  success
  1  the site's files have problems (each is printed as file:line:column)
  2  the command was used wrongly (a bad option, a file that already exists)
"""

SiteDir = click.Path(file_okay=False, path_type=Path)


def _report(problems: list[Problem], style: str = "text") -> None:
    for problem in problems:
        click.echo(problem.as_github() if style == "github" else problem.as_text(), err=style != "github")
    if style != "github":
        click.echo(f"{len(problems)} problem(s) found; nothing was written.", err=True)


def _fail_usage(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peerdir")
def main() -> None:
    """Build a peer-support directory website from YAML listings and Markdown guides."""


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--out", "out_dir", type=click.Path(path_type=Path), help="Output folder. Default: SITE_DIR/site.")
@click.option("--base-url", help="Published address, e.g. https://org.github.io/directory/ (overrides site.yaml).")
@click.option("--file-urls", is_flag=True, help="Link to index.html files, so the site works opened from a folder (file://).")
def build_command(site_dir: Path, out_dir: Path | None, base_url: str | None, file_urls: bool) -> None:
    """Build the site into a folder, replacing it only if the build succeeds."""
    bar = None

    def on_start(total: int) -> None:
        nonlocal bar
        if total >= 500:
            bar = click.progressbar(length=total, label="Writing pages", file=sys.stderr)
            bar.__enter__()

    try:
        result = build(site_dir, BuildOptions(out_dir, base_url, file_urls), on_start, lambda: bar.update(1) if bar else None)
    except ContentError as exc:
        _report(exc.problems)
        sys.exit(EXIT_PROBLEMS)
    except UsageError as exc:
        _fail_usage(str(exc))
    except OSError as exc:
        click.echo(f"Error: could not write the site: {exc}", err=True)
        sys.exit(EXIT_PROBLEMS)
    finally:
        if bar is not None:
            bar.__exit__(None, None, None)
    click.echo(
        f"Built {result.pages} pages ({result.listings} listings, {result.guides} guides) "
        f"into {result.out_dir} in {result.seconds:.2f}s."
    )


build_command.name = "build"


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--format", "style", type=click.Choice(["text", "github"]), default="text", show_default=True,
              help="github prints GitHub Actions annotations that appear on the changed lines.")
def check(site_dir: Path, style: str) -> None:
    """Check every listing, guide and site.yaml without writing anything."""
    try:
        site = load_site(site_dir)
    except ContentError as exc:
        _report(exc.problems, style)
        sys.exit(EXIT_PROBLEMS)
    click.echo(f"No problems: {len(site.listings)} listings and {len(site.guides)} guides checked.")


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port on localhost.")
def serve(site_dir: Path, port: int) -> None:
    """Build, serve on localhost, and rebuild and reload when files change."""
    from peerdir.serve import DevServer

    def on_built(result) -> None:
        click.echo(f"Built {result.pages} pages in {result.seconds:.2f}s.")

    def on_problems(problems: list[Problem]) -> None:
        _report(problems)
        click.echo("Still serving the last good build.", err=True)

    try:
        server = DevServer(site_dir, port, on_built, on_problems)
    except OSError as exc:
        _fail_usage(f"cannot listen on port {port}: {exc.strerror}; try --port with another number")
    click.echo(f"Serving {site_dir} at {server.url} (Ctrl+C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
def schema(site_dir: Path) -> None:
    """Write the JSON Schemas that editors use to check listing files, with this site's vocabularies."""
    try:
        site = load_site(site_dir)
    except ContentError as exc:
        _report(exc.problems)
        sys.exit(EXIT_PROBLEMS)
    for rel, data in schema_files(site.config).items():
        path = site_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        click.echo(f"Wrote {path}")


@main.command(epilog=EPILOG)
@click.argument("listing_type", metavar="TYPE", type=click.Choice(sorted(TYPES_BY_ID)))
@click.argument("name")
@click.option("--site-dir", type=SiteDir, default=".", show_default=True, help="The directory's folder.")
def new(listing_type: str, name: str, site_dir: Path) -> None:
    """Start a new listing file of TYPE named NAME, with every field explained."""
    vocabularies = None
    try:
        config = SiteConfig.model_validate(read_config(site_dir).data)
        vocabularies = {k: [t.id for t in getattr(config, k)] for k in ("regions", "topics", "audiences", "languages")}
    except (FileProblem, ValueError):
        pass  # the scaffold is still useful without the site's vocabularies
    try:
        path = new_listing(site_dir, listing_type, name, vocabularies)
    except UsageError as exc:
        _fail_usage(str(exc))
    click.echo(f"Wrote {path}. Fill it in, then run: peerdir check")
