"""The peerdir command. Click lives here and nowhere else: the core raises
ContentError or UsageError, and this module prints them and picks the exit code.

Each command imports what it needs when it runs, not when this module loads, so
`peerdir --help` and `peerdir check` start quickly: the schema (pydantic), the
outputs (lunr, icalendar) and the link checker (httpx) load only for the
commands that use them. A test holds `--help` and `check` to that.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from peerdir import __version__
from peerdir.problems import ContentError, Problem, UsageError

EXIT_PROBLEMS, EXIT_USAGE = 1, 2
PROGRESS_FROM_PAGES = 500  # a build of this many pages shows a progress bar

EPILOG = """\b
Exit codes:
  0  success
  1  the site's files have problems (each is printed as file:line:column)
  2  the command was used wrongly (a bad option, a file that already exists)
"""

SiteDir = click.Path(file_okay=False, path_type=Path)


class SchemaChoice(click.Choice):
    """A choice whose values are read from the schema the first time they are needed, not at start-up."""

    def __init__(self, values: Callable[[], Sequence[str]]):
        self._values = values
        self.case_sensitive = True

    @property
    def choices(self) -> Sequence[str]:
        return self._values()


def _type_ids() -> list[str]:
    from peerdir.sources.schema import TYPES_BY_ID

    return sorted(TYPES_BY_ID)


def _choices_of(model: str, field: str) -> Callable[[], tuple[str, ...]]:
    def values() -> tuple[str, ...]:
        from peerdir.sources import schema

        return schema.choices(getattr(schema, model), field)

    return values


TYPE_CHOICE = SchemaChoice(_type_ids)
COST_CHOICE = SchemaChoice(_choices_of("Listing", "cost"))
FORMAT_CHOICE = SchemaChoice(_choices_of("Group", "format"))
KIND_CHOICE = SchemaChoice(_choices_of("Helpline", "kind"))


def _report(problems: list[Problem], style: str = "text") -> None:
    for problem in problems:
        click.echo(problem.as_github() if style == "github" else problem.as_text(), err=style != "github")
    if style != "github":
        click.echo(f"{len(problems)} problem(s) found; nothing was written.", err=True)


def _fail_usage(message: str) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(name="peerdir", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
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
    from peerdir.build import BuildOptions, build

    bar = None

    def on_start(total: int) -> None:
        nonlocal bar
        if total >= PROGRESS_FROM_PAGES:
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
    from peerdir.sources.load import load_site

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
    from peerdir.commands.serve import DevServer, sigterm_as_interrupt

    def on_built(result) -> None:
        click.echo(f"Built {result.pages} pages in {result.seconds:.2f}s.")

    def on_problems(problems: list[Problem], serving_last_good: bool) -> None:
        _report(problems)
        if serving_last_good:
            click.echo("Still serving the last good build.", err=True)
        else:
            click.echo("The pages show these problems until they are fixed; the site appears when you save the fix.", err=True)

    try:
        server = DevServer(site_dir, port, on_built, on_problems)
    except OSError as exc:
        _fail_usage(f"cannot listen on port {port}: {exc.strerror}; try --port with another number")
    click.echo(f"Serving {site_dir} at {server.url} (Ctrl+C to stop)")
    try:
        with sigterm_as_interrupt():
            server.serve_forever()
    except KeyboardInterrupt:
        click.echo("Stopped.")


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
def schema(site_dir: Path) -> None:
    """Write the JSON Schemas that editors use to check listing files, with this site's vocabularies."""
    from peerdir.outputs.schemas import schema_files

    site = _load(site_dir)
    for rel, data in schema_files(site.config).items():
        path = site_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        click.echo(f"Wrote {path}")


def _load(site_dir: Path):
    from peerdir.sources.load import load_site

    try:
        return load_site(site_dir)
    except ContentError as exc:
        _report(exc.problems)
        sys.exit(EXIT_PROBLEMS)


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--months", type=click.IntRange(0), help="Older than this many months. Default: stale_after_months in site.yaml.")
@click.option("--format", "style", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stale(site_dir: Path, months: int | None, style: str) -> None:
    """List listings not verified for a while, oldest first, with the contacts needed to re-verify them."""
    from peerdir.commands.stale import stale_listings

    site = _load(site_dir)
    found = stale_listings(site, site.config.stale_after_months if months is None else months)
    if style == "json":
        click.echo(json.dumps([s.record() for s in found], indent=2, ensure_ascii=False))
        return
    if not found:
        click.echo("Every listing was verified recently.")
        return
    for item in found:
        record = item.record()
        contact = " · ".join(x for x in [*record["phones"], record["email"] or "", record["website"] or ""] if x)
        click.echo(f"{record['last_verified']}  {record['months_since']:>3} months  {record['name']}  ({record['file']})")
        click.echo(f"{'':30}{contact or 'no contact details'}")
    click.echo(f"{len(found)} listing(s) to re-verify.")


@main.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--timeout", type=click.FloatRange(0.1), default=10.0, show_default=True, help="Seconds to wait for each answer.")
@click.option("--retries", type=click.IntRange(0, 5), default=2, show_default=True, help="Retries after errors and timeouts.")
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True, help="Seconds between requests to one host.")
@click.option("--workers", type=click.IntRange(1, 32), default=8, show_default=True, help="Hosts checked at once.")
def links(site_dir: Path, timeout: float, retries: int, delay: float, workers: int) -> None:
    """Check every listing's web address; list broken ones with their files, and redirects. Exit 1 if any is broken."""
    from peerdir.commands.links import LinkOptions, check_links, collect_links

    site = _load(site_dir)
    found = collect_links(site)
    click.echo(f"Checking {len(found)} addresses...", err=True)
    results = check_links(found, LinkOptions(timeout=timeout, retries=retries, delay=delay, workers=workers))
    broken = [r for r in results if r.status == "broken"]
    for result in results:
        if result.status == "redirected":
            click.echo(f"moved   {result.url} -> {result.final_url}  ({', '.join(result.files)})")
    for result in broken:
        click.echo(f"broken  {result.url}  {result.error}  ({', '.join(result.files)})")
    click.echo(f"{len(results)} checked: {len(broken)} broken, {sum(r.status == 'redirected' for r in results)} moved.")
    if broken:
        sys.exit(EXIT_PROBLEMS)


@main.command(epilog=EPILOG)
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
def init(target: Path) -> None:
    """Start a new directory in TARGET: site.yaml, example listings, guides, GitHub workflows and forms."""
    from peerdir.commands.init import init_site
    from peerdir.outputs.schemas import schema_files

    try:
        written = init_site(target)
    except UsageError as exc:
        _fail_usage(str(exc))
    site = _load(target)
    for rel, data in schema_files(site.config).items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_bytes(data)
    click.echo(f"Started a directory in {target} ({len(written)} files). Next:")
    click.echo(f"  cd {target} && peerdir serve        # see it, and edit site.yaml")
    click.echo("  then push it to GitHub and turn on Pages (Settings → Pages → Source: GitHub Actions).")


@main.group(name="import", epilog=EPILOG)
def import_group() -> None:
    """Turn data from other systems into listing files."""


@import_group.command(name="hsds", epilog=EPILOG)
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--site-dir", type=SiteDir, default=".", show_default=True, help="The directory's folder.")
@click.option("--force", is_flag=True, help="Replace listing files that exist already.")
def import_hsds_command(path: Path, site_dir: Path, force: bool) -> None:
    """Write a listing file for each service in an Open Referral HSDS 3.0 JSON file or CSV package (its folder or
    its datapackage.json), and report what could not be mapped. Existing files are kept unless --force."""
    from peerdir.commands.import_hsds import import_hsds
    from peerdir.sources.load import load_settings
    from peerdir.sources.validation import Vocabularies

    try:
        config, strings, _ = load_settings(site_dir)
    except ContentError as exc:
        _report(exc.problems)
        sys.exit(EXIT_PROBLEMS)
    try:
        result = import_hsds(config, strings, site_dir, path, Vocabularies.from_config(config), force)
    except UsageError as exc:
        _fail_usage(str(exc))
    for note in result.notes:
        click.echo(f"note: {note}")
    click.echo(f"Imported {len(result.written)} listing(s); {len(result.skipped)} skipped. Run peerdir check, then review them.")
    if not result.written:
        sys.exit(EXIT_PROBLEMS)


def _ask(value, prompt: str, ask: bool, **kwargs):
    return click.prompt(prompt, **kwargs) if value is None and ask else value


@main.command(epilog=EPILOG)
@click.argument("listing_type", metavar="TYPE", type=TYPE_CHOICE, required=False)
@click.argument("name", required=False)
@click.option("--site-dir", type=SiteDir, default=".", show_default=True, help="The directory's folder.")
@click.option("--summary", help="One plain sentence saying what it offers.")
@click.option("--area", help="Region id where it is (or serves), or national, or online.")
@click.option("--cost", type=COST_CHOICE)
@click.option("--peer-led/--not-peer-led", "peer_led", default=None, help="Run by people with lived experience?")
@click.option("--verified", type=click.DateTime(["%Y-%m-%d"]), help="Date the details were confirmed, YYYY-MM-DD.")
@click.option("--format", "group_format", type=FORMAT_CHOICE, help="Groups: how it meets.")
@click.option("--kind", type=KIND_CHOICE, help="Helplines: what kind.")
@click.option("--url", help="Forums: the forum's address.")
@click.option("--phone", help="A phone number.")
@click.option("--ask/--no-ask", default=None, help="Ask for what is missing (default: when run in a terminal).")
def new(listing_type, name, site_dir, summary, area, cost, peer_led, verified, group_format, kind, url, phone, ask) -> None:
    """Start a new listing file of TYPE named NAME, with every field explained.

    Given everything a listing needs (by options, or answers when run in a terminal), the file is ready to
    publish; otherwise the fields to fill in are left empty and peerdir check names them."""
    from peerdir.commands.new import areas_for, listing_values, new_listing
    from peerdir.sources import phones
    from peerdir.sources.config import VOCABULARIES
    from peerdir.sources.load import load_settings
    from peerdir.sources.schema import TYPES_BY_ID
    from peerdir.sources.validation import Vocabularies

    if ask is None:
        ask = sys.stdin.isatty()
    vocabularies, vocab, phone_region = None, None, "US"
    try:
        config, _, _ = load_settings(site_dir)
        vocabularies = {k: [t.id for t in getattr(config, k)] for k in VOCABULARIES}
        vocab, phone_region = Vocabularies.from_config(config), config.phone_region
    except ContentError:
        pass  # the scaffold is still useful without the site's vocabularies

    def dialable(number: str) -> str:
        problem = phones.problem(number, phone_region) if number else None
        if problem:
            raise click.BadParameter(problem)
        return number

    listing_type = _ask(listing_type, "Type", ask, type=TYPE_CHOICE)
    name = _ask(name, "Name", ask)
    if not listing_type or not name:
        _fail_usage("give a TYPE and a NAME, e.g.: peerdir new group \"Riverside Hearing Voices Group\"")
    summary = _ask(summary, "One sentence saying what it offers", ask)
    given = {"format": group_format, "kind": kind, "phone": phone, "url": url}
    questions = {  # what a type may ask for (ListingType.asks), and how
        "format": ("Format", {"type": FORMAT_CHOICE}),
        "kind": ("Kind", {"type": KIND_CHOICE}),
        "phone": ("Phone number (leave empty for a chat)", {"default": "", "show_default": False, "value_proc": dialable}),
        "url": ("The forum's address (https://...)", {}),
    }
    for field in TYPES_BY_ID[listing_type].asks:
        prompt, options = questions[field]
        given[field] = _ask(given[field], prompt, ask, **options)
    group_format, kind, phone, url = given["format"], given["kind"], given["phone"], given["url"]
    areas = areas_for(listing_type, group_format, (vocabularies or {}).get("regions", []))
    if area is not None and vocabularies and area not in areas:
        _fail_usage(f"--area {area}: choose one of {', '.join(areas)} (a respite house, or a group that meets in "
                    "person, is in one of the site's regions)")
    area = _ask(area, "Region (where it is, or serves)", ask, type=click.Choice(areas) if vocabularies else None)
    cost = _ask(cost, "Cost", ask, type=COST_CHOICE)
    if peer_led is None and ask:
        peer_led = click.confirm("Run by peers with lived experience?", default=True)
    verified = _ask(verified, "Date you confirmed these details (YYYY-MM-DD)", ask, type=click.DateTime(["%Y-%m-%d"]))
    answers = {
        "summary": summary, "format": group_format, "kind": kind, "url": url, "area": area, "phone": phone,
        "cost": cost, "peer_led": peer_led, "last_verified": verified.date() if verified else None,
    }  # fmt: skip
    try:
        path = new_listing(site_dir, listing_type, name, vocabularies, listing_values(TYPES_BY_ID[listing_type], answers), vocab)
    except UsageError as exc:
        _fail_usage(str(exc))
    click.echo(f"Wrote {path}. Fill in what you know, then run: peerdir check")
