"""Truth for google-research/bert's README (held out, issue 26; a project README, not a list).

No entries: the papers it names are inline links in running prose (Well-Read Students,
the BERT paper, Semi-supervised Sequence Learning, Transformer), and its two fenced BibTeX
blocks are the project's own 'please cite' boilerplate.  Model-download tables, GLUE score
tables and dataset/tool bullets are not papers.  The script checks that these shapes are
still where they were, so a changed file fails loudly instead of giving a silent empty truth.
"""

from __future__ import annotations

from _heldout import lines_of, write

NAME = "google-research__bert__README@eedf571.md"


def main() -> None:
    lines = lines_of(NAME)
    assert lines[39].startswith("@article{turc2019") and lines[1096].startswith("@article{devlin2018bert")
    write(
        NAME,
        "Project README: no record of the file is a paper entry (papers only appear as inline links in prose; the "
        "two BibTeX blocks are the project's own citation boilerplate).",
        "the whole file read: every http link and both BibTeX blocks.",
        [],
    )


if __name__ == "__main__":
    main()
