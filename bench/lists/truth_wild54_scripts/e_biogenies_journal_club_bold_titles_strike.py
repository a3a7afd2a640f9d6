"""Wild54 truth for BioGenies/seminar journal-club/README.md: the journal-club list of the BioGenies bioinformatics
group (Michał Burdukiewicz's group), Aug 2020 - Apr 2021, newest commit holding the file (f1c7960, 2021-04-21; the
repository lives on with its seminar-talk README, and HEAD still holds this page unchanged).

Shape: 15 lines, 2 KB.  ``## Journal club`` (1), a blank line, then one ordered list (3-15), newest first, every
item numbered ``1.`` (Markdown renumbers): ``1. DD-MM-YYYY: **Bold Title** by Authors et al.; speaker: Name.``
Variants: a comma after the bold title (``**How to design the fair experimental classifier evaluation**, by``, 3),
no closing period (10), ``speaker:`` missing (``; Katarzyna Sidorczuk.`` 14), a trailing space (7), and one whole
item struck through with HTML (``1. <strike>21-10-2020: **A novel sequence alignment algorithm ...** by Mu Gao and
Jeffrey Skolnick; speaker: Jakub Kała.</strike>`` 12) - that session was cancelled and the paper was read on
13-01-2021 (9).  No links, no ids.

Decisions:
- Entry = every list item (13), the struck-through cancelled session included: it still names a paper, so 9 and 12
  are two entries of the same paper.
- Title = the bold text; the date, ``by`` authors and speaker are not title.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "BioGenies__seminar__journal-club__README@f1c7960.md"
PART = "wild54_development"

ITEM = re.compile(r"^1\. (?P<strike><strike>)?(?P<date>\d\d-\d\d-\d{4}): \*\*(?P<title>[^*]+)\*\*,? by (?P<who>[^;]+);"
                  r" (?:speaker: )?(?P<speaker>[^.<]+)\.?(?P<end></strike>)?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Journal club"
    papers = []
    struck = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("1. "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        assert bool(m.group("strike")) == bool(m.group("end")), (n, ln)
        if m.group("strike"):
            struck.append(n)
        papers.append(entry(lines, n, n, m.group("title")))
    assert struck == [12], struck
    t = {p["line"]: p["title"] for p in papers}
    assert t[3] == "How to design the fair experimental classifier evaluation", t[3]
    assert t[9] == t[12] == "A novel sequence alignment algorithm based on deep learning of the protein folding code"
    assert t[10] == "DeepCLIP: predicting the effect of mutations on protein–RNA binding with deep learning", t[10]
    assert t[14] == "Learned protein embeddings for machine learning", t[14]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every item of the one ordered list (3-15, all numbered '1.') is an entry (13): 'DATE: **Title** by Authors;"
        " speaker: Name.'; title = the bold text. The struck-through cancelled session (12, <strike>...</strike>) still"
        " names a paper and is kept, so the paper read on 13-01-2021 (9) has two entries.",
        "Read all 15 lines; compared -v with every item: comma after the bold title (3), missing 'speaker:' (14) and"
        " final period (10), the <strike> item (12); titles exact incl. the en dashes in 7 and 10; no links so no ids.",
    )


if __name__ == "__main__":
    main()
