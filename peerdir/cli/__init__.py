"""The peerdir command. Click lives in this folder and nowhere else: the core raises
ContentError or UsageError, and these modules print them and pick the exit code.

Each command imports what it needs when it runs, not when this module loads, so
`peerdir --help` and `peerdir check` start quickly: the schema (pydantic), the
outputs (icalendar) and the link checker (httpx) load only for the commands
that use them. A test holds `--help` and `check` to that.
"""

from __future__ import annotations

import click

from peerdir import __version__
from peerdir.cli import new, site, upkeep
from peerdir.cli.common import EPILOG


@click.group(name="peerdir", epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="peerdir")
def main() -> None:
    """Build a peer-support directory website from YAML listings and Markdown guides."""


for command in (site.build_command, site.check, site.serve, site.schema, upkeep.stale, upkeep.links, upkeep.init,
                upkeep.import_group, new.new):
    main.add_command(command)
