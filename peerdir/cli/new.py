"""`peerdir new`: a listing file from options, or from answers asked in a terminal."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

import click

from peerdir.cli.common import EPILOG, SiteDir, fail_usage
from peerdir.problems import ContentError, UsageError


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


def _ask(value, prompt: str, ask: bool, **kwargs):
    return click.prompt(prompt, **kwargs) if value is None and ask else value


@click.command(epilog=EPILOG)
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
    from peerdir.commands.new import areas_for, listing_values, new_listing, phone_problem, scaffold_vocabularies
    from peerdir.sources.load import load_settings
    from peerdir.sources.schema import TYPES_BY_ID
    from peerdir.sources.validation import Vocabularies

    if ask is None:
        ask = sys.stdin.isatty()
    vocabularies, vocab = None, None
    try:
        config, _, _ = load_settings(site_dir)
        vocabularies = scaffold_vocabularies(config)
        vocab = Vocabularies.from_config(config)
    except ContentError:
        pass  # the scaffold is still useful without the site's vocabularies

    def dialable(number: str) -> str:
        problem = phone_problem(TYPES_BY_ID[listing_type], number, vocab) if number else None
        if problem:
            raise click.BadParameter(problem)
        return number

    listing_type = _ask(listing_type, "Type", ask, type=TYPE_CHOICE)
    name = _ask(name, "Name", ask)
    if not listing_type or not name:
        fail_usage("give a TYPE and a NAME, e.g.: peerdir new group \"Riverside Hearing Voices Group\"")
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
    if group_format == "phone":  # a group met on a call: the number people join it by
        phone = _ask(phone, "Phone number people call to join (leave empty to add it later)", ask, default="",
                     show_default=False, value_proc=dialable)
    areas = areas_for(listing_type, group_format, (vocabularies or {}).get("regions", []))
    if area is not None and vocabularies and area not in areas:
        fail_usage(f"--area {area}: choose one of {', '.join(areas)} (a respite house, or a group that meets in "
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
        fail_usage(str(exc))
    click.echo(f"Wrote {path}. Fill in what you know, then run: peerdir check")
