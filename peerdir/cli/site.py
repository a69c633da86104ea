"""The commands that make and show the site: build, check, serve, schema."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from peerdir.cli.common import EPILOG, EXIT_PROBLEMS, SiteDir, fail_usage, format_option, load_or_exit, note, report, warn
from peerdir.problems import ContentError, Problem, UsageError

PROGRESS_FROM = 500  # a build or check of this many listing files, or pages, shows its progress
FINISHING_TEXT = ("then the search data and exports", "Making the search data and exports")  # beside the bar; alone


class Progress:
    """What a long build or check shows on standard error: a bar of the listing files as they are read, then
    one of the pages, and beside it when the build turns to the search data and exports."""

    def __init__(self) -> None:
        self.bar = None

    def begin(self, label: str, count: int) -> None:
        self.close()
        if count >= PROGRESS_FROM:
            self.bar = click.progressbar(length=count, label=label, file=sys.stderr, item_show_func=lambda now: now)
            self.bar.__enter__()

    def reading(self, count: int) -> None:
        self.begin(f"Reading and checking {count:,} listing files", count)

    def pages(self, count: int) -> None:
        self.begin("Writing pages", count)

    def done(self, count: int) -> None:
        if self.bar is not None:
            self.bar.update(count)

    def finishing(self) -> None:
        if self.bar is None:
            return
        if sys.stderr.isatty():  # beside the bar, which pages rendered in another process may still fill
            self.bar.update(0, FINISHING_TEXT[0])
            self.bar.render_progress()
        else:  # a log (a workflow's) shows a bar's label once, and nothing after it
            click.echo(FINISHING_TEXT[1], err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


PAGES_LIMIT = 10**9  # bytes: GitHub Pages' limit on a published site, as the tar it is uploaded in


@click.command(name="build", epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--out", "-o", "out_dir", type=click.Path(path_type=Path), help="Output folder. Default: SITE_DIR/site.")
@click.option("--base-url", help="Published address, e.g. https://org.github.io/directory/ (overrides site.yaml).")
@click.option("--file-urls", is_flag=True, help="Link to index.html files, so the site works opened from a folder (file://).")
@click.option("--memory", "memory_mb", type=click.IntRange(min=1), help="Memory in MB to build within. Default: 2048. A large "
              "site's exports are made in more processes, beside the pages, only as far as this allows.")
@format_option
def build_command(site_dir: Path, out_dir: Path | None, base_url: str | None, file_urls: bool, memory_mb: int | None,
                  style: str) -> None:
    """Build the site into a folder, replacing it only if the build succeeds."""
    from peerdir.build import EXPORT_PARTS, FINISHING, PAGES, READING, BuildOptions, build

    progress = Progress()
    steps = {READING: progress.reading, PAGES: progress.pages, FINISHING: lambda _: progress.finishing()}

    options = BuildOptions(out_dir, base_url, file_urls)
    if memory_mb:
        options.memory_mb = memory_mb
    try:
        result = build(site_dir, options, lambda step, count: steps[step](count), progress.done)
    except ContentError as exc:
        report(exc.problems, style)
        sys.exit(EXIT_PROBLEMS)
    except UsageError as exc:
        fail_usage(str(exc))
    except OSError as exc:
        click.echo(f"Error: could not write the site: {exc}", err=True)
        sys.exit(EXIT_PROBLEMS)
    finally:
        progress.close()
    note(result.notes, style)
    click.echo(
        f"Built {result.pages} pages ({result.listings} listings, {result.guides} guides) "
        f"into {result.out_dir} in {result.seconds:.2f}s."
    )
    if result.held_back:
        click.echo(
            f"Note: {result.held_back} spare core(s) left idle: a process on each, making pages, search data and exports, "
            f"would copy the site's model and take the build past {options.memory_mb} MB (--memory).", err=True
        )
    total = sum(result.sizes.values())
    if total > PAGES_LIMIT:
        largest = ", ".join(f"{part} {size / 1e6:,.0f} MB" for part, size in list(result.sizes.items())[:4])
        exports = sum(result.sizes.get(part, 0) for part in EXPORT_PARTS)
        advice = (f"Without the API, HSDS and calendar files, which site.yaml's exports: setting chooses, it would be "
                  f"{(total - exports) / 1e9:.2f} GB." if exports else "")
        warn(
            f"the site is {total / 1e9:.2f} GB as GitHub Pages packs it, and GitHub Pages publishes sites of up to "
            f"1 GB. Largest parts: {largest}. {advice}".rstrip(), style
        )


@click.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@format_option
def check(site_dir: Path, style: str) -> None:
    """Check every listing, guide and site.yaml without writing anything."""
    from peerdir.sources.load import load_site

    progress = Progress()
    try:
        try:
            site = load_site(site_dir, on_found=progress.reading, on_read=progress.done)
        finally:
            progress.close()  # before any problem is printed
    except ContentError as exc:
        report(exc.problems, style)
        sys.exit(EXIT_PROBLEMS)
    note(site.notes, style)
    click.echo(f"No problems: {len(site.listings)} listings and {len(site.guides)} guides checked.")


@click.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--port", "-p", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port on localhost.")
def serve(site_dir: Path, port: int) -> None:
    """Build, serve on localhost, and rebuild and reload when files change."""
    from peerdir.commands.serve import DevServer, sigterm_as_interrupt

    def on_built(result) -> None:
        if result.rendered is None:
            click.echo(f"Built {result.pages} pages in {result.seconds:.2f}s.")
        else:
            click.echo(f"Updated {result.rendered} of {result.pages} pages in {result.seconds:.2f}s.")

    def on_problems(problems: list[Problem], serving_last_good: bool) -> None:
        report(problems)
        if serving_last_good:
            click.echo("Still serving the last good build.", err=True)
        else:
            click.echo("The pages show these problems until they are fixed; the site appears when you save the fix.", err=True)

    try:
        server = DevServer(site_dir, port, on_built, on_problems)
    except OSError as exc:
        fail_usage(f"cannot listen on port {port}: {exc.strerror}; try --port with another number")
    click.echo(f"Serving {site_dir} at {server.url} (Ctrl+C to stop)")
    try:
        with sigterm_as_interrupt():
            server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")


@click.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
def schema(site_dir: Path) -> None:
    """Write the JSON Schemas that editors use to check listing files, with this site's vocabularies."""
    from peerdir.outputs.schemas import schema_files

    site = load_or_exit(site_dir)
    for rel, data in schema_files(site.config).items():
        path = site_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        click.echo(f"Wrote {path}")
