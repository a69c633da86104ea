"""A listing file from a suggestion sent with the "Suggest a listing" issue form: the answers, read by the form's
own labels, written where a listing keeps each (as `peerdir new` writes a file: every field explained), for a
maintainer to check with the service and complete. The listing-from-issue workflow opens it as a pull request.

What check reads as written (a meeting's day and time in words, a phone with a note, a town's region by its name)
goes in as the person wrote it; what it cannot read is told at its line, so nothing they wrote is lost.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from peerdir.commands.new import listing_values, scaffold_text, write_listing_file
from peerdir.problems import UsageError
from peerdir.sources.fieldtypes import EMAILS_IN
from peerdir.sources.schema import TYPES, COSTS, ListingType

FORM = ".github/ISSUE_TEMPLATE/suggest-listing.yml"
# GitHub's text for a question left unanswered in an issue made with a form.
_NO_RESPONSE = "_No response_"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n")


def form_answers(body: str, form: dict[str, Any]) -> dict[str, str]:
    """The answers in an issue made with `form`, by the id of each question: GitHub writes each under its label
    as a heading ('### Its name'), 'No response' for one left empty."""
    ids = {str(item["attributes"]["label"]).strip(): item["id"] for item in form.get("body", []) if "id" in item}
    answers: dict[str, str] = {}
    for part in re.split(r"^### ", body.replace("\r\n", "\n"), flags=re.MULTILINE)[1:]:
        label, _, value = part.partition("\n")
        if label.strip() in ids and value.strip() and value.strip() != _NO_RESPONSE:
            answers[ids[label.strip()]] = value.strip()
    return answers


def _chosen(form: dict[str, Any], question: str, answer: str | None) -> int | None:
    """Which of a dropdown's options was chosen, by its place in the list (the form's words may be the site's
    own, in its language); None if none was, or the answer is not one of them."""
    options = next((item["attributes"]["options"] for item in form.get("body", []) if item.get("id") == question), [])
    return options.index(answer) if answer in options else None


def _contacts(written: str | None) -> dict[str, str]:
    """An email and a phone from one answer ('(503) 555-0100, hello@example.org'): the address, and what is left
    if it has a number in it (with its words, which check reads: 'Call or text ...')."""
    if not written:
        return {}
    email = EMAILS_IN.search(written)
    rest = EMAILS_IN.sub("", written).strip(" ,;/-\n") if email else written.strip()
    rest = re.sub(r"\s*(?:,|;|\bor\b|\band\b)\s*$", "", rest, flags=re.IGNORECASE)
    return {**({"email": email.group(0)} if email else {}), **({"phone": rest} if sum(c.isdigit() for c in rest) >= 3 else {})}


def listing_from_answers(form: dict[str, Any], answers: dict[str, str]) -> tuple[ListingType, dict[str, Any]]:
    """The listing type and the field values the answers give, put where a listing keeps each."""
    chosen = _chosen(form, "type", answers.get("type"))
    if chosen is None or chosen >= len(TYPES):
        raise UsageError(f"the suggestion does not say what kind of support it is ('{answers.get('type', '')}')")
    listing_type = TYPES[chosen]
    fields = listing_type.schema.model_fields
    what = answers.get("what", "")
    summary = _SENTENCE_END.split(what, maxsplit=1)[0].strip()
    cost = _chosen(form, "cost", answers.get("cost"))
    peer_led = _chosen(form, "peer_led", answers.get("peer_led"))
    contacts = _contacts(answers.get("contact"))
    values = listing_values(listing_type, {
        "summary": summary, "area": answers.get("where"), "phone": contacts.get("phone"),
        "cost": COSTS[cost] if cost is not None and cost < len(COSTS) else None,
        "peer_led": {0: True, 1: False}.get(peer_led) if peer_led is not None else None,
    })  # fmt: skip
    if what != summary:
        values["description"] = what
    if contacts.get("email"):
        values["email"] = contacts["email"]
    if answers.get("website"):
        values["url" if "url" in fields else "website"] = answers["website"]
    when = next((name for name in ("meetings", "hours") if name in fields), None)
    if answers.get("when") and when:
        values[when] = answers["when"]
    elif answers.get("when"):  # a respite or forum keeps no times: the words go with the rest
        values["description"] = f"{values.get('description', what)}\n\n{answers['when']}".strip()
    return listing_type, values


def listing_from_issue(site_dir: Path, body: str, number: int | None, vocabularies: dict[str, list[str]] | None) -> Path:
    """Write the suggestion in an issue's body as a new listing file, never over one; `peerdir check` then says
    what is left to fill in or put another way, at its line."""
    form_path = site_dir / FORM
    if not form_path.is_file():
        raise UsageError(f"{FORM} is missing: the suggestion is read by the questions of that form")
    form = yaml.safe_load(form_path.read_text(encoding="utf-8")) or {}
    answers = form_answers(body, form)
    name = " ".join(answers.get("name", "").split())
    if not name:
        raise UsageError("the suggestion gives no name; it is not an issue made with the 'Suggest a listing' form")
    listing_type, values = listing_from_answers(form, answers)
    lines = scaffold_text(listing_type, name, vocabularies, values).split("\n")
    said = f"issue #{number}" if number else "an issue"
    lines.insert(1, f"# Suggested in {said}. Check every detail with the service, fill in what is missing, then set "
                    "last_verified to the day you did.")
    return write_listing_file(site_dir, listing_type, name, "\n".join(lines))
