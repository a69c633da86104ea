"""The peerdir command through click's CliRunner: output, files written and exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import tar_bytes

from peerdir.cli import main
from peerdir.sources.load import load_site
from peerdir.sources.schema import TYPES


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_help_lists_every_command_with_its_summary_and_the_exit_codes() -> None:
    result = run("--help")
    assert result.exit_code == 0
    listed = result.output.split("Commands:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert [line.split()[0] for line in listed] == sorted(main.commands)
    for line in listed:
        name, summary = line.split(None, 1)
        assert summary.rstrip(".") in (main.commands[name].help or "").replace("\n", " "), name
    for line in ("0  success", "1  the site's files have problems", "2  the command was used wrongly"):
        assert line in result.output
    for name, command in main.commands.items():
        assert f"Usage: peerdir {name}" in run(name, "--help").output and command.help


def test_build_writes_the_site_and_prints_a_summary(golden_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", str(golden_site), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"Built 25 pages (5 listings, 2 guides) into {out} in ")
    assert (out / "index.html").is_file()
    # -o, as other site generators shorten it (Pelican, and Hugo's and MkDocs' -d).
    assert run("build", str(golden_site), "-o", str(tmp_path / "short")).exit_code == 0
    assert (tmp_path / "short/index.html").is_file()


def test_a_site_too_big_for_github_pages_is_told_what_is_big_and_what_to_change(golden_site: Path, tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import peerdir.cli.site

    out = tmp_path / "out"
    assert "Warning" not in run("build", str(golden_site), "--out", str(out)).output
    monkeypatch.setattr(peerdir.cli.site, "PAGES_LIMIT", 100_000)  # bytes; the golden site is larger
    result = run("build", str(golden_site), "--out", str(out))
    assert result.exit_code == 0, result.output
    warning = result.output.splitlines()[-1]
    parts = {part.name + "/" * part.is_dir(): tar_bytes(out, part.name) for part in out.iterdir() if part.name != ".peerdir"}
    total = sum(parts.values())
    assert warning.startswith(f"Warning: the site is {total / 1e9:.2f} GB as GitHub Pages packs it, and GitHub Pages "
                              "publishes sites of up to 1 GB. Largest parts: ")
    exports = parts["api/"] + parts["hsds/"] + sum(tar_bytes(p.parent, p.name) for p in out.rglob("*.ics"))
    assert warning.endswith(f"Without the API, HSDS and calendar files, which site.yaml's exports: setting chooses, "
                            f"it would be {(total - exports) / 1e9:.2f} GB.")
    github = run("build", str(golden_site), "--out", str(out), "--format", "github")
    assert github.exit_code == 0 and f"::warning::{warning.removeprefix('Warning: ')}\n" in github.output, github.output

    import peerdir.build  # at 100,000 synthetic listings (the golden site is too small to show the arithmetic)

    sizes = {"groups/": 470e6, "helplines/": 154e6, "api/": 135e6, "hsds/": 134e6, peerdir.build.CALENDAR_FILES: 92e6,
             "search/": 102e6}
    monkeypatch.setattr(peerdir.build, "_sizes", lambda written: sizes)
    monkeypatch.setattr(peerdir.cli.site, "PAGES_LIMIT", 10**9)
    assert run("build", str(golden_site), "--out", str(out)).output.splitlines()[-1] == (
        "Warning: the site is 1.09 GB as GitHub Pages packs it, and GitHub Pages publishes sites of up to 1 GB. Largest "
        "parts: groups/ 470 MB, helplines/ 154 MB, api/ 135 MB, hsds/ 134 MB. Without the API, HSDS and calendar files, "
        "which site.yaml's exports: setting chooses, it would be 0.73 GB.")


def test_build_defaults_to_site_folder_and_overrides_base_url(golden_site: Path) -> None:
    result = run("build", str(golden_site), "--base-url", "https://org.github.io/dir/")
    assert result.exit_code == 0, result.output
    assert 'href="/dir/"' in (golden_site / "site/404.html").read_text()


def test_build_with_problems_exits_1_and_lists_them(golden_site: Path, tmp_path: Path) -> None:
    (golden_site / "listings/groups/bad.yaml").write_text("name: x\nwebiste: y\n")
    result = run("build", str(golden_site), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "listings/groups/bad.yaml:2:1: unknown field 'webiste' — did you mean 'website'?" in result.output
    assert "problem(s) found; nothing was written." in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_build_in_a_workflow_reports_problems_as_annotations_as_check_does(golden_site: Path, tmp_path: Path) -> None:
    """The pull request workflow runs build alone, which reads every file once and checks it as check does."""
    (golden_site / "listings/groups/bad.yaml").write_text("name: x\ntopics: [Anxeity]\n")
    checked = run("check", str(golden_site), "--format", "github")
    built = run("build", str(golden_site), "--out", str(tmp_path / "out"), "--format", "github")
    assert built.exit_code == checked.exit_code == 1
    assert built.output == checked.output and "::error file=listings/groups/bad.yaml,line=2,col=10,title=topics[0]::" in built.output
    assert not (tmp_path / "out").exists()


def test_build_usage_errors_exit_2(golden_site: Path, tmp_path: Path) -> None:
    assert run("build", str(golden_site), "--base-url", "not a url").exit_code == 2
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep")
    result = run("build", str(golden_site), "--out", str(mine))
    assert result.exit_code == 2 and "was not built by peerdir" in result.output
    assert run("build", "--no-such-option").exit_code == 2


def test_check_text_and_github_formats(golden_site: Path) -> None:
    ok = run("check", str(golden_site))
    assert ok.exit_code == 0 and ok.output == "No problems: 5 listings and 2 guides checked.\n"
    (golden_site / "listings/groups/bad.yaml").write_text("name: x\ntopics: [Anxeity]\n")
    text = run("check", str(golden_site))
    assert text.exit_code == 1
    assert "listings/groups/bad.yaml:2:10: topics[0]: 'Anxeity' is not a topic — did you mean 'anxiety'?" in text.output
    github = run("check", str(golden_site), "--format", "github")
    assert github.exit_code == 1
    assert (
        "::error file=listings/groups/bad.yaml,line=2,col=10,title=topics[0]::'Anxeity' is not a topic — did you mean "
        "'anxiety'? Topics are: anxiety, grief\n" in github.output
    )
    assert not (golden_site / "site").exists(), "check writes nothing"


def test_check_notes_a_listing_written_in_another_of_the_sites_languages_without_saying_so(sample_site: Path) -> None:
    """A Spanish listing without written_in: es is read aloud with English sounds and searched with English endings;
    check says so, as a warning that stops nothing (an annotation on the pull request in the github format), and
    says nothing of the English listings, nor once written_in says which."""
    listing = sample_site / "listings/groups/grupo-de-apoyo-entre-pares-baywood.yaml"
    listing.write_text(listing.read_text(encoding="utf-8").replace("written_in: es\n", ""), encoding="utf-8")
    text = run("check", str(sample_site))
    assert text.exit_code == 0, text.output
    assert text.output.splitlines()[0] == (
        "Warning: listings/groups/grupo-de-apoyo-entre-pares-baywood.yaml:1:1: written_in: its words read as Español (Spanish): "
        "if they are, add written_in: es, so that screen readers and search read them as Español (Spanish); if not, written_in: en says so")
    assert text.output.count("Warning:") == 1 and text.output.splitlines()[-1].startswith("No problems: ")
    github = run("check", str(sample_site), "--format", "github")
    assert github.output.startswith("::warning file=listings/groups/grupo-de-apoyo-entre-pares-baywood.yaml,line=1,col=1,title=written_in::")
    built = run("build", str(sample_site), "--out", str(sample_site / "out"), "--format", "github")  # as the pull request's Check runs
    assert built.exit_code == 0 and built.output.startswith("::warning file=listings/groups/grupo-de-apoyo-entre-pares-baywood.yaml,")
    listing.write_text(listing.read_text(encoding="utf-8") + "written_in: en\n", encoding="utf-8")  # said: no note
    assert "Warning" not in run("check", str(sample_site)).output
    from peerdir.sources.language_guess import guess

    assert guess("Un grupo para compartir y apoyarnos en los momentos difíciles.", ["en", "es-MX"]) == "es-MX"
    assert guess("Línea de Apoyo: a warm line for the people of the valley, and their families.", ["en", "es"]) == "en"
    assert guess("Grupo de Apoyo Baywood", ["en", "es"]) is None  # a name alone says too little


def test_github_format_escapes_what_would_break_an_annotation() -> None:
    from peerdir.problems import Problem

    problem = Problem("a,b:c.yaml", 3, 4, "x", "50% done\nnext line")
    assert problem.as_github() == "::error file=a%2Cb%3Ac.yaml,line=3,col=4,title=x::50%25 done%0Anext line"


def test_new_writes_a_commented_file_with_every_field(golden_site: Path) -> None:
    for listing_type in TYPES:
        result = run("new", listing_type.id, "Café Ünïcode Group", "--site-dir", str(golden_site))
        assert result.exit_code == 0, result.output
        path = golden_site / "listings" / listing_type.folder / "cafe-unicode-group.yaml"
        assert f"Wrote {path}" in result.output
        text = path.read_text()
        data = yaml.safe_load(text)
        assert data["name"] == "Café Ünïcode Group"
        assert list(data) == list(listing_type.schema.model_fields), "every field is present, in schema order"
        for name, info in listing_type.schema.model_fields.items():
            assert f"# {info.description}" in text, name
        assert "# Choose from: anxiety, grief" in text
        # the example of a term is one of the site's own (it had been the schema's: 'north-valley', a region of none)
        assert "# e.g. service_area: [old-town]" in text and "# e.g. topics: [anxiety, grief]" in text
        assert "# Choose from: en-GB, cy\n# e.g. written_in: cy\nwritten_in:\n" in text  # one of the site's, not its main
        path.unlink()


def test_every_example_block_in_a_new_file_is_one_check_accepts(golden_site: Path) -> None:
    """A contributor copies the example under a block's note (a phone, a meeting, the hours, the translations)
    and changes the values: copied into the file as it is, each must pass check, or the copy fails for a reason
    the file never showed. (A translation's example had shown only its fields, not the language they are under.)"""
    from peerdir.sources.validation import find_model

    config = golden_site / "site.yaml"
    config.write_text(config.read_text().replace("language: en-GB\n", "language: en-GB\ntranslations: [es]\n")
                      .replace("    name: Cymraeg (Welsh)\n", "    name: Cymraeg (Welsh)\n  - id: es\n    name: Español\n"))
    for listing_type in TYPES:
        run("new", listing_type.id, "Example Block Group", "--site-dir", str(golden_site))
        path = golden_site / "listings" / listing_type.folder / "example-block-group.yaml"
        lines = path.read_text().splitlines()
        for name, info in listing_type.schema.model_fields.items():
            if find_model(info.annotation) is None:
                continue
            at = lines.index(f"# {info.description}" + (" (required)" if info.is_required() else "")) + 1
            assert lines[at] == "# e.g.", f"{listing_type.id}.{name}: no example"
            example = []
            while lines[at + 1].startswith("#   "):
                at += 1
                example.append(lines[at][4:])
            assert yaml.safe_load("\n".join(example)), f"{listing_type.id}.{name}: an empty example"
            field = next(index for index in range(at, len(lines)) if lines[index].startswith(f"{name}:"))
            copied = [*lines[:field], f"{name}:", *("  " + line for line in example), *lines[field + 1:]]
            path.write_text("\n".join(copied) + "\n")
            told = run("check", str(golden_site)).output.splitlines()
            assert told and not [line for line in told if "example-block-group.yaml:" in line
                                 and line.split(": ", 1)[0].count(":") == 2 and f": {name}" in line], (name, told)
        path.unlink()


def test_a_new_files_translation_example_is_keyed_by_the_sites_own_language_in_words_for_it() -> None:
    """Spanish words only under a Spanish key: under Welsh ('cy') they had been Spanish too."""
    from peerdir.commands.new import scaffold_text
    from peerdir.sources.blocks import Translation

    for code, name in (("cy", "Its name in cy"), ("es-MX", "Grupo de escucha de voces")):
        lines = scaffold_text(TYPES[0], "X", {"regions": ["old-town"], "translations": [code]}).splitlines()
        at = lines.index(f"#   {code}:")
        block = yaml.safe_load("\n".join(line[6:] for line in lines[at + 1:at + 3]))
        assert block["name"] == name and Translation.model_validate(block).summary, block


def test_a_new_file_on_a_site_in_one_language_shows_no_translation_to_copy(golden_site: Path) -> None:
    """No language could key it there ('es' had been shown, which check refuses on a site without it)."""
    run("new", "group", "Example Group", "--site-dir", str(golden_site))
    text = (golden_site / "listings/groups/example-group.yaml").read_text()
    description = next(line for line in text.splitlines() if line.startswith("# Its words in the other languages"))
    assert f"{description}\ntranslations: {{}}\n" in text


def test_new_file_then_check_names_exactly_what_to_fill_in(golden_site: Path) -> None:
    run("new", "helpline", "Night Line", "--site-dir", str(golden_site))
    result = run("check", str(golden_site))
    assert result.exit_code == 1
    problems = [line for line in result.output.splitlines() if line.startswith("listings/")]
    assert sorted(p.split(": ")[1] for p in problems) == ["cost", "kind", "last_verified", "peer_led", "summary"]


def test_new_never_overwrites(golden_site: Path) -> None:
    assert run("new", "group", "Same Name", "--site-dir", str(golden_site)).exit_code == 0
    path = golden_site / "listings/groups/same-name.yaml"
    path.write_text("mine")
    result = run("new", "group", "Same Name", "--site-dir", str(golden_site))
    assert result.exit_code == 2 and "already exists" in result.output
    assert path.read_text() == "mine"


def test_new_names_the_file_with_an_apostrophe_joining_its_word(golden_site: Path) -> None:
    """A group named St. Mary's Carers Group is st-marys-carers-group.yaml (it had been st-mary-s-carers-group.yaml)."""
    assert run("new", "group", "St. Mary's Carers Group", "--site-dir", str(golden_site)).exit_code == 0
    assert (golden_site / "listings/groups/st-marys-carers-group.yaml").is_file()


def test_new_rejects_unknown_types_and_empty_names(golden_site: Path) -> None:
    assert run("new", "meetup", "X", "--site-dir", str(golden_site)).exit_code == 2
    result = run("new", "group", "!!!", "--site-dir", str(golden_site))
    assert result.exit_code == 2 and "cannot make a file name" in result.output


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "peerdir", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("peerdir, version ")


def test_a_command_leaves_its_last_garbage_to_the_operating_system(golden_site: Path, tmp_path: Path) -> None:
    """A build's model is held in cycles through the theme's templates, which Python's last collection took 0.45 s
    to free at 10,000 listings, after the site was written. A cycle left once a command has run is not collected
    (its finalizer never runs), and the build still wrote its site and said so; without a command, it is."""
    import subprocess
    import sys

    script = (
        "import sys\nfrom peerdir.cli import main\n"
        "class Cycle:\n    def __del__(self):\n        print('collected', flush=True)\n"
        "if sys.argv[1:]:\n    main(sys.argv[1:], standalone_mode=False)\n"
        "left = Cycle()\nleft.me = left\ndel left\n"
    )
    built = subprocess.run([sys.executable, "-c", script, "build", str(golden_site), "--out", str(tmp_path / "out")],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert "Built " in built.stdout and "collected" not in built.stdout
    assert (tmp_path / "out" / "index.html").is_file()
    alone = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert alone.stdout == "collected\n", "without the command, Python's last collection finalizes the cycle"


def test_long_builds_and_checks_show_progress(golden_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import peerdir.cli.site

    result = CliRunner().invoke(main, ["build", str(golden_site)], catch_exceptions=False)
    assert result.stderr == "", "a short build shows no progress"
    monkeypatch.setattr(peerdir.cli.site, "PROGRESS_FROM", 5)  # as many listings as the golden site has
    result = CliRunner().invoke(main, ["build", str(golden_site)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # Not a terminal (as in a workflow's log): each step on a line of its own, in order.
    assert result.stderr.splitlines() == ["Reading and checking 5 listing files", "Writing pages", "Making the search data and exports"]
    assert result.stdout.startswith("Built ") and "(5 listings, 2 guides)" in result.stdout
    checked = CliRunner().invoke(main, ["check", str(golden_site)], catch_exceptions=False)
    assert checked.exit_code == 0 and checked.stderr.splitlines() == ["Reading and checking 5 listing files"]
    assert checked.stdout.startswith("No problems: 5 listings")


def test_new_with_everything_given_writes_a_listing_ready_to_publish(golden_site: Path) -> None:
    result = run(
        "new", "group", "Tuesday Calm Group", "--site-dir", str(golden_site), "--summary", "A calm group: all welcome.",
        "--area", "old-town", "--cost", "free", "--peer-led", "--verified", "2026-10-30", "--format", "in-person",
    )
    assert result.exit_code == 0, result.output
    assert run("check", str(golden_site)).output == "No problems: 6 listings and 2 guides checked.\n"
    text = (golden_site / "listings/groups/tuesday-calm-group.yaml").read_text()
    assert text.startswith("# yaml-language-server: $schema=../../schemas/group.schema.json\n")
    assert "location:\n  region: old-town\n" in text and "last_verified: 2026-10-30\n" in text


def test_new_asks_for_what_it_needs_when_interactive(golden_site: Path) -> None:
    answers = "\n".join(["helpline", "Evening Line", "Someone to talk to.", "warmline", "01632 960111", "riverside", "free", "y", "2026-10-30"])
    result = run("new", "--site-dir", str(golden_site), "--ask", input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert "Region (where it is, or serves) (old-town, riverside, national, online)" in result.output
    assert run("check", str(golden_site)).exit_code == 0
    data = yaml.safe_load((golden_site / "listings/helplines/evening-line.yaml").read_text())
    assert data["service_area"] == ["riverside"] and data["phones"] == [{"number": "01632 960111"}] and data["kind"] == "warmline"


def test_new_asks_a_group_met_by_phone_for_the_number_to_join_it_by(golden_site: Path) -> None:
    answers = "\n".join(["group", "Call Circle", "A weekly call.", "phone", "01632 960113", "old-town", "free", "y", "2026-10-30"])
    result = run("new", "--site-dir", str(golden_site), "--ask", input=answers + "\n")
    assert result.exit_code == 0 and "Phone number people call to join" in result.output, result.output
    data = yaml.safe_load((golden_site / "listings/groups/call-circle.yaml").read_text())
    assert (data["format"], data["phones"], data["service_area"]) == ("phone", [{"number": "01632 960113"}], ["old-town"])
    assert "location" not in data or not data["location"]
    assert run("check", str(golden_site)).exit_code == 0


def test_new_takes_a_phone_as_check_reads_one(golden_site: Path) -> None:
    """'Call or text ...' or a number with its note, given to --phone or at the prompt: written as a list entry,
    which check reads as it reads any (the prompt had refused words, and --phone wrote them as one number)."""
    result = run("new", "helpline", "Both Line", "--kind", "warmline", "--area", "riverside", "--phone",
                 "Call or text 01632 960111", "--site-dir", str(golden_site), "--no-ask", *EVERYTHING)
    assert result.exit_code == 0, result.output
    answers = "\n".join(["helpline", "Noted Line", "Someone to talk to.", "warmline", "call us", "01632 960112 (minicom)",
                         "riverside", "free", "y", "2026-10-30"])
    result = run("new", "--site-dir", str(golden_site), "--ask", input=answers + "\n")
    assert result.exit_code == 0 and "'call us' is not a phone number" in result.output, result.output
    both, noted = (next(x for x in load_site(golden_site).listings if x.slug == slug) for slug in ("both-line", "noted-line"))
    assert [(p.number, p.kind) for p in both.data.phones] == [("01632 960111", "voice"), ("01632 960111", "text")]
    assert [(p.number, p.label) for p in noted.data.phones] == [("01632 960112", "Minicom")]


def test_new_without_type_and_name_and_no_terminal_is_a_usage_error(golden_site: Path) -> None:
    result = run("new", "--site-dir", str(golden_site), "--no-ask")
    assert result.exit_code == 2 and "give a TYPE and a NAME" in result.output


EVERYTHING = ["--cost", "free", "--peer-led", "--verified", "2026-10-30", "--summary", "A calm place."]


@pytest.mark.parametrize(("args", "refusal"), [
    (["respite", "Calm House", "--area", "online"], "--area online: choose one of old-town, riverside"),
    (["group", "Town Group", "--format", "hybrid", "--area", "national"], "--area national: choose one of old-town, riverside"),
    (["helpline", "X Line", "--kind", "warmline", "--area", "online", "--phone", "call us"],
     "nothing was written: phones[0].number: 'call us' is not a phone number; if there is none, leave the number out"),
    (["forum", "X Forum", "--area", "online", "--url", "javascript:alert(1)"], "nothing was written: url: 'javascript:alert(1)' is not a web address"),
], ids=["respite-online", "in-person-national", "phone", "url"])
def test_new_refuses_answers_check_would_refuse_and_writes_nothing(golden_site: Path, args: list[str], refusal: str) -> None:
    before = sorted(p.name for p in (golden_site / "listings").rglob("*"))
    result = run("new", *args, "--site-dir", str(golden_site), "--no-ask", *EVERYTHING)
    assert result.exit_code == 2 and refusal in result.output, result.output
    assert sorted(p.name for p in (golden_site / "listings").rglob("*")) == before


@pytest.mark.parametrize("args", [
    ["respite", "Calm House", "--area", "old-town"],
    ["group", "Online Group", "--format", "online", "--area", "online"],
    ["helpline", "Short Line", "--kind", "crisis-line", "--area", "national", "--phone", "116 123"],
    ["forum", "Good Forum", "--area", "online", "--url", "https://forum.example.org/"],
], ids=["respite", "online-group", "short-code", "forum"])
def test_new_given_everything_always_passes_check(golden_site: Path, args: list[str]) -> None:
    assert run("new", *args, "--site-dir", str(golden_site), "--no-ask", *EVERYTHING).exit_code == 0
    assert run("check", str(golden_site)).output == "No problems: 6 listings and 2 guides checked.\n"


def test_new_offers_only_valid_areas_and_asks_again_for_a_bad_number(golden_site: Path) -> None:
    answers = "\n".join(["respite", "Quiet House", "A quiet house.", "online", "old-town", "free", "y", "2026-10-30"])
    result = run("new", "--site-dir", str(golden_site), "--ask", input=answers + "\n")
    assert "Region (where it is, or serves) (old-town, riverside):" in result.output
    assert "Error: 'online' is not one of 'old-town', 'riverside'." in result.output
    answers = "\n".join(["helpline", "Night Line", "Someone to talk to.", "warmline", "call us", "01632 960111", "riverside",
                         "free", "y", "2026-10-30"])
    result = run("new", "--site-dir", str(golden_site), "--ask", input=answers + "\n")
    assert "Error: 'call us' is not a phone number; if there is none, leave the number out" in result.output
    assert run("check", str(golden_site)).output == "No problems: 7 listings and 2 guides checked.\n"
