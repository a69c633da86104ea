"""The commands that keep a directory up to date: stale, links, init, import."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from peerdir.cli.common import EPILOG, EXIT_PROBLEMS, SiteDir, fail_usage, load_or_exit, settings_or_exit
from peerdir.problems import UsageError


@click.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--months", type=click.IntRange(0), help="Older than this many months. Default: stale_after_months in site.yaml.")
@click.option("--format", "style", type=click.Choice(["table", "json", "markdown"]), default="table", show_default=True,
              help="markdown: a task list for a GitHub issue (the upkeep workflow posts it).")
def stale(site_dir: Path, months: int | None, style: str) -> None:
    """List listings not verified for a while, oldest first, with the contacts needed to re-verify them."""
    from peerdir.commands.stale import stale_listings, stale_markdown

    site = load_or_exit(site_dir)
    months = site.config.stale_after_months if months is None else months
    found = stale_listings(site, months)
    if style == "json":
        click.echo(json.dumps([s.record() for s in found], indent=2, ensure_ascii=False))
        return
    if style == "markdown":
        click.echo(stale_markdown(found, months), nl=False)
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


@click.command(epilog=EPILOG)
@click.argument("site_dir", type=SiteDir, default=".")
@click.option("--timeout", type=click.FloatRange(0.1), default=10.0, show_default=True, help="Seconds to wait for each answer.")
@click.option("--retries", type=click.IntRange(0, 5), default=2, show_default=True, help="Retries after errors and timeouts.")
@click.option("--delay", type=click.FloatRange(0), default=1.0, show_default=True, help="Seconds between requests to one host.")
@click.option("--workers", type=click.IntRange(1, 32), default=8, show_default=True, help="Hosts checked at once.")
def links(site_dir: Path, timeout: float, retries: int, delay: float, workers: int) -> None:
    """Check every listing's web address; list broken ones with their files, and redirects. Exit 1 if any is broken."""
    from peerdir.commands.links import LinkOptions, check_links, collect_links

    site = load_or_exit(site_dir)
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


@click.command(epilog=EPILOG)
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
def init(target: Path) -> None:
    """Start a new directory in TARGET: site.yaml, example listings, guides, GitHub workflows and forms."""
    from peerdir.commands.init import init_site
    from peerdir.outputs.schemas import schema_files

    try:
        written = init_site(target)
    except UsageError as exc:
        fail_usage(str(exc))
    site = load_or_exit(target)
    for rel, data in schema_files(site.config).items():
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_bytes(data)
    click.echo(f"Started a directory in {target} ({len(written)} files). Next:")
    click.echo(f"  cd {target} && peerdir serve        # see it, and edit site.yaml")
    click.echo("  then push it to GitHub and turn on Pages (Settings → Pages → Source: GitHub Actions).")


@click.group(name="import", epilog=EPILOG)
def import_group() -> None:
    """Turn data from other systems into listing files."""


@import_group.command(name="hsds", epilog=EPILOG)
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--site-dir", type=SiteDir, default=".", show_default=True, help="The directory's folder.")
@click.option("--force", is_flag=True, help="Replace listing files that exist already.")
def import_hsds_command(path: Path, site_dir: Path, force: bool) -> None:
    """Write a listing file for each service in an Open Referral HSDS 3.0 JSON file (plain or .json.gz) or CSV
    package (its folder, its datapackage.json or a .zip of them), and report what could not be mapped. Existing
    files are kept unless --force."""
    from peerdir.commands.import_hsds import import_hsds
    from peerdir.sources.validation import Vocabularies

    config, strings = settings_or_exit(site_dir)
    try:
        result = import_hsds(config, strings, site_dir, path, Vocabularies.from_config(config), force)
    except UsageError as exc:
        fail_usage(str(exc))
    for note in result.notes:
        click.echo(f"note: {note}")
    click.echo(f"Imported {len(result.written)} listing(s); {len(result.skipped)} skipped. Run peerdir check, then review them.")
    if not result.written:
        sys.exit(EXIT_PROBLEMS)


@import_group.command(name="csv", epilog=EPILOG)
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--type", "type_id", type=click.Choice(["group", "helpline", "forum", "respite"]),
              help="The kind of listing every row is, where the sheet has no 'type' column.")
@click.option("--site-dir", type=SiteDir, default=".", show_default=True, help="The directory's folder.")
@click.option("--force", is_flag=True, help="Replace listing files that exist already.")
def import_csv_command(path: Path, type_id: str | None, site_dir: Path, force: bool) -> None:
    """Write a listing file for each row of a spreadsheet saved as CSV, its cells found by their columns' headings
    (a listing field's name, or a word sheets use for one: Phone, Address, City, Zip, When, Who), and say what
    check finds in them, at its line in each file. Existing files are kept unless --force."""
    from peerdir.commands.import_csv import import_csv
    from peerdir.sources.validation import Vocabularies

    config, strings = settings_or_exit(site_dir)
    try:
        result, problems = import_csv(strings, site_dir, path, Vocabularies.from_config(config), type_id, force)
    except UsageError as exc:
        fail_usage(str(exc))
    for note in result.notes:
        click.echo(f"note: {note}")
    for problem in problems:
        click.echo(problem.as_text())
    click.echo(f"Imported {len(result.written)} listing(s); {len(result.skipped)} skipped; {len(problems)} problem(s) to "
               "put right in them (above; peerdir check tells them again). Review each, then set last_verified.")
    if problems or not result.written:
        sys.exit(EXIT_PROBLEMS)


@import_group.command(name="issue", epilog=EPILOG)
@click.argument("body", type=click.File("r", encoding="utf-8"))
@click.option("--site-dir", type=SiteDir, default=".", show_default=True, help="The directory's folder.")
@click.option("--number", type=click.IntRange(1), help="The issue's number, which the file names.")
def import_issue_command(body, site_dir: Path, number: int | None) -> None:
    """Write a listing file from an issue made with the "Suggest a listing" form: BODY is its text as GitHub gives
    it (gh issue view N --json body --jq .body), or - to read it from standard input. Every field is explained
    in the file, as peerdir new writes one; peerdir check then says what to fill in before it is published."""
    from peerdir.commands.import_issue import listing_from_issue
    from peerdir.commands.new import scaffold_vocabularies

    config, _ = settings_or_exit(site_dir)
    try:
        path = listing_from_issue(site_dir, body.read(), number, scaffold_vocabularies(config))
    except UsageError as exc:
        fail_usage(str(exc))
    click.echo(f"Wrote {path.relative_to(site_dir).as_posix()}. Run peerdir check to see what to fill in.")
